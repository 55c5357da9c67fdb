#pragma once

#include "protocol/FrameCodec.h"

#include <QSignalSpy>
#include <QWebSocket>

#include <optional>

namespace empathy::test {

// A real WebSocket client over loopback that collects the frames the server sends.
class WsTestClient
{
public:
    explicit WsTestClient(quint16 port)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived,
                         [this](const QString &text) { m_frames.append(FrameCodec::decode(text.toUtf8())); });
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/sync").arg(port)));
        m_ok = connected.wait(5000);
    }

    bool isConnected() const { return m_ok && m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocket &socket() { return m_socket; }
    void send(const Frame &frame) { m_socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(frame))); }
    void sendRaw(const QString &text) { m_socket.sendTextMessage(text); }

    // The next frame from the server, waiting up to five seconds.
    std::optional<Frame> next()
    {
        if (m_frames.isEmpty()) {
            QSignalSpy received(&m_socket, &QWebSocket::textMessageReceived);
            if (!received.wait(5000) && m_frames.isEmpty())
                return std::nullopt;
        }
        return m_frames.takeFirst();
    }

    // Skips frames until one of type T arrives.
    template<typename T>
    std::optional<T> nextOf(int maxFrames = 20000)
    {
        for (int i = 0; i < maxFrames; ++i) {
            const auto frame = next();
            if (!frame)
                return std::nullopt;
            if (const auto *wanted = std::get_if<T>(&*frame))
                return *wanted;
        }
        return std::nullopt;
    }

    std::optional<ErrorCode> nextError()
    {
        const auto error = nextOf<ErrorFrame>(1);
        return error ? std::optional<ErrorCode>(error->code) : std::nullopt;
    }

    bool hello()
    {
        send(HelloFrame{1, QStringLiteral("test"), {QStringLiteral("ops"), QStringLiteral("future-thing")}});
        return nextOf<WelcomeFrame>(1).has_value();
    }

private:
    QWebSocket m_socket;
    QList<Frame> m_frames;
    bool m_ok = false;
};

} // namespace empathy::test
