#include "domain/Sla.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace empathy {

namespace {

qint64 warningSeconds(qint64 dueMs, qint64 startMs)
{
    const qint64 target = std::max<qint64>(0, (dueMs - startMs) / 1000);
    return std::max<qint64>(5 * 60, target / 5);
}

} // namespace

SlaStatus slaStatus(qint64 dueMs, qint64 startMs, qint64 nowMs)
{
    if (dueMs <= 0)
        return {};
    const qint64 left = (dueMs - nowMs) / 1000;
    if (left < 0)
        return {SlaState::Breached, left};
    return {left <= warningSeconds(dueMs, startMs) ? SlaState::DueSoon : SlaState::OnTrack, left};
}

qint64 slaDueSoonFrom(qint64 dueMs, qint64 startMs)
{
    // Whole seconds left, rounded down, at most the window: less than (window + 1) s before the due time.
    return dueMs - (warningSeconds(dueMs, startMs) + 1) * 1000 + 1;
}

qint64 slaBreachedFrom(qint64 dueMs)
{
    return dueMs + 1000; // a whole second past due (secondsLeft rounds towards zero)
}

QDateTime nextSlaChange(const QList<QDateTime> &dues, const QDateTime &start, const QDateTime &now)
{
    const qint64 after = now.isValid() ? now.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    std::optional<qint64> next;
    for (const QDateTime &due : dues) {
        if (!due.isValid())
            continue;
        const qint64 dueMs = due.toMSecsSinceEpoch();
        const qint64 startMs = start.isValid() ? start.toMSecsSinceEpoch() : dueMs;
        for (const qint64 moment : {slaDueSoonFrom(dueMs, startMs), slaBreachedFrom(dueMs)}) {
            if (moment > after) {
                next = std::min(next.value_or(moment), moment);
                break;
            }
        }
    }
    return next ? QDateTime::fromMSecsSinceEpoch(*next, Qt::UTC) : QDateTime();
}

SlaStatus slaStatus(const QDateTime &due, const QDateTime &start, const QDateTime &now)
{
    if (!due.isValid())
        return {};
    return slaStatus(due.toMSecsSinceEpoch(),
                     start.isValid() ? start.toMSecsSinceEpoch() : now.toMSecsSinceEpoch(),
                     now.toMSecsSinceEpoch());
}

} // namespace empathy
