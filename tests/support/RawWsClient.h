#pragma once

#include "protocol/FrameCodec.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

#include <optional>

namespace empathy::test {

// A WebSocket client written against the socket, for what QWebSocket will not do: connect from another
// loopback address, and stop reading while the server keeps sending (a small receive buffer makes the
// server's own queue grow). Text frames only; what it reads is read only when asked. It waits by running the
// event loop, so the server may be in the same process.
class RawWsClient
{
public:
    // Binds to `from` (a 127.x.y.z address) when given, with a receive buffer of `receiveBuffer` bytes.
    explicit RawWsClient(quint16 port, const QHostAddress &from = QHostAddress(), int receiveBuffer = 0)
    {
        if (receiveBuffer > 0)
            m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, receiveBuffer);
        if (!from.isNull())
            m_socket.bind(from);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }

    QTcpSocket &socket() { return m_socket; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // The HTTP upgrade to /sync; true when the server answered 101.
    bool upgrade()
    {
        QByteArray nonce(16, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
        const QByteArray key = nonce.toBase64();
        m_socket.write(
            "GET /sync HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " +
            key + "\r\n\r\n");
        while (!m_buffer.contains("\r\n\r\n")) {
            if (!waitForData())
                return false;
            m_buffer += m_socket.readAll();
        }
        const qsizetype end = m_buffer.indexOf("\r\n\r\n") + 4;
        const bool switched = m_buffer.startsWith("HTTP/1.1 101");

        m_buffer.remove(0, end);
        return switched;
    }

    // One masked text frame, as a client must send it.
    void send(const Frame &frame)
    {
        const QByteArray payload = FrameCodec::encode(frame);
        QByteArray out;
        out.append(char(0x81));
        if (payload.size() < 126) {
            out.append(char(0x80 | payload.size()));
        } else {
            out.append(char(0x80 | 126));
            out.append(char(payload.size() >> 8)).append(char(payload.size() & 0xff));
        }
        const quint32 mask = QRandomGenerator::global()->generate();
        const char maskBytes[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
        out.append(maskBytes, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            out.append(char(payload[i] ^ maskBytes[i % 4]));
        m_socket.write(out);
        m_socket.flush();
    }

    // The next text frame from the server, waiting up to five seconds.
    std::optional<Frame> next()
    {
        for (;;) {
            if (const auto frame = take())
                return FrameCodec::decode(*frame);
            if (!waitForData())
                return std::nullopt;
            m_buffer += m_socket.readAll();
        }
    }

private:
    // Runs the event loop (the server may be in this process) until data is there, up to five seconds.
    bool waitForData()
    {
        return QTest::qWaitFor(
                   [this] {
                       return m_socket.bytesAvailable() > 0 ||
                              m_socket.state() != QAbstractSocket::ConnectedState;
                   },
                   5000) &&
               m_socket.bytesAvailable() > 0;
    }

    // A whole unmasked frame's payload from the buffer, if one is there.
    std::optional<QByteArray> take()
    {
        if (m_buffer.size() < 2)
            return std::nullopt;
        const auto byte = [this](qsizetype i) { return quint64(quint8(m_buffer[i])); };
        quint64 length = byte(1) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return std::nullopt;
            length = (byte(2) << 8) | byte(3);
            header = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return std::nullopt;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | byte(i);
            header = 10;
        }
        if (quint64(m_buffer.size()) < header + length)
            return std::nullopt;
        const QByteArray payload = m_buffer.mid(header, qsizetype(length));
        m_buffer.remove(0, header + qsizetype(length));
        return payload;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace empathy::test
