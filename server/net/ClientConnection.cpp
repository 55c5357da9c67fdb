#include "net/ClientConnection.h"

#include "auth/AccountService.h"
#include "auth/LoginChecks.h"
#include "net/ServerLog.h"
#include "net/ThrottledLog.h"
#include "ops/OperationService.h"
#include "protocol/FrameCodec.h"
#include "storage/ServerStore.h"

#include <QWebSocket>

#include <linux/sockios.h>
#include <sys/ioctl.h>

namespace empathy {

namespace {

// How the log names a connection: its address and port, or the client a trusted proxy connects for.
QString peerName(const QWebSocket &socket, const TrustedProxies &proxies)
{
    const QString peer = QStringLiteral("%1:%2").arg(socket.peerAddress().toString()).arg(socket.peerPort());
    const QHostAddress client = proxies.clientOf(socket);
    return client == socket.peerAddress() ? peer : QStringLiteral("%1 via %2").arg(client.toString(), peer);
}

} // namespace

ClientConnection::ClientConnection(QWebSocket *socket, qintptr descriptor, ServerContext &context,
                                   ThrottledLog &refusals, std::function<qint64()> totalUnsent,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_descriptor(descriptor)
    , m_context(context)
    , m_refusals(refusals)
    , m_totalUnsent(std::move(totalUnsent))
    , m_peer(peerName(*socket, context.proxies))
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_context.limits.maxFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_context.limits.maxFrameBytes));
    m_socket->setOutgoingFrameSize(quint64(m_context.limits.maxPageBytes) *
                                   2); // never fragment (see ConnectionLimits)
    m_window.start();
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ClientConnection::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ClientConnection::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, &ClientConnection::closed);
    connect(m_socket, &QWebSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            emit drained();
    });
    m_context.log.info(QStringLiteral("connected"), {{QStringLiteral("peer"), m_peer}});
    // Hello, then the log-in, each within its time; a socket that says nothing is not kept.
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const bool greeted = m_state != State::AwaitingHello;
        refuseAndClose(
            ErrorCode::NotAuthenticated,
            greeted ? QStringLiteral("no log-in within %1 s").arg(m_context.limits.loginTimeoutMs / 1000.0)
                    : QStringLiteral("no hello within %1 s").arg(m_context.limits.helloTimeoutMs / 1000.0));
    });
    m_deadline.start(m_context.limits.helloTimeoutMs);
    m_syncRetry.setSingleShot(true);
    m_syncRetry.setInterval(50);
    connect(&m_syncRetry, &QTimer::timeout, this, [this] {
        if (m_deferredSync)
            handleSync(*m_deferredSync);
    });
}

ClientConnection::~ClientConnection() = default;

bool ClientConnection::withinRate()
{
    if (m_window.elapsed() > m_context.limits.windowMs) {
        m_window.restart();
        m_framesInWindow = 0;
    }
    return ++m_framesInWindow <= m_context.limits.maxFramesPerWindow;
}

void ClientConnection::onText(const QString &text)
{
    if (!withinRate()) {
        // Answer the first frame over the limit only, so a flood does not become a flood of answers.
        if (m_framesInWindow == m_context.limits.maxFramesPerWindow + 1)
            refuse(ErrorCode::RateLimited, QStringLiteral("more than %1 frames in %2 s; slow down")
                                               .arg(m_context.limits.maxFramesPerWindow)
                                               .arg(m_context.limits.windowMs / 1000));
        return;
    }
    if (text.size() > m_context.limits.maxFrameBytes) {
        refuse(ErrorCode::FrameTooLarge,
               QStringLiteral("frames are limited to %1 bytes").arg(m_context.limits.maxFrameBytes), true);
        return;
    }
    handle(FrameCodec::decode(text.toUtf8()));
}

void ClientConnection::onBinary(const QByteArray &)
{
    if (withinRate())
        refuse(ErrorCode::BadMessage, QStringLiteral("this protocol version uses text frames only"));
}

void ClientConnection::send(const Frame &frame)
{
    m_socket->sendTextMessage(QString::fromUtf8(FrameCodec::encode(frame)));
}

void ClientConnection::refuse(ErrorCode code, const QString &message, bool close, const QString &ref)
{
    m_refusals.refused(QStringLiteral("refused"), m_socket->peerAddress().toString(),
                       {{QStringLiteral("peer"), m_peer},
                        {QStringLiteral("code"), errorCodeKey(code)},
                        {QStringLiteral("message"), message}},
                       errorCodeKey(code));
    send(ErrorFrame{code, message, ref});
    if (close)
        m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, errorCodeKey(code));
}

bool ClientConnection::acceptSession(const std::variant<SessionFrame, ErrorFrame> &result)
{
    if (const auto *error = std::get_if<ErrorFrame>(&result)) {
        refuse(error->code, error->message);
        return false;
    }
    const auto &session = std::get<SessionFrame>(result);
    m_agent = session.agent;
    m_token = session.token;
    m_state = State::Ready;
    m_deadline.stop();
    send(session);
    emit loggedIn(session.agent.id);
    return true;
}

