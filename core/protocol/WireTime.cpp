#include "protocol/WireTime.h"

namespace empathy {

namespace {

// The value of `count` decimal digits at text[at]; -1 when one is not a digit.
int digits(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

// "YYYY-MM-DDTHH:MM:SS.mmmZ" exactly; nothing for any other text.
std::optional<qint64> canonicalMsecs(QStringView t)
{
    if (t.size() != 24 || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':' ||
        t[19] != u'.' || t[23] != u'Z')
        return std::nullopt;
    const int year = digits(t, 0, 4);
    const int month = digits(t, 5, 2);
    const int day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2);
    const int minute = digits(t, 14, 2);
    const int second = digits(t, 17, 2);
    const int ms = digits(t, 20, 3);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 59 || ms < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    constexpr qint64 unixEpochJulianDay = 2440588;
    return ((date.toJulianDay() - unixEpochJulianDay) * 86400 + hour * 3600 + minute * 60 + second) * 1000 +
           ms;
}

} // namespace

QString wireTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime readWireTime(QStringView text)
{
    if (const auto msecs = canonicalMsecs(text))
        return QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC);
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace empathy
