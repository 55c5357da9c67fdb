#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace empathy {

// A JSON value and object of Qt's JSON, seen through the interface the domain readers use
// (DomainReaders.h). SimdJsonView.h offers the same over simdjson.
class QtJsonValueView
{
public:
    explicit QtJsonValueView(QJsonValue value)
        : m_value(std::move(value))
    {}
    bool isAbsent() const { return m_value.isUndefined(); }
    bool isNull() const { return m_value.isNull(); }
    bool isString() const { return m_value.isString(); }
    bool isNumber() const { return m_value.isDouble(); }
    bool isBool() const { return m_value.isBool(); }
    bool isObject() const { return m_value.isObject(); }
    // A number that is a whole one (5 and 5.0, not 5.5).
    bool isWholeNumber() const { return isNumber() && m_value.toDouble() == double(m_value.toInteger()); }
    QString toString() const { return m_value.toString(); } // empty unless a string
    double toDouble() const { return m_value.toDouble(); }  // 0 unless a number
    qint64 toInteger() const { return m_value.toInteger(); }
    int toInt() const { return m_value.toInt(); }
    bool toBool() const { return m_value.toBool(); }
    class QtJsonObjectView toObject() const;
    // Calls f with each element of an array (none unless an array).
    template<typename F>
    void forEachElement(F &&f) const;

private:
    QJsonValue m_value;
};

class QtJsonObjectView
{
public:
    explicit QtJsonObjectView(const QJsonObject &object)
        : m_object(object)
    {}
    QtJsonValueView value(const char *name) const
    {
        return QtJsonValueView(m_object.value(QLatin1String(name)));
    }
    bool contains(const char *name) const { return m_object.contains(QLatin1String(name)); }

private:
    QJsonObject m_object;
};

inline QtJsonObjectView QtJsonValueView::toObject() const
{
    return QtJsonObjectView(m_value.toObject());
}

template<typename F>
void QtJsonValueView::forEachElement(F &&f) const
{
    const QJsonArray array = m_value.toArray();
    for (const QJsonValue &element : array)
        f(QtJsonValueView(element));
}

} // namespace empathy
