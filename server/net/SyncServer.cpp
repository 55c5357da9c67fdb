#include "net/SyncServer.h"

#include "alerts/AlertService.h"
#include "net/ClientConnection.h"
#include "net/ServerLog.h"
#include "protocol/FrameCodec.h"
#include "storage/ServerStore.h"
#include "webchat/ChatConnection.h"

#include <QSslServer>
#include <QTcpServer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace empathy {

namespace {

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

} // namespace

SyncServer::SyncServer(ServerContext &context, const std::optional<QSslConfiguration> &tls, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_refusals(context.log, context.clock)
    , m_admission(context.limits)
    , m_visitorLimits(context.limits)
    , m_listener(tls ? new QSslServer(this) : new QTcpServer(this))
    , m_server(new QWebSocketServer(QStringLiteral("empathy-server"), QWebSocketServer::NonSecureMode, this))
{
    m_server->setHandshakeTimeout(context.limits.handshakeTimeoutMs);
    if (auto *secure = qobject_cast<QSslServer *>(m_listener)) {
        secure->setSslConfiguration(*tls);
        secure->setHandshakeTimeout(context.limits.handshakeTimeoutMs);
        // A TLS handshake is admitted (and counted) as it starts, so sockets that never finish it are
        // bounded too.
        connect(secure, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
            if (!admit(socket))
                socket->abort();
        });
        connect(secure, &QSslServer::errorOccurred, this,
                [this](QSslSocket *socket, QAbstractSocket::SocketError) { m_admission.release(socket); });
    }
    // A flood of connections is taken from the kernel and refused by Admission, rather than left in a
    // short listen queue whose overflow the kernel answers for us (SYN cookies) with connections this
    // server never sees.
    m_listener->setListenBacklogSize(4096);
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &SyncServer::acceptTcp);
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
    if (m_listener->listen(address, port)) {
        m_deadlines.start();
        return true;
    }
    *error = m_listener->errorString();
    return false;
}

bool SyncServer::isSecure() const
{
    return qobject_cast<QSslServer *>(m_listener) != nullptr;
}

quint16 SyncServer::port() const
{
    return m_listener->serverPort();
}

// Counts a new socket in, or refuses it (logged once a minute per address and reason).
bool SyncServer::admit(QTcpSocket *socket)
{
    const QHostAddress peer = socket->peerAddress();
    const Admission::Verdict verdict = m_admission.admit(socket, peer, m_context.proxies.trusts(peer));
    if (verdict == Admission::Verdict::Admitted) {
        connect(socket, &QObject::destroyed, this, [this, socket] { m_admission.release(socket); });
        return true;
    }
    m_refusals.refused(QStringLiteral("connection_refused"), socket->peerAddress().toString(),
                       {{QStringLiteral("why"), Admission::describe(verdict)}}, Admission::describe(verdict));
    return false;
}

void SyncServer::acceptTcp()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        // With TLS the socket was admitted when its handshake started.
        if (!isSecure() && !admit(socket)) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // The WebSocket handshake, within handshakeTimeoutMs; a socket that closes before is released.
        const QString peer = peerKey(socket->peerAddress(), socket->peerPort());
        m_handshaking.insert(peer, socket);
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket, peer] {
            m_admission.release(socket);
            if (m_handshaking.value(peer) == socket)
                m_handshaking.remove(peer);
        });
        QTimer::singleShot(m_context.limits.handshakeTimeoutMs, socket, [this, socket, peer] {
            if (m_handshaking.value(peer) != socket)
                return; // upgraded, or gone
            m_refusals.refused(QStringLiteral("handshake_timeout"), socket->peerAddress().toString());
            m_handshaking.remove(peer);
            socket->abort();
        });
        m_server->handleConnection(socket);
    }
}

int SyncServer::connectionCount() const
{
    return int(m_connections.size());
}

