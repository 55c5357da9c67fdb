#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

class QWebSocket;

namespace empathy {

// The reverse proxies in front of the server whose word is taken for a client's address. Behind a proxy
// every connection comes from the proxy; each proxy appends the address it heard from to
// X-Forwarded-For, so the client is the last address of that header that is not itself a trusted proxy.
// From anyone else the header is ignored: a client cannot choose its own address to escape the
// per-address limits. The one home of "which address is this request from" for both ports.
class TrustedProxies
{
public:
    // Entries are addresses ("127.0.0.1", "::1") or networks ("10.0.0.0/8", "fd00::/8"); one that is
    // neither is refused with the reason.
    static std::optional<TrustedProxies> parse(const QStringList &entries, QString *error);

    bool isEmpty() const { return m_networks.isEmpty(); }
    bool trusts(const QHostAddress &peer) const;
    // `peer` itself unless it is a trusted proxy; then the last address in `forwardedFor` (the values of
    // every X-Forwarded-For header, in order, joined by commas) that is not a trusted proxy, or `peer`
    // when the header is missing or cannot be read.
    QHostAddress clientOf(const QHostAddress &peer, QByteArrayView forwardedFor) const;
    // The same for a WebSocket, from the header of its opening request.
    QHostAddress clientOf(const QWebSocket &socket) const;

private:
    QList<QPair<QHostAddress, int>> m_networks;
};

} // namespace empathy
