#include "Attacks.h"

#include <QElapsedTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace empathy::bench {

namespace {

// The i-th source address: 127.0.x.y, from 127.0.0.2 on (127.0.0.1 is the honest desks').
in_addr sourceAddress(int index)
{
    const int n = index + 1; // 127.0.0.2 is n = 1
    in_addr address{};
    address.s_addr = htonl((127u << 24) | (unsigned((n + 1) / 254) << 8) | unsigned((n + 1) % 254 + 1));
    return address;
}

int openTo(quint16 port, int source, int rcvbuf)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (rcvbuf > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
    sockaddr_in from{};
    from.sin_family = AF_INET;
    from.sin_addr = sourceAddress(source);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&from), sizeof from) != 0) {
        ::close(fd);
        return -1;
    }
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0 && errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    return fd;
}

qint64 writeSome(int fd, const char *data, qint64 size)
{
    const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
    return n < 0 ? (errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1) : qint64(n);
}

// Counts "HTTP/1.1 NNN" status lines in what arrived (answers are small; a line split across reads is
// rare enough not to matter for counting).
void countStatuses(const QByteArray &data, QMap<int, int> &statuses, bool firstOnly)
{
    qsizetype at = 0;
    while ((at = data.indexOf("HTTP/1.1 ", at)) >= 0) {
        const int status = data.mid(at + 9, 3).toInt();
        if (status >= 100)
            ++statuses[status];
        at += 12;
        if (firstOnly)
            return;
    }
}

struct Connection
{
    int fd = -1;
    qint64 openedMs = -1; // when the TCP handshake finished
    qint64 startedMs = 0;
    qint64 lastTrickleMs = 0;
    qint64 toSend = 0; // body bytes still to send (uploads)
    QByteArray pending;
    bool answered = false;
    bool closed = false;
    bool afterSent = false;
};

// Reads what arrived on `c`, counting the statuses answered (only the connection's first answer when
// `firstOnly`); false when the server closed or reset it.
bool receive(Connection &c, AttackResult &result, bool firstOnly)
{
    char buffer[65536];
    const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
    if (n <= 0)
        return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
    if (!firstOnly || !c.answered)
        countStatuses(QByteArray(buffer, qsizetype(n)), result.statuses, firstOnly);
    c.answered = true;
    return true;
}

} // namespace

