#pragma once

#include <QDateTime>

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

} // namespace empathy
