#include "net/SyncServer.h"

#include "alerts/AlertService.h"
#include "net/ClientConnection.h"
#include "net/ServerLog.h"
#include "protocol/FrameCodec.h"
#include "storage/ServerStore.h"
#include "webchat/ChatConnection.h"

#include <QWebSocket>
#include <QWebSocketServer>

namespace empathy {

SyncServer::SyncServer(ServerContext &context, const std::optional<QSslConfiguration> &tls, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_server(new QWebSocketServer(QStringLiteral("empathy-server"),
                                    tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode,
                                    this))
{
    if (tls)
        m_server->setSslConfiguration(*tls);
    connect(m_server, &QWebSocketServer::newConnection, this, &SyncServer::accept);
    m_push.setSingleShot(true);
    m_push.setInterval(10);
    connect(&m_push, &QTimer::timeout, this, &SyncServer::pushNow);
    m_deadlines.setInterval(std::max(100, context.deadlineCheckMs));
    connect(&m_deadlines, &QTimer::timeout, this, &SyncServer::checkDeadlines);
}

SyncServer::~SyncServer()
{
    close();
}

bool SyncServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port)) {
        m_deadlines.start();
        return true;
    }
    *error = m_server->errorString();
    return false;
}

bool SyncServer::isSecure() const
{
    return m_server->secureMode() == QWebSocketServer::SecureMode;
}

quint16 SyncServer::port() const
{
    return m_server->serverPort();
}

int SyncServer::connectionCount() const
{
    return int(m_connections.size());
}

void SyncServer::close()
{
    m_server->close();
    m_deadlines.stop();
    const auto connections = m_connections;
    m_connections.clear();
    for (ClientConnection *connection : connections)
        delete connection;
    const auto visitors = m_visitors;
    m_visitors.clear();
    for (ChatConnection *visitor : visitors)
        delete visitor;
}

void SyncServer::publishChanges()
{
    if (!m_push.isActive())
        m_push.start();
}

void SyncServer::checkDeadlines()
{
    try {
        if (!m_context.alerts.checkDeadlines().isEmpty())
            publishChanges();
    } catch (const std::exception &error) {
        m_context.log.warning(QStringLiteral("alert_rules_failed"),
                              {{QStringLiteral("error"), QString::fromUtf8(error.what())}});
    }
}

void SyncServer::pushNow()
{
    // Alerts are decided before the push, so they travel with the message that raised them.
    try {
        m_context.alerts.scanNewMessages();
    } catch (const std::exception &error) {
        m_context.log.warning(QStringLiteral("alert_rules_failed"),
                              {{QStringLiteral("error"), QString::fromUtf8(error.what())}});
    }
    const qint64 head = m_context.store.head();
    // Connections that read the same range (nearly all of them: live clients are at the previous head)
    // share one read of the log; within it, those allowed to read the same share one encoded frame.
    QMap<qint64, QHash<QString, QList<ClientConnection *>>> byCursor; // cursor -> viewer key -> connections
    for (ClientConnection *connection : std::as_const(m_connections)) {
        if (connection->isLive() && connection->cursor() < head &&
            connection->unsentBytes() < m_context.limits.maxUnsentBytes)
            byCursor[connection->cursor()][connection->viewerKey()].append(connection);
    }
    for (auto range = byCursor.cbegin(); range != byCursor.cend(); ++range) {
        qint64 cursor = range.key();
        while (cursor < head) {
            bool cut = false;
            const QList<AudiencedChange> page =
                m_context.store.changeRange(cursor, head, pageSize, m_context.limits.maxPageBytes, &cut);
            cursor = page.size() == pageSize || cut ? page.back().change.seq : head;
            for (const QList<ClientConnection *> &group : range.value())
                sendReadable(page, group);
        }
        for (const QList<ClientConnection *> &group : range.value()) {
            for (ClientConnection *connection : group)
                connection->setCursor(head);
        }
    }
    const auto visitors = m_visitors;
    for (ChatConnection *visitor : visitors)
        visitor->push();
}

void SyncServer::sendReadable(const QList<AudiencedChange> &page, const QList<ClientConnection *> &group)
{
    const Agent &viewer = *group.front()->agent();
    QList<Change> changes;
    for (const AudiencedChange &c : page) {
        if (mayRead(viewer, c.audience))
            changes.append(c.change);
    }
    if (changes.isEmpty())
        return;
    const QString text = QString::fromUtf8(FrameCodec::encode(ChangesFrame{changes}));
    for (ClientConnection *connection : group)
        connection->sendText(text);
}

void SyncServer::accept()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        if (socket->requestUrl().path() == QLatin1String("/chat")) {
            auto *visitor = new ChatConnection(socket, m_context, this);
            m_visitors.append(visitor);
            connect(visitor, &ChatConnection::dataChanged, this, &SyncServer::publishChanges);
            connect(visitor, &ChatConnection::closed, this, [this, visitor] {
                m_visitors.removeOne(visitor);
                visitor->deleteLater();
            });
            continue;
        }
        if (socket->requestUrl().path() != QLatin1String("/sync")) {
            m_context.log.warning(QStringLiteral("unknown_path"),
                                  {{QStringLiteral("path"), socket->requestUrl().path()}});
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown path"));
            socket->deleteLater();
            continue;
        }
        auto *connection = new ClientConnection(socket, m_context, this);
        m_connections.append(connection);
        connect(connection, &ClientConnection::dataChanged, this, &SyncServer::publishChanges);
        connect(connection, &ClientConnection::drained, this, [this, connection] {
            if (connection->isLive() && connection->cursor() < m_context.store.head())
                publishChanges();
        });
        connect(connection, &ClientConnection::closed, this, [this, connection] {
            m_context.log.info(QStringLiteral("disconnected"),
                               {{QStringLiteral("peer"), connection->peer()}});
            m_connections.removeOne(connection);
            connection->deleteLater();
        });
    }
}

} // namespace empathy
