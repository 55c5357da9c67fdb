#pragma once

#include <QDateTime>
#include <QList>

namespace empathy {

// How a response-time promise stands right now.
enum class SlaState : int
{
    None = 0, // no promise pending (answered, resolved, or no target for this channel)
    OnTrack,  // more than the warning window left
    DueSoon,  // inside the warning window
    Breached  // the promise is broken
};

struct SlaStatus
{
    SlaState state = SlaState::None;
    qint64 secondsLeft = 0; // negative once breached
};

// Warning window: a fifth of the target, at least 5 minutes, the last stretch before a breach.
SlaStatus slaStatus(const QDateTime &due, const QDateTime &start, const QDateTime &now);
SlaStatus slaStatus(qint64 dueMs, qint64 startMs, qint64 nowMs);
// The moments at which slaStatus() of a promise changes: from the first, it is due soon (or past); from
// the second, breached. For work that waits for a deadline instead of looking at every promise often.
qint64 slaDueSoonFrom(qint64 dueMs, qint64 startMs);
qint64 slaBreachedFrom(qint64 dueMs);
// The first moment after `now` at which one of the promises `dues` (a conversation's first response and
// resolution, made at `start`; an invalid one is not a promise) changes state; with an invalid `now`, the
// first moment one is due soon. Invalid when none will change any more.
QDateTime nextSlaChange(const QList<QDateTime> &dues, const QDateTime &start, const QDateTime &now);

} // namespace empathy
