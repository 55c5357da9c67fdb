#pragma once

#include <QString>

#include <simdjson.h>

namespace empathy {

// A JSON value and object parsed by simdjson (Debian's libsimdjson), seen through the interface the domain
// readers use (DomainReaders.h), like QtJsonView.h. The desk reads sync pages this way: Qt's parser took
// ten times as long, most of a page's decoding.
class SimdJsonValueView
{
public:
    SimdJsonValueView() = default; // absent
    explicit SimdJsonValueView(simdjson::dom::element element)
        : m_element(element)
        , m_present(true)
    {}
    bool isAbsent() const { return !m_present; }
    bool isNull() const { return m_present && m_element.is_null(); }
    bool isString() const { return m_present && m_element.is_string(); }
    bool isNumber() const { return m_present && m_element.is_number(); }
    bool isBool() const { return m_present && m_element.is_bool(); }
    bool isObject() const { return m_present && m_element.is_object(); }
    bool isWholeNumber() const
    {
        if (!isNumber())
            return false;
        if (m_element.is_int64())
            return true;
        const double value = toDouble();
        return value == double(qint64(value));
    }
    QString toString() const
    {
        if (!isString())
            return {};
        const std::string_view text = m_element.get_string().value_unsafe();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    double toDouble() const
    {
        if (!isNumber())
            return 0;
        if (m_element.is_int64())
            return double(m_element.get_int64().value_unsafe());
        if (m_element.is_uint64())
            return double(m_element.get_uint64().value_unsafe());
        return m_element.get_double().value_unsafe();
    }
    // As QJsonValue::toInteger: the value of a whole number, else 0.
    qint64 toInteger() const
    {
        if (m_present && m_element.is_int64())
            return m_element.get_int64().value_unsafe();
        const double value = toDouble();
        return value == double(qint64(value)) ? qint64(value) : 0;
    }
    int toInt() const
    {
        const qint64 value = toInteger();
        return value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max()
                   ? int(value)
                   : 0;
    }
    bool toBool() const { return isBool() && m_element.get_bool().value_unsafe(); }
    class SimdJsonObjectView toObject() const;
    template<typename F>
    void forEachElement(F &&f) const
    {
        simdjson::dom::array array;
        if (!m_present || m_element.get(array) != simdjson::SUCCESS)
            return;
        for (simdjson::dom::element element : array)
            f(SimdJsonValueView(element));
    }

private:
    simdjson::dom::element m_element;
    bool m_present = false;
};

class SimdJsonObjectView
{
public:
    SimdJsonObjectView() = default; // empty
    explicit SimdJsonObjectView(simdjson::dom::object object)
        : m_object(object)
        , m_present(true)
    {}
    SimdJsonValueView value(const char *name) const
    {
        if (!m_present)
            return {};
        simdjson::dom::element element;
        if (m_object[name].get(element) != simdjson::SUCCESS)
            return {};
        return SimdJsonValueView(element);
    }
    bool contains(const char *name) const { return !value(name).isAbsent(); }

private:
    simdjson::dom::object m_object;
    bool m_present = false;
};

inline SimdJsonObjectView SimdJsonValueView::toObject() const
{
    simdjson::dom::object object;
    if (!m_present || m_element.get(object) != simdjson::SUCCESS)
        return SimdJsonObjectView();
    return SimdJsonObjectView(object);
}

} // namespace empathy
