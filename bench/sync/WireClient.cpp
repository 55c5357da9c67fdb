#include "WireClient.h"

#include "protocol/FrameCodec.h"

#include <QRandomGenerator>
#include <QTimer>

namespace empathy::bench {

WireClient::WireClient(const QUrl &server, const QString &user, const QString &password, Sessions *sessions,
                       QObject *parent)
    : QObject(parent)
    , m_user(user)
    , m_password(password)
    , m_sessions(sessions)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        send(FrameCodec::encode(HelloFrame{protocolVersion, QStringLiteral("empathy-bench-wire"), {}}));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &WireClient::received);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        // Not logged in yet (a log-in storm: refused for now, or past the log-in deadline): back after a
        // backoff, as a desk comes back. Once in, a disconnection is a failure of the run.
        if (!m_loggedIn && m_failure.isEmpty() && ++m_attempts < 100) {
            QTimer::singleShot(500 + int(QRandomGenerator::global()->bounded(2000)), this,
                               [this] { m_socket.open(m_url); });
            return;
        }
        fail(QStringLiteral("disconnected: %1").arg(m_socket.closeReason()));
    });
    m_url = server;
    m_url.setPath(QStringLiteral("/sync"));
    m_socket.open(m_url);
}

void WireClient::send(const QByteArray &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(frame));
}

void WireClient::fail(const QString &why)
{
    if (m_failure.isEmpty())
        m_failure = why;
    m_online = false;
}

void WireClient::received(const QString &text)
{
    // A live push is counted, not parsed: what a desk does with it happens on the agent's computer, and
    // here it would take the CPU from the server being measured.
    if (text.startsWith(QLatin1String("{\"type\":\"changes\""))) {
        ++m_pushes;
        return;
    }
    const Frame frame = FrameCodec::decode(text.toUtf8());
    if (std::holds_alternative<WelcomeFrame>(frame)) {
        authenticate();
    } else if (const auto *session = std::get_if<SessionFrame>(&frame)) {
        m_loggedIn = true;
        if (m_sessions)
            m_sessions->tokens.insert(m_user, session->token);
        send(FrameCodec::encode(SyncFrame{QString(), 0, 5000}));
    } else if (const auto *page = std::get_if<PageFrame>(&frame)) {
        m_generation = page->generation;
        // The first page tells the head: from there on the client is a desk whose cache has the rest
        // from an earlier day, and resumes from the head as such a desk resumes from its cursor.
        m_cursor = m_cursor == 0 ? page->head : page->last;
        if (page->more)
            send(FrameCodec::encode(SyncFrame{m_generation, m_cursor, 5000}));
        else
            m_online = true;
    } else if (std::holds_alternative<ResyncFrame>(frame)) {
        m_online = false;
        m_cursor = 0; // a new log: its first page names the head to resume from again
        send(FrameCodec::encode(SyncFrame{QString(), 0, 5000}));
    } else if (const auto *error = std::get_if<ErrorFrame>(&frame)) {
        if (!m_loggedIn && error->code == ErrorCode::NotAuthenticated)
            return; // the log-in deadline passed while refused: the server closes, and this comes back
        if (error->code != ErrorCode::RateLimited || m_online) {
            fail(QStringLiteral("error frame: %1").arg(error->message));
            return;
        }
        // Many log-ins or pages at once: asked again after a backoff, as a desk does.
        QTimer::singleShot(200 + int(QRandomGenerator::global()->bounded(800)), this, [this] {
            if (m_loggedIn)
                send(FrameCodec::encode(SyncFrame{m_generation, m_cursor, 5000}));
            else
                authenticate();
        });
    }
}

// With a session of this user at hand, resumes it; while another client of the user logs in, waits for its
// session; else logs in with the password.
void WireClient::authenticate()
{
    if (m_loggedIn || m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    if (m_sessions) {
        if (const QString token = m_sessions->tokens.value(m_user); !token.isEmpty()) {
            send(FrameCodec::encode(ResumeFrame{token}));
            return;
        }
        if (m_sessions->loggingIn.contains(m_user) && !m_loggingIn) {
            QTimer::singleShot(100, this, &WireClient::authenticate);
            return;
        }
        m_sessions->loggingIn.insert(m_user);
        m_loggingIn = true;
    }
    send(FrameCodec::encode(LoginFrame{m_user, m_password}));
}

} // namespace empathy::bench
