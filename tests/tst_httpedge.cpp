#include "http/HttpEdge.h"
#include "net/ServerLog.h"
#include "RawHttpClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace empathy;
using namespace empathy::test;

namespace {

// Limits small enough for a test to reach, and deadlines short enough to wait for.
HttpLimits tight()
{
    HttpLimits limits;
    limits.headerTimeoutMs = 400;
    limits.bodyTimeoutMs = 400;
    limits.uploadIdleMs = 400;
    limits.keepAliveIdleMs = 400;
    limits.maxHeaderBytes = 4096;
    limits.maxHeaderCount = 20;
    limits.maxMessageBodyBytes = 1024;
    limits.maxUploadBytes = 96 * 1024 * 1024;
    limits.maxConnectionsPerSource = 4;
    limits.maxConnections = 8;
    limits.requestsPerSecondPerSource = 1000;
    limits.burstPerSource = 1000;
    return limits;
}

// The peak resident memory of this process so far (VmHWM), in bytes.
qint64 peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

int statusOf(const std::optional<RawHttpClient::Answer> &answer)
{
    return answer ? answer->status : 0;
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

// The HTTP port as the internet meets it: each limit answered with its status and a sentence before the
// server spends memory or time on the request, and honest requests served meanwhile. The server's side is
// the real edge (Boost.Beast on its own thread) on loopback; the client writes raw bytes.
class TestHttpEdge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpEdge> m_edge;
    std::unique_ptr<QTemporaryDir> m_spool;
    std::FILE *m_logFile = nullptr;
    std::unique_ptr<ServerLog> m_log;
    qint64 m_received = 0;    // the body size the upload route last saw
    QByteArray m_receivedSha; // and its SHA-256, read from the spooled file
    QByteArray m_echoed;

    quint16 start(const HttpLimits &limits, const QStringList &trustedProxies = {})
    {
        m_edge.reset();
        m_spool = std::make_unique<QTemporaryDir>();
        HttpRoutes routes;
        routes.add({"GET", QStringLiteral("/"), HttpRoute::Body::None,
                    [](const HttpRequest &) { return HttpAnswer::text(200, QStringLiteral("the page")); }});
        routes.add({"GET", QStringLiteral("/whoami"), HttpRoute::Body::None, [](const HttpRequest &request) {
                        return HttpAnswer::text(200, request.source.toString());
                    }});
        routes.add(
            {"POST", QStringLiteral("/echo"), HttpRoute::Body::Message, [this](const HttpRequest &request) {
                 m_echoed = request.body;
                 return HttpAnswer{200, "application/octet-stream", request.body, {}};
             }});
        routes.add(
            {"POST", QStringLiteral("/upload"), HttpRoute::Body::File, [this](const HttpRequest &request) {
                 QFile file(request.bodyFile);
                 QCryptographicHash sha(QCryptographicHash::Sha256);
                 if (file.open(QIODevice::ReadOnly))
                     sha.addData(&file);
                 m_received = file.size();
                 m_receivedSha = sha.result().toHex();
                 return HttpAnswer::text(201, QString::number(request.bodyBytes));
             }});
        m_edge = std::make_unique<HttpEdge>(
            std::move(routes), limits, m_spool->filePath(QStringLiteral("spool")), *m_log, systemClock());
        QString error;
        m_edge->trustProxies(*TrustedProxies::parse(trustedProxies, &error));
        if (!m_edge->listen(QHostAddress::LocalHost, 0, &error))
            qWarning("%s", qPrintable(error));
        return m_edge->port();
    }

    QStringList spooled() const
    {
        return QDir(m_spool->filePath(QStringLiteral("spool"))).entryList(QDir::Files);
    }

    QByteArray logged()
    {
        std::fflush(m_logFile);
        std::rewind(m_logFile);
        QByteArray all;
        char buffer[4096];
        while (const size_t n = std::fread(buffer, 1, sizeof buffer, m_logFile))
            all.append(buffer, qsizetype(n));
        return all;
    }

private slots:
    void init()
    {
        m_logFile = std::tmpfile();
        m_log = std::make_unique<ServerLog>(m_logFile, systemClock());
    }

    void cleanup()
    {
        m_edge.reset();
        m_log.reset();
        std::fclose(m_logFile);
    }

    void pagesAreServedOnAKeptAliveConnection()
    {
        const quint16 port = start(tight());
        RawHttpClient client(port);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(client.send(get("/")));
            const auto answer = client.answer();
            QVERIFY(answer);
            QCOMPARE(answer->status, 200);
            QCOMPARE(answer->body, QByteArray("the page\n"));
            QCOMPARE(answer->header("x-content-type-options"), QByteArray("nosniff"));
        }
        QVERIFY(client.send(get("/nowhere")));
        QCOMPARE(statusOf(client.answer()), 404);
        QVERIFY(client.send("DELETE / HTTP/1.1\r\nHost: x\r\n\r\n"));
        QCOMPARE(statusOf(client.answer()), 405);
        QVERIFY(client.isConnected());
        // Kept alive only while it is used.
        QVERIFY(client.closedWithin(3000));
    }

