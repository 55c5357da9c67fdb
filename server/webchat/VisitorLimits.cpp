#include "webchat/VisitorLimits.h"

namespace empathy {

VisitorLimits::VisitorLimits(const ConnectionLimits &limits)
    : m_byVisitor(limits.visitorMessagesPerMinute / 60.0, limits.visitorMessageBurst)
    , m_byAddress(limits.addressMessagesPerMinute / 60.0, limits.addressMessageBurst)
{}

int VisitorLimits::take(const QString &visitor, const QString &address, qint64 nowMs)
{
    if (const int wait = m_byVisitor.take(visitor, nowMs))
        return wait;
    if (const int wait = m_byAddress.take(address, nowMs)) {
        m_byVisitor.giveBack(visitor);
        return wait;
    }
    return 0;
}

bool VisitorLimits::tellTeam(const QString &whom, qint64 nowMs, qint64 quietMs)
{
    const auto told = m_toldAt.constFind(whom);
    if (told != m_toldAt.cend() && nowMs - *told < quietMs)
        return false;
    if (m_toldAt.size() >= 10'000) { // bounded: what is older than the quiet time says nothing any more
        m_toldAt.removeIf([&](const auto &entry) { return nowMs - entry.value() >= quietMs; });
        if (m_toldAt.size() >= 10'000)
            m_toldAt.clear();
    }
    m_toldAt.insert(whom, nowMs);
    return true;
}

} // namespace empathy
