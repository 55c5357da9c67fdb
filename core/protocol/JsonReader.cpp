#include "protocol/JsonReader.h"

#include "protocol/WireTime.h"

namespace empathy {

namespace {

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

} // namespace

bool JsonReader::has(const char *name) const
{
    return m_object.contains(QLatin1String(name));
}

QString JsonReader::string(const char *name)
{
    const QJsonValue value = m_object.value(QLatin1String(name));
    if (!value.isString())
        fail(name, "a string");
    return value.toString();
}

QString JsonReader::optionalString(const char *name, const QString &absent)
{
    const QJsonValue value = m_object.value(QLatin1String(name));
    if (value.isUndefined())
        return absent;
    if (!value.isString())
        fail(name, "a string");
    return value.toString();
}

qint64 JsonReader::integer(const char *name)
{
    const QJsonValue value = m_object.value(QLatin1String(name));
    if (!isWholeNumber(value)) {
        fail(name, "a whole number");
        return 0;
    }
    return value.toInteger();
}

qint64 JsonReader::optionalInteger(const char *name, qint64 absent)
{
    const QJsonValue value = m_object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return absent;
    return integer(name);
}

bool JsonReader::boolean(const char *name)
{
    const QJsonValue value = m_object.value(QLatin1String(name));
    if (!value.isBool())
        fail(name, "true or false");
    return value.toBool();
}

bool JsonReader::optionalBoolean(const char *name, bool absent)
{
    return m_object.value(QLatin1String(name)).isUndefined() ? absent : boolean(name);
}

QStringList JsonReader::strings(const char *name)
{
    const QJsonValue value = m_object.value(QLatin1String(name));
    QStringList list;
    if (value.isUndefined())
        return list;
    if (!value.isArray()) {
        fail(name, "a list of strings");
        return list;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(name, "a list of strings");
            return {};
        }
        list.append(item.toString());
    }
    return list;
}

QJsonObject JsonReader::object(const char *name)
{
    const QJsonValue value = m_object.value(QLatin1String(name));
    if (!value.isObject())
        fail(name, "an object");
    return value.toObject();
}

QJsonArray JsonReader::array(const char *name)
{
    const QJsonValue value = m_object.value(QLatin1String(name));
    if (!value.isArray())
        fail(name, "a list");
    return value.toArray();
}

QDateTime JsonReader::time(const char *name)
{
    const QDateTime time = readWireTime(string(name));
    if (!time.isValid())
        fail(name, "an ISO 8601 time");
    return time;
}

void JsonReader::fail(const char *name, const char *expected)
{
    failWith(QStringLiteral("\"%1\" must be %2").arg(QLatin1String(name), QLatin1String(expected)));
}

void JsonReader::failWith(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

} // namespace empathy
