#include "net/Admission.h"

namespace empathy {

Admission::Verdict Admission::admit(const void *socket, const QHostAddress &source, bool fromTrustedProxy)
{
    const QString address = source.toString();
    if (m_entries.size() >= m_limits.maxConnections)
        return Verdict::PortFull;
    if (m_unauthenticated >= m_limits.maxUnauthenticated)
        return Verdict::TooManyWaiting;
    int &fromSource = m_waitingBySource[address];
    if (fromSource >= m_limits.maxUnauthenticatedPerSource && !fromTrustedProxy)
        return Verdict::TooManyFromSource;
    ++fromSource;
    ++m_unauthenticated;
    m_entries.insert(socket, Entry{address, Kind::Waiting, AgentId()});
    return Verdict::Admitted;
}

Admission::Verdict Admission::loggedIn(const void *socket, AgentId account)
{
    const auto it = m_entries.find(socket);
    if (it == m_entries.end())
        return Verdict::Admitted; // not counted (released meanwhile): nothing to move
    if (it->kind == Kind::Account && it->account == account)
        return Verdict::Admitted; // logged in again on the same socket
    int &ofAccount = m_byAccount[account];
    if (ofAccount >= m_limits.maxConnectionsPerAccount)
        return Verdict::TooManyForAccount;
    if (it->kind == Kind::Waiting)
        leaveWaiting(*it);
    else if (it->kind == Kind::Account && --m_byAccount[it->account] <= 0)
        m_byAccount.remove(it->account);
    ++ofAccount;
    it->kind = Kind::Account;
    it->account = account;
    return Verdict::Admitted;
}

void Admission::visitor(const void *socket)
{
    const auto it = m_entries.find(socket);
    if (it == m_entries.end() || it->kind != Kind::Waiting)
        return;
    leaveWaiting(*it);
    it->kind = Kind::Visitor;
}

void Admission::release(const void *socket)
{
    const auto it = m_entries.find(socket);
    if (it == m_entries.end())
        return;
    if (it->kind == Kind::Waiting)
        leaveWaiting(*it);
    else if (it->kind == Kind::Account && --m_byAccount[it->account] <= 0)
        m_byAccount.remove(it->account);
    m_entries.erase(it);
}

void Admission::leaveWaiting(const Entry &entry)
{
    --m_unauthenticated;
    const auto source = m_waitingBySource.find(entry.source);
    if (source != m_waitingBySource.end() && --*source <= 0)
        m_waitingBySource.erase(source);
}

QString Admission::describe(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Admitted:
        return QStringLiteral("admitted");
    case Verdict::PortFull:
        return QStringLiteral("the port has as many connections as it takes");
    case Verdict::TooManyWaiting:
        return QStringLiteral("too many connections are not logged in yet");
    case Verdict::TooManyFromSource:
        return QStringLiteral("too many connections from this address are not logged in yet");
    case Verdict::TooManyForAccount:
        return QStringLiteral("too many connections are logged in as this account");
    }
    return QString();
}

} // namespace empathy
