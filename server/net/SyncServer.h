#pragma once

#include "net/ServerContext.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

class QWebSocketServer;

namespace empathy {

class ChatConnection;
class ClientConnection;

// Accepts WebSocket clients on /sync (agents, a ClientConnection each) and /chat (web chat visitors, a
// ChatConnection each), and pushes new changes to every
// client that has finished its initial sync.
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
    // Closes every connection and stops listening.
    void close();
    // New changes are in the store (from an operation, a channel, the simulator): push them. Pushes are
    // coalesced over a few milliseconds, and clients that may read the same changes share one query and
    // one encoded frame, so the cost grows with the kinds of viewers, not the number of clients.
    void publishChanges();

private:
    void accept();
    void pushNow();
    void checkDeadlines();

    ServerContext &m_context;
    QWebSocketServer *m_server;
    QList<ClientConnection *> m_connections;
    QList<ChatConnection *> m_visitors;
    QTimer m_push;
    QTimer m_deadlines;
};

} // namespace empathy
