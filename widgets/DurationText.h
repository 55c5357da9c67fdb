#pragma once

#include "domain/Sla.h"
#include "models/InboxRoles.h"

#include <QDateTime>
#include <QString>

namespace empathy {

// Short, translated texts for times shown in the inbox.
struct DurationText
{
    // "40 s", "12 min", "3 h", "2 d"
    static QString compact(qint64 seconds);
    // "Reply in 12 min", "Reply overdue by 5 min", "Resolve in 3 h"
    static QString sla(InboxSlaKind kind, SlaState state, qint64 secondsLeft);
    // The time of day for today, the weekday within a week, the date before that.
    static QString when(const QDateTime &time, const QDateTime &now);
    // Date and time of day, without seconds, in the user's locale.
    static QString dateTime(const QDateTime &time);
    static QString timeOfDay(const QTime &time);
};

} // namespace empathy
