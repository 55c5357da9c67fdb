#pragma once

#include "domain/Ids.h"
#include "net/ConnectionLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QString>

namespace empathy {

// Who holds a socket of the sync port, and whether one more may: the one home of the port's connection
// caps (ConnectionLimits). A socket is admitted when it is accepted (counted as not logged in, by its
// source address), becomes an account's when its log-in succeeds or a web chat visitor's when it says
// hello, and is released when it closes. Keys are the accepted sockets.
class Admission
{
public:
    enum class Verdict
    {
        Admitted,
        PortFull,          // maxConnections
        TooManyWaiting,    // maxUnauthenticated
        TooManyFromSource, // maxUnauthenticatedPerSource
        TooManyForAccount, // maxConnectionsPerAccount
    };

    explicit Admission(const ConnectionLimits &limits)
        : m_limits(limits)
    {}

    // A socket from a trusted proxy is not held to the cap per source: it carries many clients'.
    Verdict admit(const void *socket, const QHostAddress &source, bool fromTrustedProxy = false);
    // The socket logged in as `account`; over the account's cap it stays counted as not logged in and the
    // caller closes it.
    Verdict loggedIn(const void *socket, AgentId account);
    // The socket is a web chat visitor's: no longer counted as waiting to log in.
    void visitor(const void *socket);
    void release(const void *socket);

    int connections() const { return int(m_entries.size()); }
    int unauthenticated() const { return m_unauthenticated; }
    static QString describe(Verdict verdict);

private:
    enum class Kind
    {
        Waiting,
        Account,
        Visitor
    };
    struct Entry
    {
        QString source;
        Kind kind = Kind::Waiting;
        AgentId account;
    };
    void leaveWaiting(const Entry &entry);

    const ConnectionLimits &m_limits;
    QHash<const void *, Entry> m_entries;
    QHash<QString, int> m_waitingBySource;
    QHash<AgentId, int> m_byAccount;
    int m_unauthenticated = 0;
};

} // namespace empathy
