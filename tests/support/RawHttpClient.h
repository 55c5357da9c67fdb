#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpSocket>
#include <QTest>

#include <optional>

namespace empathy::test {

// A plain TCP client that writes exactly the bytes a test gives (half a header, a lying Content-Length,
// a chunked body piece by piece) and reads HTTP/1.1 answers: what an attacker or an old client sends,
// which QNetworkAccessManager would not.
class RawHttpClient
{
public:
    struct Answer
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray body;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key == name)
                    return value;
            }
            return {};
        }
    };

    // `from`: the loopback address to connect from (127.0.0.2 is another source on the same machine).
    explicit RawHttpClient(quint16 port, int timeoutMs = 5000, const QHostAddress &from = QHostAddress())
        : m_timeoutMs(timeoutMs)
    {
        if (!from.isNull())
            m_socket.bind(from);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        (void)QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

    // Writes and waits until the kernel took it, so what follows happens after the server could read it.
    // The event loop runs meanwhile (as in every wait here): the server's handlers run on it.
    bool send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        return QTest::qWaitFor([&] { return m_socket.bytesToWrite() == 0 || !isConnected(); }, m_timeoutMs) &&
               isConnected();
    }

    // The next answer, or nothing when the connection closed or none came in time.
    std::optional<Answer> answer()
    {
        int headerEnd = -1;
        while ((headerEnd = int(m_buffer.indexOf("\r\n\r\n"))) < 0) {
            if (!readMore())
                return std::nullopt;
        }
        Answer answer;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        answer.status = statusLine.value(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            answer.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        m_buffer.remove(0, headerEnd + 4);
        while (m_buffer.size() < length) {
            if (!readMore())
                return std::nullopt;
        }
        answer.body = m_buffer.left(length);
        m_buffer.remove(0, length);
        return answer;
    }

    // Whether the server closed the connection within `ms` (whatever it sent first is kept for answer()).
    bool closedWithin(int ms)
    {
        return QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            ms);
    }

private:
    bool readMore()
    {
        const bool more = QTest::qWaitFor(
            [&] {
                return m_socket.bytesAvailable() > 0 || m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            m_timeoutMs);
        const QByteArray read = m_socket.readAll();
        m_buffer += read;
        return more && !read.isEmpty();
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_timeoutMs;
};

} // namespace empathy::test