    // The attack of issue 33: a huge body sent to the page. Refused from its Content-Length, before any
    // of it is sent, and the connection is not kept for the rest of it.
    void aBodyOverTheLimitIs413BeforeItIsRead()
    {
        const quint16 port = start(tight());
        RawHttpClient toPage(port);
        QVERIFY(toPage.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 419430400\r\n\r\n"));
        auto answer = toPage.answer();
        QVERIFY(answer);
        QVERIFY2(answer->status == 405, answer->body.constData());
        QVERIFY(toPage.closedWithin(3000));

        RawHttpClient getWithBody(port);
        QVERIFY(getWithBody.send("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 419430400\r\n\r\n"));
        answer = getWithBody.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 413);
        QVERIFY2(answer->body.contains("takes no request body"), answer->body.constData());
        QVERIFY(getWithBody.closedWithin(3000));

        RawHttpClient toEcho(port);
        QVERIFY(toEcho.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1025\r\n\r\n"));
        answer = toEcho.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 413);
        QVERIFY2(answer->body.contains("limited to 1 KiB"), answer->body.constData());
        QVERIFY(m_echoed.isEmpty());

        RawHttpClient toUpload(port);
        QVERIFY(toUpload.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n\r\n"));
        answer = toUpload.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 413);
        QVERIFY2(answer->body.contains("limited to 96 MiB"), answer->body.constData());
        QVERIFY(spooled().isEmpty());
    }

    // Without a Content-Length the body is counted as its chunks arrive.
    void aChunkedBodyIsCountedAsItArrives()
    {
        const quint16 port = start(tight());
        RawHttpClient fits(port);
        QVERIFY(fits.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"));
        auto answer = fits.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->body, QByteArray("hello world"));

        RawHttpClient over(port);
        QVERIFY(over.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"));
        const QByteArray piece(400, 'x');
        for (int i = 0; i < 3; ++i)
            QVERIFY(over.send("190\r\n" + piece + "\r\n")); // 3 × 400 bytes > 1 KiB
        answer = over.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 413);
        QCOMPARE(m_echoed, QByteArray("hello world")); // the handler never saw it
        QVERIFY(over.closedWithin(3000));
    }

    void oversizedOrTooManyHeadersAre431()
    {
        const quint16 port = start(tight());
        RawHttpClient big(port);
        QVERIFY(big.send(get("/", "X-Padding: " + QByteArray(8192, 'a') + "\r\n")));
        auto answer = big.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 431);
        QVERIFY2(answer->body.contains("limited to 4 KiB"), answer->body.constData());

