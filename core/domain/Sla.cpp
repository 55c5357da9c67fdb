#include "domain/Sla.h"

#include <algorithm>

namespace empathy {

SlaStatus slaStatus(qint64 dueMs, qint64 startMs, qint64 nowMs)
{
    if (dueMs <= 0)
        return {};
    const qint64 left = (dueMs - nowMs) / 1000;
    if (left < 0)
        return {SlaState::Breached, left};
    const qint64 target = std::max<qint64>(0, (dueMs - startMs) / 1000);
    const qint64 warning = std::max<qint64>(5 * 60, target / 5);
    return {left <= warning ? SlaState::DueSoon : SlaState::OnTrack, left};
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
