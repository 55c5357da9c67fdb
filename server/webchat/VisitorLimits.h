#pragma once

#include "http/RateLimiter.h"
#include "net/ConnectionLimits.h"

#include <QHash>
#include <QString>

namespace empathy {

// How fast web chat visitors may write (ConnectionLimits, docs/SECURITY.md): one visitor, whichever
// sockets or browser tabs they write from, and one address, whichever visitors write from it. One for the
// whole server, shared by its chat connections; keys not seen for a while are forgotten, so many visitors
// cost bounded memory.
class VisitorLimits
{
public:
    explicit VisitorLimits(const ConnectionLimits &limits);

    // Takes one message of `visitor` from `address` at `nowMs`: 0 when it may be stored, else the seconds
    // to wait. A refused message counts against neither, so one visitor writing too fast does not use up
    // the share of the others at their address, and a visitor who waits as asked gets through.
    int take(const QString &visitor, const QString &address, qint64 nowMs);

    // Whether the team should be told now that `whom` (a visitor, or an address) was slowed down: once in
    // `quietMs`, however many messages were refused in between.
    bool tellTeam(const QString &whom, qint64 nowMs, qint64 quietMs = 10 * 60 * 1000);
    // How many visitors and addresses tellTeam remembers (at most 10,000).
    int remembered() const { return int(m_toldAt.size()); }

private:
    RateLimiter m_byVisitor;
    RateLimiter m_byAddress;
    QHash<QString, qint64> m_toldAt; // visitor or address -> when the team was last told
};

} // namespace empathy
