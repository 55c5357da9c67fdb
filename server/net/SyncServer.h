#pragma once

#include "net/Admission.h"
#include "net/ServerContext.h"
#include "net/ThrottledLog.h"
#include "storage/ChangeAudience.h"
#include "webchat/VisitorLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace empathy {

class ChatConnection;
class ClientConnection;

// Accepts WebSocket clients on /sync (agents, a ClientConnection each) and /chat (web chat visitors, a
// ChatConnection each), and pushes new changes to every client that has finished its initial sync.
// Sockets are accepted by a listener of its own (TLS first when configured) and admitted under the port's
// caps (Admission) before the WebSocket handshake, which must end within the limits' time; a client that
// stops reading is let go (ClientConnection::keepsReading).
class SyncServer : public QObject
{
    Q_OBJECT

public:
    // With a TLS configuration (certificate and key) clients connect with wss://.
    explicit SyncServer(ServerContext &context, const std::optional<QSslConfiguration> &tls = std::nullopt,
                        QObject *parent = nullptr);
    bool isSecure() const;
    ~SyncServer() override;

    // Port 0 picks a free port; port() tells which.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    int connectionCount() const;
    // What this process holds for its clients, not yet written to their sockets.
    qint64 heldBytes() const;
    // Closes every connection and stops listening.
    void close();
    // New changes are in the store (from an operation, a channel, the simulator): push them. Pushes are
    // coalesced over a few milliseconds; clients at the same place in the log share one read of it
    // (each change with who may read it), and clients that may read the same share one encoded frame.
    void publishChanges();

private:
    bool admit(QTcpSocket *socket);
    void acceptTcp();
    void admitted(QTcpSocket *socket);
    void accept();
    // `descriptor`: the TCP socket under the WebSocket (-1 when unknown), whose kernel queue counts as
    // unsent.
    void attach(QWebSocket *socket, const void *admissionKey, qintptr descriptor);
    void pushNow();
    // Encodes the changes of the page that the group's viewer may read, once, and sends it to them all;
    // false when there was nothing they may read.
    bool sendReadable(const QList<AudiencedChange> &page, const QList<ClientConnection *> &group);
    void checkDeadlines();

    ServerContext &m_context;
    ThrottledLog m_refusals;
    Admission m_admission;
    VisitorLimits m_visitorLimits; // how fast web chat visitors write, across their sockets
    QTcpServer *m_listener;        // a QSslServer with TLS
    QWebSocketServer *m_server;    // does the WebSocket handshake of the sockets the listener admitted
    QHash<QString, QTcpSocket *> m_handshaking; // by "address|port": admitted, not upgraded yet
    QList<ClientConnection *> m_connections;
    QList<ChatConnection *> m_visitors;
    QTimer m_push;
    qint64 m_pushedHead = 0; // the head of the log at the last push
    QTimer m_deadlines;
    static constexpr int pageSize = 5000;
};

} // namespace empathy
