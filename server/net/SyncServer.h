#pragma once

#include "net/ConnectionLimits.h"

#include <QHostAddress>
#include <QObject>

class QWebSocketServer;

namespace empathy {

class AccountService;
class ClientConnection;
class ServerLog;

// Accepts WebSocket clients on /sync and gives each a ClientConnection.
class SyncServer : public QObject
{
    Q_OBJECT

public:
    SyncServer(AccountService &accounts, ServerLog &log, QString generation, ConnectionLimits limits = {},
               QObject *parent = nullptr);
    ~SyncServer() override;

    // Port 0 picks a free port; port() tells which.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    int connectionCount() const;
    // Closes every connection and stops listening.
    void close();

private:
    void accept();

    AccountService &m_accounts;
    ServerLog &m_log;
    QString m_generation;
    ConnectionLimits m_limits;
    QWebSocketServer *m_server;
    QList<ClientConnection *> m_connections;
};

} // namespace empathy
