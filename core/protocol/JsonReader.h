#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace empathy {

// Reads the members of a JSON object with the types the protocol expects. The first member that does not
// match is remembered as the error, in words a developer of another client can act on ("\"conversation\"
// must be a whole number"); what is read after that is a default value and is not to be used.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object)
        : m_object(object)
    {}

    QString string(const char *name);
    // Absent: the default. Present with another type: an error.
    QString optionalString(const char *name, const QString &absent = QString());
    qint64 integer(const char *name);
    qint64 optionalInteger(const char *name, qint64 absent = 0);
    bool boolean(const char *name);
    bool optionalBoolean(const char *name, bool absent = false);
    QStringList strings(const char *name); // absent: an empty list
    QJsonObject object(const char *name);
    QJsonArray array(const char *name);
    QDateTime time(const char *name); // ISO 8601, returned in UTC
    bool has(const char *name) const;

    // A stable key ("voucher", "resolved") turned into its enum with fromKey; an unknown or missing key
    // fails with `expected`, a whole sentence such as "status is open, pending or resolved".
    template<typename Enum>
    Enum key(const char *name, std::optional<Enum> (*fromKey)(QStringView), const QString &expected)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        const std::optional<Enum> parsed = value.isString() ? fromKey(value.toString()) : std::nullopt;
        if (!parsed) {
            failWith(expected);
            return Enum{};
        }
        return *parsed;
    }

    void fail(const char *name, const char *expected);
    void failWith(const QString &error);

    // What was read, or nothing with the first error in *error.
    template<typename T>
    std::optional<T> result(T value, QString *error) const
    {
        if (ok())
            return value;
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    const QJsonObject &m_object;
    QString m_error;
};

} // namespace empathy
