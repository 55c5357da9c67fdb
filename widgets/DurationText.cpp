#include "DurationText.h"

#include <QCoreApplication>
#include <QLocale>

namespace empathy {

QString DurationText::compact(qint64 seconds)
{
    // The counts are computed before the calls: lupdate 6.4 hangs on arithmetic in a
    // translate() argument list.
    seconds = std::max<qint64>(0, seconds);
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 60)
        return QCoreApplication::translate("DurationText", "%n s", "seconds, abbreviated", int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("DurationText", "%n min", "minutes, abbreviated", minutes);
    if (seconds < 2 * 86400)
        return QCoreApplication::translate("DurationText", "%n h", "hours, abbreviated", hours);
    return QCoreApplication::translate("DurationText", "%n d", "days, abbreviated", days);
}

QString DurationText::sla(InboxSlaKind kind, SlaState state, qint64 secondsLeft)
{
    const bool reply = kind == InboxSlaKind::FirstResponse;
    if (state == SlaState::Breached) {
        const QString by = compact(-secondsLeft);
        return reply ? QCoreApplication::translate("DurationText", "Reply overdue by %1").arg(by)
                     : QCoreApplication::translate("DurationText", "Resolution overdue by %1").arg(by);
    }
    const QString in = compact(secondsLeft);
    return reply ? QCoreApplication::translate("DurationText", "Reply in %1").arg(in)
                 : QCoreApplication::translate("DurationText", "Resolve in %1").arg(in);
}

QString DurationText::when(const QDateTime &time, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    if (local.date() == localNow.date())
        return timeOfDay(local.time());
    if (local.date().daysTo(localNow.date()) < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

} // namespace empathy

namespace empathy {

QString DurationText::timeOfDay(const QTime &time)
{
    const QLocale locale;
    // The C locale's short format carries seconds; agents read minutes.
    if (locale.language() == QLocale::C)
        return time.toString(QStringLiteral("HH:mm"));
    return locale.toString(time, QLocale::ShortFormat);
}

QString DurationText::dateTime(const QDateTime &time)
{
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + timeOfDay(local.time());
}

} // namespace empathy
