#include "net/ClientConnection.h"

#include "auth/AccountService.h"
#include "net/ServerLog.h"
#include "protocol/FrameCodec.h"
#include "storage/ServerStore.h"

#include <QWebSocket>

namespace empathy {

namespace {

const QStringList serverFeatures{QStringLiteral("sync-pages"), QStringLiteral("ops")};

} // namespace

ClientConnection::ClientConnection(QWebSocket *socket, AccountService &accounts, ServerLog &log,
                                   QString generation, ConnectionLimits limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_accounts(accounts)
    , m_log(log)
    , m_generation(std::move(generation))
    , m_limits(limits)
    , m_peer(QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort()))
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxFrameBytes));
    m_window.start();
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ClientConnection::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ClientConnection::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, &ClientConnection::closed);
    m_log.info(QStringLiteral("connected"), {{QStringLiteral("peer"), m_peer}});
}

ClientConnection::~ClientConnection() = default;

bool ClientConnection::withinRate()
{
    if (m_window.elapsed() > m_limits.windowMs) {
        m_window.restart();
        m_framesInWindow = 0;
    }
    return ++m_framesInWindow <= m_limits.maxFramesPerWindow;
}

void ClientConnection::onText(const QString &text)
{
    if (!withinRate()) {
        // Answer the first frame over the limit only, so a flood does not become a flood of answers.
        if (m_framesInWindow == m_limits.maxFramesPerWindow + 1)
            refuse(ErrorCode::RateLimited, QStringLiteral("more than %1 frames in %2 s; slow down")
                                               .arg(m_limits.maxFramesPerWindow)
                                               .arg(m_limits.windowMs / 1000));
        return;
    }
    if (text.size() > m_limits.maxFrameBytes) {
        refuse(ErrorCode::FrameTooLarge,
               QStringLiteral("frames are limited to %1 bytes").arg(m_limits.maxFrameBytes), true);
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

void ClientConnection::refuse(ErrorCode code, const QString &message, bool close)
{
    m_log.warning(QStringLiteral("refused"), {{QStringLiteral("peer"), m_peer},
                                              {QStringLiteral("code"), errorCodeKey(code)},
                                              {QStringLiteral("message"), message}});
    send(ErrorFrame{code, message, QString()});
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
    send(session);
    return true;
}

void ClientConnection::handle(const Frame &frame)
{
    if (const auto *error = std::get_if<ErrorFrame>(&frame)) {
        refuse(error->code, error->message); // what the codec could not read
        return;
    }
    if (const auto *hello = std::get_if<HelloFrame>(&frame)) {
        if (hello->protocol < 1) {
            refuse(ErrorCode::UnsupportedProtocol,
                   QStringLiteral("this server speaks protocol %1").arg(protocolVersion), true);
            return;
        }
        QStringList common;
        for (const QString &feature : hello->features) {
            if (serverFeatures.contains(feature))
                common.append(feature);
        }
        send(WelcomeFrame{std::min(hello->protocol, protocolVersion),
                          QStringLiteral("empathy-server %1").arg(QStringLiteral(EMPATHY_VERSION)),
                          m_generation, serverFeatures});
        m_state = State::AwaitingLogin;
        m_log.info(QStringLiteral("hello"),
                   {{QStringLiteral("peer"), m_peer}, {QStringLiteral("client"), hello->client}});
        return;
    }
    if (m_state == State::AwaitingHello) {
        refuse(ErrorCode::NotAuthenticated, QStringLiteral("say hello first"));
        return;
    }
    if (const auto *login = std::get_if<LoginFrame>(&frame)) {
        if (acceptSession(m_accounts.login(login->user, login->password)))
            m_log.info(QStringLiteral("login"),
                       {{QStringLiteral("peer"), m_peer}, {QStringLiteral("user"), login->user}});
        return;
    }
    if (const auto *resume = std::get_if<ResumeFrame>(&frame)) {
        acceptSession(m_accounts.resume(resume->token));
        return;
    }
    if (m_state != State::Ready) {
        refuse(ErrorCode::NotAuthenticated, QStringLiteral("log in first"));
        return;
    }
    if (std::holds_alternative<LogoutFrame>(frame)) {
        m_accounts.logout(m_token);
        m_log.info(QStringLiteral("logout"),
                   {{QStringLiteral("peer"), m_peer}, {QStringLiteral("user"), m_agent->login}});
        m_agent.reset();
        m_token.clear();
        m_state = State::AwaitingLogin;
        return;
    }
    refuse(ErrorCode::Invalid,
           QStringLiteral("a client does not send \"%1\" frames").arg(FrameCodec::typeOf(frame)));
}

} // namespace empathy