void ClientConnection::handle(const Frame &frame)
{
    if (const auto *error = std::get_if<ErrorFrame>(&frame)) {
        refuse(error->code, error->message); // what the codec could not read
        return;
    }
    if (m_state == State::CheckingLogin) {
        // A desk may send its sync right behind its log-in: kept, in order, and handled once the
        // password is checked; a client that piles up more is refused.
        if (m_held.size() >= maxHeldFrames) {
            refuse(ErrorCode::RateLimited,
                   QStringLiteral("the log-in is still being checked; wait for its answer"));
            return;
        }
        m_held.append(frame);
        return;
    }
    if (const auto *hello = std::get_if<HelloFrame>(&frame)) {
        if (hello->protocol < 1) {
            refuse(ErrorCode::UnsupportedProtocol,
                   QStringLiteral("this server speaks protocol %1").arg(protocolVersion), true);
            return;
        }
        // Only what both sides have is used, and the welcome says which (docs/protocol.md).
        m_features = commonFeatures(m_context.features, hello->features);
        send(WelcomeFrame{std::min(hello->protocol, protocolVersion),
                          QStringLiteral("empathy-server %1").arg(QStringLiteral(EMPATHY_VERSION)),
                          m_context.store.generation(), m_features});
        m_state = State::AwaitingLogin;
        m_deadline.start(m_context.limits.loginTimeoutMs);
        m_context.log.info(QStringLiteral("hello"),
                           {{QStringLiteral("peer"), m_peer}, {QStringLiteral("client"), hello->client}});
        return;
    }
    if (m_state == State::AwaitingHello) {
        refuse(ErrorCode::NotAuthenticated, QStringLiteral("say hello first"));
        return;
    }
    if (const auto *login = std::get_if<LoginFrame>(&frame)) {
        startLogin(*login);
        return;
    }
    if (const auto *resume = std::get_if<ResumeFrame>(&frame)) {
        acceptSession(m_context.accounts.resume(resume->token));
        return;
    }
    if (m_state != State::Ready) {
        refuse(ErrorCode::NotAuthenticated, QStringLiteral("log in first"));
        return;
    }
    if (std::holds_alternative<LogoutFrame>(frame)) {
        m_context.accounts.logout(m_token);
        m_context.log.info(QStringLiteral("logout"),
                           {{QStringLiteral("peer"), m_peer}, {QStringLiteral("user"), m_agent->login}});
        m_agent.reset();
        m_token.clear();
        m_live = false;
        m_state = State::AwaitingLogin;
        m_deadline.start(m_context.limits.loginTimeoutMs);
        return;
    }
    if (const auto *sync = std::get_if<SyncFrame>(&frame)) {
        handleSync(*sync);
        return;
    }
    if (const auto *op = std::get_if<OpFrame>(&frame)) {
        if (!m_features.contains(feature::ops)) {
            refuse(ErrorCode::Invalid,
                   QStringLiteral("operations were not agreed in the handshake (feature \"ops\")"), false,
                   op->id);
            return;
        }
        const OperationService::Outcome outcome = m_context.operations.apply(*m_agent, *op);
        send(outcome.ack);
        m_context.log.info(
            QStringLiteral("op"),
            {{QStringLiteral("peer"), m_peer},
             {QStringLiteral("user"), m_agent->login},
             {QStringLiteral("id"), op->id},
             {QStringLiteral("kind"), op->kind},
             {QStringLiteral("result"), outcome.ack.ok() ? QStringLiteral("ok") : outcome.ack.errorCode}});
        if (outcome.changedData)
            emit dataChanged();
        return;
    }
    refuse(ErrorCode::Invalid,
           QStringLiteral("a client does not send \"%1\" frames").arg(FrameCodec::typeOf(frame)));
}

void ClientConnection::startLogin(const LoginFrame &login)
{
    // The store is read here and written in the answer, both on this thread; only the password check
    // runs on the pool. The deadline waits meanwhile: the pool's queue is bounded, and a desk that
    // did log in on time is not cut off because others did too.
    auto attempt =
        std::make_shared<const AccountService::LoginAttempt>(m_context.accounts.beginLogin(login.user));
    const AccountService &accounts = m_context.accounts;
    const State before = m_state;
    const bool started = m_context.loginChecks.start(
        [&accounts, attempt, password = login.password] {
            return accounts.passwordMatches(*attempt, password);
        },
        this,
        [this, attempt, before, user = login.user](bool matches) {
            m_state = before;
            if (acceptSession(m_context.accounts.finishLogin(*attempt, matches))) {
                m_context.log.info(QStringLiteral("login"),
                                   {{QStringLiteral("peer"), m_peer}, {QStringLiteral("user"), user}});
            } else if (m_state == State::AwaitingLogin) {
                m_deadline.start(m_context.limits.loginTimeoutMs);
            }
            handleHeld();
        });
    if (!started) {
        refuse(ErrorCode::RateLimited,
               QStringLiteral("the server is checking many log-ins at once; try again in a few seconds"));
        return;
    }
    m_state = State::CheckingLogin;
    m_deadline.stop();
}

