#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

namespace empathy::bench {

// What one attack on the server's ports did and how the server answered. Every attack runs only against
// loopback, from the addresses 127.0.x.y (so the server's per-source caps see many sources), bounded in
// connections, bytes and time.
struct AttackResult
{
    int opened = 0;            // connections the server accepted (the TCP handshake finished)
    int notConnected = 0;      // connect() failed or did not finish in time
    int closedByServer = 0;    // connections the server closed (or reset)
    int stillOpen = 0;         // open when the attack's time was up
    double maxOpenSeconds = 0; // the longest any accepted connection stayed open
    qint64 bytesSent = 0;      // accepted by the kernel towards the server
    qint64 requests = 0;       // requests written (junk)
    QMap<int, int> statuses;   // HTTP statuses answered (first answer per connection; every one for junk)
    double seconds = 0;
};

// `count` connections to `port`, `perSource` from each source address, that send `opening` once connected
// and then `trickle` every `trickleMs` (nothing when empty), reading what the server answers; until every
// one is closed by the server or `timeoutMs` pass. With `readAnswers` off nothing is read and a
// connection counts as closed when the server shuts it (POLLRDHUP): a client that never reads.
// `rcvbuf` > 0 shrinks the receive buffer before connecting.
struct ConnectionFlood
{
    quint16 port = 0;
    int count = 0;
    int perSource = 50;
    QByteArray opening;
    QByteArray afterOpening; // sent once, `afterMs` after the connection opened (a WebSocket's first frames)
    int afterMs = 300;
    QByteArray trickle;
    int trickleMs = 1000;
    int timeoutMs = 30'000;
    bool readAnswers = true;
    int rcvbuf = 0;
    int connectPerSecond = 0; // 0: as fast as the listen queue takes them
    int firstSource = 0;      // offset into the source addresses, so two floods at once use different ones
};
AttackResult flood(const ConnectionFlood &attack);

// `connections` connections that each send a request with a Content-Length of `bytesEach` to `path`, then
// the body as fast as the server takes it, until it is sent, the server closes, or `timeoutMs` pass.
AttackResult uploads(quint16 port, int connections, qint64 bytesEach, const QByteArray &path, int timeoutMs);

// Requests to an API path with changing API keys, `perSecond` in all over `connections` kept-alive
// connections for `seconds`, answers read and counted.
AttackResult junkRequests(quint16 port, int connections, int perSecond, int seconds);

// A WebSocket client's first bytes on the sync port: the upgrade request, then `frames` (JSON text) as
// masked frames.
QByteArray webSocketOpening(quint16 port, const QList<QByteArray> &frames);
QByteArray webSocketFrame(const QByteArray &text);

} // namespace empathy::bench