void SyncServer::close()
{
    m_listener->close();
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

qint64 SyncServer::heldBytes() const
{
    qint64 total = 0;
    for (const ClientConnection *connection : m_connections)
        total += connection->queuedBytes();
    return total;
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
    m_pushedHead = head;
    // Connections that read the same range (nearly all of them: live clients are at the previous head)
    // share one read of the log; within it, those allowed to read the same share one encoded frame.
    QMap<qint64, QHash<QString, QList<ClientConnection *>>> byCursor; // cursor -> viewer key -> connections
    const auto connections = m_connections;
    // While this process holds more than its bound for all clients together, the clients that are behind
    // (more unread than a desk that reads ever has) get nothing more now: they catch up from their cursor
    // once they have read, and those that read keep getting every push. Many desks that stop reading then
    // cost about the bound, not each its own maxUnsentBytes.
    const bool overBudget = heldBytes() > m_context.limits.maxTotalUnsentBytes;
    for (ClientConnection *connection : connections) {
        if (!connection->keepsReading())
            continue; // let go: it resumes from its cursor
        if (!connection->isLive() || connection->cursor() >= head)
            continue;
        if (overBudget && connection->queuedBytes() > m_context.limits.maxUnsentBeforeSync)
            continue;
        if (connection->unsentBytes() < m_context.limits.maxUnsentBytes)
            byCursor[connection->cursor()][connection->viewerKey()].append(connection);
    }
    // One page per push: clients at the previous head (nearly all) get everything new; one that is further
    // behind gets the next page, and the one after once it has read this one (drained), so catching up
    // holds at most a page for it.
    bool unsentPages = false;
    for (auto range = byCursor.cbegin(); range != byCursor.cend(); ++range) {
        bool cut = false;
        const QList<AudiencedChange> page =
            m_context.store.changeRange(range.key(), head, pageSize, m_context.limits.maxPageBytes, &cut);
        const qint64 reached = page.size() == pageSize || cut ? page.back().change.seq : head;
        for (const QList<ClientConnection *> &group : range.value()) {
            const bool sent = sendReadable(page, group);
            for (ClientConnection *connection : group)
                connection->setCursor(reached);
            unsentPages = unsentPages || (!sent && reached < head); // nothing to drain: look again soon
        }
    }
    if (unsentPages)
        publishChanges();
    const auto visitors = m_visitors;
    for (ChatConnection *visitor : visitors)
        visitor->push();
}

bool SyncServer::sendReadable(const QList<AudiencedChange> &page, const QList<ClientConnection *> &group)
{
    const Agent &viewer = *group.front()->agent();
    QList<Change> changes;
    for (const AudiencedChange &c : page) {
        if (mayRead(viewer, c.audience))
            changes.append(c.change);
    }
    if (changes.isEmpty())
        return false;
    const QString text = QString::fromUtf8(FrameCodec::encode(ChangesFrame{changes}));
    for (ClientConnection *connection : group)
        connection->sendText(text);
    return true;
}

void SyncServer::accept()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        // The admitted socket lives on inside the WebSocket: found by the address and port it came from.
        const QTcpSocket *admitted = m_handshaking.take(peerKey(socket->peerAddress(), socket->peerPort()));
        attach(socket, admitted ? static_cast<const void *>(admitted) : socket,
               admitted ? admitted->socketDescriptor() : -1);
    }
}

void SyncServer::attach(QWebSocket *socket, const void *admissionKey, qintptr descriptor)
{
    if (socket->requestUrl().path() == QLatin1String("/chat")) {
        auto *visitor = new ChatConnection(socket, m_context, m_visitorLimits, this);
        m_visitors.append(visitor);
        m_admission.visitor(admissionKey);
        connect(visitor, &ChatConnection::dataChanged, this, &SyncServer::publishChanges);
        connect(visitor, &ChatConnection::closed, this, [this, visitor, admissionKey] {
            m_admission.release(admissionKey);
            m_visitors.removeOne(visitor);
            visitor->deleteLater();
        });
        return;
    }
    if (socket->requestUrl().path() != QLatin1String("/sync")) {
        m_refusals.refused(QStringLiteral("unknown_path"), socket->peerAddress().toString(),
                           {{QStringLiteral("path"), socket->requestUrl().path().left(200)}});
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown path"));
        socket->deleteLater();
        return;
    }
    auto *connection = new ClientConnection(
        socket, descriptor, m_context, m_refusals, [this] { return heldBytes(); }, this);
    m_connections.append(connection);
    connect(connection, &ClientConnection::dataChanged, this, &SyncServer::publishChanges);
    connect(connection, &ClientConnection::drained, this, [this, connection] {
        // Against the head of the last push (not the store's, read for each of hundreds of sockets after
        // every push): anything newer was published by whoever wrote it.
        if (connection->isLive() && connection->cursor() < m_pushedHead)
            publishChanges();
    });
    connect(connection, &ClientConnection::loggedIn, this, [this, connection, admissionKey](AgentId account) {
        const Admission::Verdict verdict = m_admission.loggedIn(admissionKey, account);
        if (verdict != Admission::Verdict::Admitted)
            connection->refuseAndClose(ErrorCode::RateLimited, Admission::describe(verdict));
    });
    connect(connection, &ClientConnection::closed, this, [this, connection, admissionKey] {
        m_context.log.info(QStringLiteral("disconnected"), {{QStringLiteral("peer"), connection->peer()}});
        m_admission.release(admissionKey);
        m_connections.removeOne(connection);
        connection->deleteLater();
    });
}

} // namespace empathy