void ClientConnection::handleHeld()
{
    while (!m_held.isEmpty() && m_state != State::CheckingLogin)
        handle(m_held.takeFirst());
}

void ClientConnection::handleSync(const SyncFrame &sync)
{
    const QString generation = m_context.store.generation();
    if (!sync.generation.isEmpty() && sync.generation != generation) {
        m_context.log.info(
            QStringLiteral("resync"),
            {{QStringLiteral("peer"), m_peer}, {QStringLiteral("client_generation"), sync.generation}});
        send(ResyncFrame{generation, QStringLiteral("generation_changed")});
        return;
    }
    if (sync.after < 0) {
        refuse(ErrorCode::Invalid, QStringLiteral("\"after\" cannot be negative"));
        return;
    }
    // Flow control: a page is sent once the last one was read, and not while all clients together have
    // more than the bound unread.
    if (const qint64 unsent = unsentBytes(); unsent > m_context.limits.maxUnsentBeforeSync) {
        m_context.log.warning(QStringLiteral("slow_client"),
                              {{QStringLiteral("peer"), m_peer}, {QStringLiteral("unsent_bytes"), unsent}});
        m_socket->abort(); // it does not read: an error frame would not reach it either
        return;
    }
    if (m_totalUnsent && m_totalUnsent() > m_context.limits.maxTotalUnsentBytes) {
        // The page waits (and is looked at again shortly) rather than being refused: the desk just gets
        // it a little later.
        m_deferredSync = sync;
        m_syncRetry.start();
        return;
    }
    m_deferredSync.reset();
    // Pages start small and double, up to what the client asked, while it reads them as fast as they come
    // (nothing left unsent when it asks again): a client that does not read costs a small page, and the
    // pushes to everyone else are not held up behind large ones.
    if (m_pagesSent == 0)
        m_pageChanges = firstPageChanges;
    else if (unsentBytes() <= pageReadSlackBytes)
        m_pageChanges = std::min(maxPageChanges, m_pageChanges * 2);
    ++m_pagesSent;
    const int limit = std::clamp(sync.limit, 1, m_pageChanges);
    const qint64 head = m_context.store.head();
    bool cut = false;
    const QList<Change> changes =
        m_context.store.changesAfter(sync.after, head, limit, m_context.limits.maxPageBytes, *m_agent, &cut);
    const bool more = changes.size() == limit || cut;
    const qint64 last = more ? changes.back().seq : head;
    send(PageFrame{generation, changes, last, head, more});
    if (!keepsReading())
        return;
    if (!more) {
        m_live = true;
        m_cursor = last;
    }
}

QString ClientConnection::viewerKey() const
{
    if (!m_agent)
        return {};
    switch (m_agent->role) {
    case AgentRole::Lead:
    case AgentRole::Admin:
        return QStringLiteral("all");
    case AgentRole::Trainer:
        return QStringLiteral("trainer");
    case AgentRole::Agent:
        break;
    }
    return QStringLiteral("agent:%1").arg(m_agent->id.value());
}

void ClientConnection::sendText(const QString &text)
{
    m_socket->sendTextMessage(text);
}

qint64 ClientConnection::queuedBytes() const
{
    return m_socket->bytesToWrite();
}

qint64 ClientConnection::unsentBytes() const
{
    int queued = 0;
    if (m_descriptor < 0 || ::ioctl(int(m_descriptor), SIOCOUTQ, &queued) != 0)
        queued = 0;
    return m_socket->bytesToWrite() + queued;
}

bool ClientConnection::keepsReading()
{
    const qint64 unsent = unsentBytes();
    if (unsent <= m_context.limits.maxUnsentBytes) {
        m_heldSince.invalidate();
        return true;
    }
    if (!m_heldSince.isValid())
        m_heldSince.start();
    if (unsent <= m_context.limits.disconnectUnsentBytes &&
        m_heldSince.elapsed() < m_context.limits.stalledMs)
        return true;
    m_context.log.warning(QStringLiteral("slow_client"),
                          {{QStringLiteral("peer"), m_peer},
                           {QStringLiteral("unsent_bytes"), unsent},
                           {QStringLiteral("held_ms"), m_heldSince.elapsed()}});
    // Its queue is dropped with the socket: the client asks again from its stored cursor.
    m_socket->abort();
    return false;
}

void ClientConnection::refuseAndClose(ErrorCode code, const QString &message)
{
    refuse(code, message, true);
}

} // namespace empathy
