#include "net/TrustedProxies.h"

#include <QWebSocket>

namespace empathy {

namespace {

// An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; compared as a.b.c.d.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

std::optional<TrustedProxies> TrustedProxies::parse(const QStringList &entries, QString *error)
{
    TrustedProxies proxies;
    for (const QString &entry : entries) {
        const QString trimmed = entry.trimmed();
        QPair<QHostAddress, int> network = QHostAddress::parseSubnet(trimmed);
        if (network.first.isNull()) {
            *error = QStringLiteral("\"%1\" is neither an address nor a network (10.0.0.0/8)").arg(entry);
            return std::nullopt;
        }
        if (!trimmed.contains(u'/')) // parseSubnet guesses a network from a bare IPv4 address's zeros
            network.second = network.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        proxies.m_networks.append(network);
    }
    return proxies;
}

bool TrustedProxies::trusts(const QHostAddress &peer) const
{
    const QHostAddress address = plain(peer);
    for (const auto &network : m_networks) {
        if (address.isInSubnet(network))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::clientOf(const QHostAddress &peer, QByteArrayView forwardedFor) const
{
    if (!trusts(peer))
        return peer;
    const QList<QByteArray> hops = forwardedFor.toByteArray().split(',');
    QHostAddress nearest = peer; // the last address followed: all of them trusted, the first one
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        QByteArray hop = it->trimmed();
        if (hop.startsWith('[') && hop.contains(']')) // [2001:db8::1]:443
            hop = hop.mid(1, hop.indexOf(']') - 1);
        else if (hop.count(':') == 1) // 203.0.113.7:52100
            hop.truncate(hop.indexOf(':'));
        const QHostAddress address(QString::fromLatin1(hop));
        if (address.isNull()) // not an address: the chain is not followed past it
            return plain(nearest);
        if (!trusts(address))
            return plain(address);
        nearest = address;
    }
    return plain(nearest);
}

QHostAddress TrustedProxies::clientOf(const QWebSocket &socket) const
{
    return clientOf(socket.peerAddress(), socket.request().rawHeader("X-Forwarded-For"));
}

} // namespace empathy