        QByteArray many;
        for (int i = 0; i < 30; ++i)
            many += "X-Header-" + QByteArray::number(i) + ": v\r\n";
        RawHttpClient numerous(port);
        QVERIFY(numerous.send(get("/", many)));
        answer = numerous.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 431);
        QVERIFY2(answer->body.contains("at most 20 header lines"), answer->body.constData());
    }

    // Half a header, then nothing: 408 once the header's time is up. A socket that sends nothing at all
    // is closed in that time without a word; honest requests are served meanwhile.
    void slowHeadersAndBodiesAre408AndSilentSocketsAreClosed()
    {
        const quint16 port = start(tight());
        RawHttpClient slow(port);
        QVERIFY(slow.send("GET / HTTP/1.1\r\nHost: x\r\n"));
        RawHttpClient silent(port);
        RawHttpClient slowBody(port);
        QVERIFY(slowBody.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part"));

        RawHttpClient honest(port);
        QVERIFY(honest.send(get("/")));
        QCOMPARE(statusOf(honest.answer()), 200);

        auto answer = slow.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 408);
        QVERIFY2(answer->body.contains("header did not arrive within 0.4 s"), answer->body.constData());
        answer = slowBody.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 408);
        QVERIFY(silent.closedWithin(3000));
        QVERIFY(!silent.answer());
        QTRY_COMPARE(m_edge->connectionCount(), 0); // the honest one too, once idle for the keep-alive time
    }

    void ratesPerSourceVisitorAndApiKeyAre429WithRetryAfter()
    {
        HttpLimits limits = tight();
        limits.requestsPerSecondPerSource = 1;
        limits.burstPerSource = 5;
        quint16 port = start(limits);
        RawHttpClient client(port);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(client.send(get("/")));
            QCOMPARE(statusOf(client.answer()), 200);
        }
        QVERIFY(client.send(get("/")));
        auto answer = client.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 429);
        QVERIFY(answer->header("retry-after").toInt() >= 1);
        QVERIFY2(answer->body.contains("requests a second from this address"), answer->body.constData());

        limits = tight();
        limits.requestsPerSecondPerVisitor = 1;
        limits.burstPerVisitor = 2;
        limits.requestsPerSecondPerApiKey = 1;
        limits.burstPerApiKey = 3;
        port = start(limits);
        RawHttpClient visitors(port);
        const auto status = [&](const QByteArray &extra) {
            visitors.send(get("/", extra));
            const auto got = visitors.answer();
            return got ? got->status : 0;
        };
        QCOMPARE(status("X-Visitor: visitor-one\r\n"), 200);
        QCOMPARE(status("X-Visitor: visitor-one\r\n"), 200);
        QCOMPARE(status("X-Visitor: visitor-one\r\n"), 429);
        QCOMPARE(status("X-Visitor: visitor-two\r\n"), 200); // another visitor is not held back
        visitors.send(get("/?visitor=visitor-one"));
        QCOMPARE(statusOf(visitors.answer()), 429); // named in the address as the page does
        for (int i = 0; i < 3; ++i)
            QCOMPARE(status("Authorization: Bearer key-one\r\n"), 200);
        visitors.send(get("/", "Authorization: Bearer key-one\r\n"));
        answer = visitors.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 429);
        QVERIFY2(answer->body.contains("with this API key"), answer->body.constData());
        QCOMPARE(status("X-Api-Key: key-two\r\n"), 200);
        QCOMPARE(status(""), 200);
    }

    // Behind a reverse proxy (127.0.0.1 here) a request is from the address the proxy forwards for: the
    // handler sees it and the rate per source counts it, and the proxy holds more connections than one
    // source may. From anyone else (127.0.0.2) the header changes nothing.
    void aTrustedProxySpeaksForItsClientsAndNobodyElseDoes()
    {
        HttpLimits limits = tight();
        limits.requestsPerSecondPerSource = 1;
        limits.burstPerSource = 2;
        limits.headerTimeoutMs = 60'000;
        const quint16 port = start(limits, {QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.0/8")});
        RawHttpClient proxy(port);
        const auto ask = [](RawHttpClient &client, const QByteArray &forwardedFor) {
            client.send(get("/whoami", "X-Forwarded-For: " + forwardedFor + "\r\n"));
            return client.answer();
        };
        auto answer = ask(proxy, "203.0.113.7");
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->body.trimmed(), QByteArray("203.0.113.7"));
        // A chain of proxies: the client is the last address that is not one of them.
        answer = ask(proxy, "198.51.100.1, 203.0.113.7, 10.1.2.3");
        QVERIFY(answer);
        QCOMPARE(answer->body.trimmed(), QByteArray("203.0.113.7"));
        QCOMPARE(statusOf(ask(proxy, "203.0.113.7")), 429);       // its third: over its own rate
        QCOMPARE(statusOf(ask(proxy, "[2001:db8::5]:443")), 200); // another client is not held back
        QCOMPARE(statusOf(ask(proxy, "2001:db8::5")), 200);
        QCOMPARE(statusOf(ask(proxy, "2001:db8::5")), 429);

        // Anyone else's header is not believed: the address is the socket's, whatever the header says.
        RawHttpClient client(port, 5000, QHostAddress(QStringLiteral("127.0.0.2")));
        answer = ask(client, "192.0.2.1");
        QVERIFY(answer);
        QCOMPARE(answer->body.trimmed(), QByteArray("127.0.0.2"));
        QCOMPARE(statusOf(ask(client, "192.0.2.2")), 200);
        QCOMPARE(statusOf(ask(client, "192.0.2.3")), 429);

        // The proxy is not held to four connections per source (the port's total of eight still holds).
        std::vector<std::unique_ptr<RawHttpClient>> held;
        for (int i = 0; i < 6; ++i)
            held.push_back(std::make_unique<RawHttpClient>(port));
        QTRY_COMPARE(m_edge->connectionCount(), 8);
        QCOMPARE(statusOf(ask(*held.back(), "198.51.100.77")), 200);
    }

    // Past the caps a socket is answered 503 and closed before the server reads from it; one closing
    // makes room again. The refusals are logged once per kind and source, not once each.
    void connectionsAreCappedPerSourceAndLoggedOnce()
    {
        HttpLimits limits = tight();
        limits.headerTimeoutMs = 60'000;
        const quint16 port = start(limits);
        std::vector<std::unique_ptr<RawHttpClient>> held;
        for (int i = 0; i < 4; ++i)
            held.push_back(std::make_unique<RawHttpClient>(port));
        QTRY_COMPARE(m_edge->connectionCount(), 4);
        for (int i = 0; i < 5; ++i) {
            RawHttpClient refused(port);
            const auto answer = refused.answer();
            QVERIFY(answer);
            QCOMPARE(answer->status, 503);
            QVERIFY2(answer->body.contains("this address has 4 connections open"), answer->body.constData());
            QVERIFY(refused.closedWithin(3000));
        }
        held.front()->socket().abort();
        QTRY_COMPARE(m_edge->connectionCount(), 3);
        RawHttpClient again(port);
        QVERIFY(again.send(get("/")));
        QCOMPARE(statusOf(again.answer()), 200);
        QTRY_VERIFY(logged().contains("this address has 4 connections open"));
        QCOMPARE(logged().count("http_refused"), 1);

        again.socket().abort();
        QTRY_COMPARE(m_edge->connectionCount(), 3);

        // Other addresses get their own places, up to the port's total (8).
        for (int i = 0; i < 4; ++i)
            held.push_back(
                std::make_unique<RawHttpClient>(port, 5000, QHostAddress(QStringLiteral("127.0.0.2"))));
        held.push_back(
            std::make_unique<RawHttpClient>(port, 5000, QHostAddress(QStringLiteral("127.0.0.3"))));
        QTRY_COMPARE(m_edge->connectionCount(), 8);
        RawHttpClient third(port, 5000, QHostAddress(QStringLiteral("127.0.0.4")));
        const auto full = third.answer();
        QVERIFY(full);
        QCOMPARE(full->status, 503);
        QVERIFY2(full->body.contains("the server has 8 connections open"), full->body.constData());
    }

    // A file larger than the server would hold in memory arrives on disk, whole and unchanged, while the
    // process's peak memory grows by far less than the file.
    void anUploadIsStreamedToDiskNotHeldInMemory()
    {
        const quint16 port = start(tight());
        const qint64 size = 80 * 1024 * 1024;
        RawHttpClient client(port, 20'000);
        QVERIFY(client.send(
            "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n"));
        const qint64 before = peakMemory();
        QVERIFY(before > 0);
        QCryptographicHash sha(QCryptographicHash::Sha256);
        QByteArray piece(256 * 1024, '\0');
        for (qint64 sent = 0; sent < size; sent += piece.size()) {
            for (qsizetype i = 0; i < piece.size(); i += 4096)
                piece[i] = char((sent + i) / 4096 % 251);
            sha.addData(piece);
            QVERIFY(client.send(piece));
        }
        const auto answer = client.answer();
        QVERIFY(answer);
        QCOMPARE(answer->status, 201);
        QCOMPARE(answer->body, QByteArray::number(size) + '\n');
        QCOMPARE(m_received, size);
        QCOMPARE(m_receivedSha, sha.result().toHex());
        const qint64 grown = peakMemory() - before;
#ifndef __SANITIZE_ADDRESS__ // AddressSanitizer keeps freed memory in quarantine: peaks say nothing there
        QVERIFY2(grown < 24 * 1024 * 1024,
                 qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(grown >> 20)));
#else
        Q_UNUSED(grown);
#endif
        QTRY_VERIFY(spooled().isEmpty()); // the handler did not keep it: removed

        // One that stops halfway is dropped from the spool too.
        RawHttpClient stalls(port);
        QVERIFY(stalls.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n" +
                            QByteArray(300'000, 'x')));
        const auto late = stalls.answer();
        QVERIFY(late);
        QCOMPARE(late->status, 408);
        QVERIFY2(late->body.contains("upload stalled"), late->body.constData());
        QTRY_VERIFY(spooled().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpEdge)
#include "tst_httpedge.moc"
