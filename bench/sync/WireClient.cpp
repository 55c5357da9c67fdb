#include "WireClient.h"

#include "protocol/FrameCodec.h"

namespace empathy::bench {

WireClient::WireClient(const QUrl &server, const QString &user, const QString &password, QObject *parent)
    : QObject(parent)
    , m_user(user)
    , m_password(password)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        send(FrameCodec::encode(HelloFrame{protocolVersion, QStringLiteral("empathy-bench-wire"), {}}));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &WireClient::received);
    connect(&m_socket, &QWebSocket::disconnected, this,
            [this] { fail(QStringLiteral("disconnected: %1").arg(m_socket.closeReason())); });
    QUrl url = server;
    url.setPath(QStringLiteral("/sync"));
    m_socket.open(url);
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
        send(FrameCodec::encode(LoginFrame{m_user, m_password}));
    } else if (std::holds_alternative<SessionFrame>(frame)) {
        send(FrameCodec::encode(SyncFrame{QString(), 0, 5000}));
    } else if (const auto *page = std::get_if<PageFrame>(&frame)) {
        m_generation = page->generation;
        if (page->more)
            send(FrameCodec::encode(SyncFrame{m_generation, page->last, 5000}));
        else
            m_online = true;
    } else if (std::holds_alternative<ResyncFrame>(frame)) {
        m_online = false;
        send(FrameCodec::encode(SyncFrame{QString(), 0, 5000}));
    } else if (const auto *error = std::get_if<ErrorFrame>(&frame)) {
        fail(QStringLiteral("error frame: %1").arg(error->message));
    }
}

} // namespace empathy::bench