AttackResult flood(const ConnectionFlood &attack)
{
    AttackResult result;
    QElapsedTimer clock;
    clock.start();
    std::vector<Connection> connections(static_cast<size_t>(attack.count));
    std::vector<pollfd> polls;
    int started = 0;
    int live = 0;
    while (clock.elapsed() < attack.timeoutMs) {
        // Connect in batches, so the listen queue is not the thing measured.
        const qint64 allowed = attack.connectPerSecond > 0
                                   ? clock.elapsed() * attack.connectPerSecond / 1000 + 1
                                   : qint64(attack.count);
        for (int batch = 0; batch < 200 && started < attack.count && started < allowed; ++batch, ++started) {
            Connection &c = connections[size_t(started)];
            c.fd = openTo(attack.port, attack.firstSource + started / std::max(1, attack.perSource),
                          attack.rcvbuf);
            c.startedMs = clock.elapsed();
            if (c.fd < 0) {
                ++result.notConnected;
                c.closed = true;
            } else {
                ++live;
            }
        }
        if (started == attack.count && live == 0)
            break;
        polls.clear();
        std::vector<Connection *> polled;
        for (Connection &c : connections) {
            if (c.fd < 0 || c.closed)
                continue;
            short events = POLLRDHUP;
            if (c.openedMs < 0 || !c.pending.isEmpty())
                events |= POLLOUT;
            if (attack.readAnswers)
                events |= POLLIN;
            polls.push_back({c.fd, events, 0});
            polled.push_back(&c);
        }
        ::poll(polls.data(), nfds_t(polls.size()), 10);
        const qint64 now = clock.elapsed();
        for (size_t i = 0; i < polls.size(); ++i) {
            Connection &c = *polled[i];
            const short got = polls[i].revents;
            if (c.openedMs < 0) {
                if (got & (POLLOUT | POLLERR | POLLHUP)) {
                    int error = 0;
                    socklen_t length = sizeof error;
                    ::getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                    if (error != 0) {
                        ++result.notConnected;
                        c.closed = true;
                        --live;
                        ::close(c.fd);
                        continue;
                    }
                    c.openedMs = now;
                    c.lastTrickleMs = now;
                    c.pending = attack.opening;
                    ++result.opened;
                } else if (now - c.startedMs > 10'000) {
                    ++result.notConnected;
                    c.closed = true;
                    --live;
                    ::close(c.fd);
                    continue;
                } else {
                    continue;
                }
            }
            bool gone = (got & (POLLERR | POLLHUP | POLLRDHUP)) != 0;
            if (attack.readAnswers && (got & POLLIN)) // an answer sent just before the close counts
                gone = !receive(c, result, true) || gone;
            if (!gone && !c.afterSent && now - c.openedMs >= attack.afterMs) {
                c.afterSent = true;
                c.pending += attack.afterOpening;
            }
            if (!gone && !attack.trickle.isEmpty() && now - c.lastTrickleMs >= attack.trickleMs &&
                c.pending.isEmpty() && c.afterSent) {
                c.pending = attack.trickle;
                c.lastTrickleMs = now;
            }
            if (!gone && !c.pending.isEmpty()) {
                const qint64 n = writeSome(c.fd, c.pending.constData(), c.pending.size());
                if (n < 0)
                    gone = true;
                else {
                    result.bytesSent += n;
                    c.pending.remove(0, n);
                }
            }
            if (gone) {
                c.closed = true;
                --live;
                ++result.closedByServer;
                result.maxOpenSeconds = std::max(result.maxOpenSeconds, (now - c.openedMs) / 1000.0);
                ::close(c.fd);
            }
        }
    }
    for (Connection &c : connections) {
        if (c.fd >= 0 && !c.closed) {
            ++result.stillOpen;
            if (c.openedMs >= 0)
                result.maxOpenSeconds =
                    std::max(result.maxOpenSeconds, (clock.elapsed() - c.openedMs) / 1000.0);
            ::close(c.fd);
        }
    }
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

AttackResult uploads(quint16 port, int connectionCount, qint64 bytesEach, const QByteArray &path,
                     int timeoutMs)
{
    AttackResult result;
    QElapsedTimer clock;
    clock.start();
    std::vector<Connection> connections(static_cast<size_t>(connectionCount));
    const QByteArray header = "POST " + path +
                              " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
                              "Content-Length: " +
                              QByteArray::number(bytesEach) + "\r\n\r\n";
    const QByteArray body(64 * 1024, 'u');
    int live = 0;
    for (int i = 0; i < connectionCount; ++i) {
        Connection &c = connections[size_t(i)];
        c.fd = openTo(port, 1000 + i, 0);
        if (c.fd < 0) {
            ++result.notConnected;
            c.closed = true;
            continue;
        }
        c.pending = header;
        c.toSend = bytesEach;
        ++live;
    }
    std::vector<pollfd> polls;
    std::vector<Connection *> polled;
    while (live > 0 && clock.elapsed() < timeoutMs) {
        polls.clear();
        polled.clear();
        for (Connection &c : connections) {
            if (c.closed)
                continue;
            polls.push_back(
                {c.fd, short(POLLIN | POLLRDHUP | (c.toSend > 0 || !c.pending.isEmpty() ? POLLOUT : 0)), 0});
            polled.push_back(&c);
        }
        ::poll(polls.data(), nfds_t(polls.size()), 10);
        const qint64 now = clock.elapsed();
        for (size_t i = 0; i < polls.size(); ++i) {
            Connection &c = *polled[i];
            const short got = polls[i].revents;
            if (c.openedMs < 0 && (got & POLLOUT)) {
                c.openedMs = now;
                ++result.opened;
            }
            bool gone = (got & (POLLERR | POLLHUP)) != 0;
            if (!gone && (got & POLLIN))
                gone = !receive(c, result, true);
            if (!gone && (got & POLLOUT)) {
                if (!c.pending.isEmpty()) {
                    const qint64 n = writeSome(c.fd, c.pending.constData(), c.pending.size());
                    gone = n < 0;
                    if (n > 0)
                        c.pending.remove(0, n);
                } else if (c.toSend > 0) {
                    const qint64 n =
                        writeSome(c.fd, body.constData(), std::min<qint64>(body.size(), c.toSend));
                    gone = n < 0;
                    if (n > 0) {
                        c.toSend -= n;
                        result.bytesSent += n;
                    }
                }
            }
            if (gone || (got & POLLRDHUP)) {
                c.closed = true;
                --live;
                ++result.closedByServer;
                result.maxOpenSeconds =
                    std::max(result.maxOpenSeconds, (now - std::max<qint64>(0, c.openedMs)) / 1000.0);
                ::close(c.fd);
            }
        }
    }
    for (Connection &c : connections) {
        if (!c.closed) {
            ++result.stillOpen;
            ::close(c.fd);
        }
    }
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

AttackResult junkRequests(quint16 port, int connectionCount, int perSecond, int seconds)
{
    AttackResult result;
    QElapsedTimer clock;
    clock.start();
    std::vector<Connection> connections(static_cast<size_t>(connectionCount));
    qint64 key = 0;
    const auto reopen = [&](Connection &c, int index) {
        c = Connection();
        c.fd = openTo(port, 2000 + index, 0);
        if (c.fd < 0)
            ++result.notConnected;
        else
            ++result.opened;
    };
    for (int i = 0; i < connectionCount; ++i)
        reopen(connections[size_t(i)], i);
    std::vector<pollfd> polls;
    while (clock.elapsed() < qint64(seconds) * 1000) {
        // Requests due by now, spread over the connections.
        const qint64 due = clock.elapsed() * perSecond / 1000;
        for (qint64 r = result.requests; r < due; ++r) {
            Connection &c = connections[size_t(r % connectionCount)];
            if (c.fd < 0 || c.pending.size() > 64 * 1024)
                continue;
            c.pending += "GET /api/v1/conversations?page=" + QByteArray::number(r) +
                         " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: junk-" +
                         QByteArray::number(++key % 5000) + "\r\n\r\n";
            ++result.requests;
        }
        result.requests = std::max(result.requests, due);
        polls.clear();
        for (const Connection &c : connections)
            polls.push_back({c.fd, short(POLLIN | (c.pending.isEmpty() ? 0 : POLLOUT)), 0});
        ::poll(polls.data(), nfds_t(polls.size()), 5);
        for (size_t i = 0; i < polls.size(); ++i) {
            Connection &c = connections[i];
            if (c.fd < 0) {
                reopen(c, int(i));
                continue;
            }
            bool gone = (polls[i].revents & (POLLERR | POLLHUP)) != 0;
            if (!gone && (polls[i].revents & POLLIN))
                gone = !receive(c, result, false);
            if (!gone && !c.pending.isEmpty() && (polls[i].revents & POLLOUT)) {
                const qint64 n = writeSome(c.fd, c.pending.constData(), c.pending.size());
                gone = n < 0;
                if (n > 0) {
                    result.bytesSent += n;
                    c.pending.remove(0, n);
                }
            }
            if (gone) {
                ++result.closedByServer;
                ::close(c.fd);
                reopen(c, int(i));
            }
        }
    }
    for (Connection &c : connections) {
        if (c.fd >= 0)
            ::close(c.fd);
    }
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

QByteArray webSocketFrame(const QByteArray &text)
{
    QByteArray frame;
    frame.append(char(0x81)); // the final frame of a text message
    const qsizetype n = text.size();
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else if (n < 65536) {
        frame.append(char(0x80 | 126));
        frame.append(char(n >> 8));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(n) >> shift) & 0xff));
    }
    const char mask[4] = {0x12, 0x34, 0x56, 0x78};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < n; ++i)
        frame.append(char(text.at(i) ^ mask[i % 4]));
    return frame;
}

QByteArray webSocketOpening(quint16 port, const QList<QByteArray> &frames)
{
    QByteArray opening = "GET /sync HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                         "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    for (const QByteArray &text : frames)
        opening += webSocketFrame(text);
    return opening;
}

} // namespace empathy::bench
