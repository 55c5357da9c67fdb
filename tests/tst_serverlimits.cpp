#include "net/LimitsFile.h"
#include "net/SyncServer.h"
#include "RawWsClient.h"
#include "TestServer.h"
#include "WsTestClient.h"

#include <QSemaphore>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

namespace {

// Limits small enough for a test to reach, and deadlines short enough to wait for.
ConnectionLimits tight()
{
    ConnectionLimits limits;
    limits.handshakeTimeoutMs = 300;
    limits.helloTimeoutMs = 300;
    limits.loginTimeoutMs = 300;
    limits.maxUnauthenticatedPerSource = 3;
    limits.maxUnauthenticated = 5;
    limits.maxConnectionsPerAccount = 2;
    return limits;
}

// The same caps, with deadlines long enough for sockets to be held while the caps are tried.
ConnectionLimits tightCapsOnly()
{
    ConnectionLimits limits = tight();
    limits.handshakeTimeoutMs = limits.helloTimeoutMs = limits.loginTimeoutMs = 60'000;
    return limits;
}

// A server with `limits` in place of its defaults.
void restart(TestServer &server, const ConnectionLimits &limits)
{
    server.stop();
    server.start(0, limits);
}

// The id of the message a change carries (0 for other kinds).
qint64 messageId(const Change &change)
{
    return change.kind == ChangeKind::Message ? change.data.value(QStringLiteral("id")).toInteger() : 0;
}

bool closedSoon(QTcpSocket &socket, int ms = 3000)
{
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, ms);
}

} // namespace

// The sync port under sockets that say nothing, crowds from one address, too many desks of one account and
// a desk that stops reading: each is let go by a limit, and honest clients keep being served.
class TestServerLimits : public QObject
{
    Q_OBJECT

private slots:
    void theLimitsFileIsReadAndCheckedInWords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("one limit") << QByteArray(R"({"sync":{"max_unauthenticated_per_source":4}})")
                                   << QString();
        QTest::newRow("empty") << QByteArray("{}") << QString();
        QTest::newRow("unknown key") << QByteArray(R"({"sync":{"max_sockets":4}})")
                                     << QStringLiteral("sync.max_sockets is not a limit this server knows");
        QTest::newRow("unknown section")
            << QByteArray(R"({"smtp":{}})")
            << QStringLiteral("\"smtp\" is not a section of the limits (sync, http, trusted_proxies)");
        QTest::newRow("trusted proxies")
            << QByteArray(R"({"trusted_proxies":["127.0.0.1","10.0.0.0/8","::1"]})") << QString();
        QTest::newRow("a proxy that is no address")
            << QByteArray(R"({"trusted_proxies":["proxy.example.com"]})")
            << QStringLiteral(
                   "trusted_proxies: \"proxy.example.com\" is neither an address nor a network (10.0.0.0/8)");
        QTest::newRow("proxies not a list")
            << QByteArray(R"({"trusted_proxies":"127.0.0.1"})")
            << QStringLiteral("trusted_proxies is a list of addresses and networks, as strings");
        QTest::newRow("an http limit") << QByteArray(R"({"http":{"max_upload_bytes":1048576}})") << QString();
        QTest::newRow("unknown http key")
            << QByteArray(R"({"http":{"max_sockets":4}})")
            << QStringLiteral("http.max_sockets is not a limit this server knows");
        QTest::newRow("http per source above total")
            << QByteArray(R"({"http":{"max_connections":10,"max_connections_per_source":20}})")
            << QStringLiteral("http: max_connections_per_source ≤ max_connections");
        QTest::newRow("negative") << QByteArray(R"({"sync":{"hello_timeout_ms":-5}})")
                                  << QStringLiteral("sync.hello_timeout_ms must be a positive whole number");
        QTest::newRow("a fraction") << QByteArray(R"({"sync":{"max_connections":10.5}})")
                                    << QStringLiteral("sync.max_connections must be a positive whole number");
        QTest::newRow("pages above the bound")
            << QByteArray(R"({"sync":{"max_page_bytes":50000000}})")
            << QStringLiteral(
                   "sync.disconnect_unsent_bytes must be above max_page_bytes (a page is queued whole) "
                   "and at least max_unsent_bytes");
    }

    void theLimitsFileIsReadAndCheckedInWords()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString said;
        const auto limits = ServerLimits::fromJson(json, &said);
        QCOMPARE(said, error);
        QCOMPARE(limits.has_value(), error.isEmpty());
        if (json.contains("max_unauthenticated_per_source"))
            QCOMPARE(limits->sync.maxUnauthenticatedPerSource, 4);
        if (json.contains("max_upload_bytes"))
            QCOMPARE(limits->http.maxUploadBytes, 1048576);
        if (json.contains("10.0.0.0/8")) {
            QVERIFY(limits->trustedProxies.trusts(QHostAddress(QStringLiteral("10.20.30.40"))));
            QVERIFY(limits->trustedProxies.trusts(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))));
            QVERIFY(!limits->trustedProxies.trusts(QHostAddress(QStringLiteral("127.0.0.2"))));
            QVERIFY(!limits->trustedProxies.trusts(QHostAddress(QStringLiteral("11.0.0.1"))));
        }
    }

    // Which address a request is from: the last one in X-Forwarded-For that is not a trusted proxy, only
    // when a trusted proxy says so.
    void theClientIsTheLastAddressNoTrustedProxyForwarded_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QString>("client");
        QTest::newRow("no proxy in between") << "192.0.2.1" << QByteArray("203.0.113.9") << "192.0.2.1";
        QTest::newRow("through the proxy") << "10.0.0.5" << QByteArray("203.0.113.9") << "203.0.113.9";
        QTest::newRow("through two") << "10.0.0.5" << QByteArray("1.2.3.4, 203.0.113.9, 10.0.0.7")
                                     << "203.0.113.9";
        QTest::newRow("a port and brackets")
            << "10.0.0.5" << QByteArray("[2001:db8::1]:8443") << "2001:db8::1";
        QTest::newRow("an IPv4 port") << "10.0.0.5" << QByteArray("203.0.113.9:52100") << "203.0.113.9";
        QTest::newRow("nothing forwarded") << "10.0.0.5" << QByteArray() << "10.0.0.5";
        QTest::newRow("garbage") << "10.0.0.5" << QByteArray("unknown") << "10.0.0.5";
        QTest::newRow("garbage before a client")
            << "10.0.0.5" << QByteArray("unknown, 203.0.113.9") << "203.0.113.9";
        QTest::newRow("only proxies") << "10.0.0.5" << QByteArray("10.0.0.8, 10.0.0.7") << "10.0.0.8";
        QTest::newRow("a dual-stack peer") << "::ffff:10.0.0.5" << QByteArray("203.0.113.9") << "203.0.113.9";
    }

    void theClientIsTheLastAddressNoTrustedProxyForwarded()
    {
        QFETCH(QString, peer);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QString, client);
        QString error;
        const auto proxies = TrustedProxies::parse({QStringLiteral("10.0.0.0/8")}, &error);
        QVERIFY2(proxies, qPrintable(error));
        QCOMPARE(proxies->clientOf(QHostAddress(peer), forwardedFor), QHostAddress(client));
    }

    // A trusted proxy carries many clients' sockets: it is not held to the cap per source of sockets not
    // logged in (the cap of all of them still holds).
    void aTrustedProxyIsNotHeldToTheCapPerSource()
    {
        TestServer server(20);
        restart(server, tightCapsOnly());
        QString error;
        server.context().proxies = *TrustedProxies::parse({QStringLiteral("127.0.0.1")}, &error);
        std::vector<std::unique_ptr<RawWsClient>> held;
        for (int i = 0; i < 5; ++i) { // three per source, five in all
            held.push_back(std::make_unique<RawWsClient>(server.port()));
            QVERIFY(held.back()->upgrade());
        }
        RawWsClient sixth(server.port());
        QVERIFY(closedSoon(sixth.socket()));
    }

    void aSocketThatNeverHandshakesIsClosed()
    {
        TestServer server(20);
        server.stop();
        server.start(0, tight());
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(idle.waitForConnected(3000));
        QVERIFY(closedSoon(idle));
    }

    void aSocketThatSaysNoHelloOrDoesNotLogInIsClosedWithWhy()
    {
        TestServer server(20);
        server.stop();
        server.start(0, tight());
        WsTestClient silent(server.port());
        QVERIFY(silent.isConnected());
        auto error = silent.nextOf<ErrorFrame>(1);
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::NotAuthenticated);
        QVERIFY2(error->message.contains(QStringLiteral("no hello")), qPrintable(error->message));
        QTRY_VERIFY_WITH_TIMEOUT(!silent.isConnected(), 3000);

        WsTestClient greeted(server.port());
        QVERIFY(greeted.hello());
        error = greeted.nextOf<ErrorFrame>(1);
        QVERIFY(error);
        QVERIFY2(error->message.contains(QStringLiteral("no log-in")), qPrintable(error->message));
        QTRY_VERIFY_WITH_TIMEOUT(!greeted.isConnected(), 3000);
    }

    // Sockets not logged in are capped per address and in all; logging in frees a place.
    void connectionsNotLoggedInAreCapped()
    {
        TestServer server(20);
        restart(server, tightCapsOnly());
        std::vector<std::unique_ptr<RawWsClient>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<RawWsClient>(server.port()));
            QVERIFY(held.back()->isOpen());
        }
        QTRY_COMPARE(server.server().connectionCount(), 0); // none is a desk yet: they only hold sockets
        RawWsClient fourth(server.port());
        QVERIFY(closedSoon(fourth.socket()));

        // Another address still gets in, up to the cap of all not logged in (5).
        RawWsClient other(server.port(), QHostAddress(QStringLiteral("127.0.0.2")));
        RawWsClient another(server.port(), QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(other.upgrade());
        QVERIFY(another.isOpen());
        RawWsClient sixth(server.port(), QHostAddress(QStringLiteral("127.0.0.3")));
        QVERIFY(closedSoon(sixth.socket()));

        // One of them logs in: its place is free for the next one.
        other.send(HelloFrame{1, QStringLiteral("test"), {}});
        other.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("password-alex")});
        std::optional<SessionFrame> session;
        for (int i = 0; i < 3 && !session; ++i) {
            const auto frame = other.next();
            QVERIFY(frame);
            if (const auto *s = std::get_if<SessionFrame>(&*frame))
                session = *s;
        }
        QVERIFY(session);
        RawWsClient seventh(server.port(), QHostAddress(QStringLiteral("127.0.0.3")));
        QVERIFY(seventh.upgrade());
    }

    void desksOfOneAccountAreCapped()
    {
        TestServer server(20);
        server.stop();
        server.start(0, tight());
        const auto logIn = [&](WsTestClient &client) {
            client.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("password-alex")});
            return client.nextOf<SessionFrame>(1).has_value();
        };
        WsTestClient first(server.port());
        WsTestClient second(server.port());
        WsTestClient third(server.port());
        QVERIFY(first.hello() && second.hello() && third.hello());
        QVERIFY(logIn(first));
        QVERIFY(logIn(second));
        third.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("password-alex")});
        const auto error = third.nextOf<ErrorFrame>(2);
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::RateLimited);
        QVERIFY2(error->message.contains(QStringLiteral("this account")), qPrintable(error->message));
        QTRY_VERIFY_WITH_TIMEOUT(!third.isConnected(), 3000);
        QVERIFY(first.isConnected() && second.isConnected());
        QTRY_COMPARE(server.server().connectionCount(), 2);
    }

    // Passwords are checked on worker threads: while every one of them is busy (here: held by the test)
    // and the queue is full, a logged-in desk is still answered, a further log-in is refused at once as
    // rate-limited, and the log-in that got a place in the queue is answered once a thread is free,
    // even past the log-in deadline, which waits while its password is checked.
    void aLoginStormDoesNotStallTheDesksAndIsBounded()
    {
        TestServer server(20);
        ConnectionLimits limits = tight();
        limits.loginTimeoutMs = 500;
        server.stop();
        server.start(0, limits);
        WsTestClient desk(server.port());
        QVERIFY(desk.hello());
        desk.send(LoginFrame{QStringLiteral("julia"), QStringLiteral("password-julia")});
        QVERIFY(desk.nextOf<SessionFrame>(1));

        QSemaphore release;
        int held = 0;
        QObject requester;
        int answered = 0;
        while (server.loginChecks().start([&release] { return release.acquire(), true; }, &requester,
                                          [&answered](bool) { ++answered; }))
            ++held;
        QVERIFY(held > 1);
        release.release(); // one held check ends: one place in the queue
        QTRY_COMPARE(answered, 1);

        WsTestClient waiting(server.port());
        QVERIFY(waiting.hello());
        waiting.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("password-alex")});
        QTRY_COMPARE(server.loginChecks().pending(), held);
        WsTestClient refused(server.port());
        QVERIFY(refused.hello());
        refused.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("password-alex")});
        const auto error = refused.nextOf<ErrorFrame>(1);
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::RateLimited);
        QVERIFY(refused.isConnected()); // it may try again

        desk.send(SyncFrame{server.store().generation(), 0, 10});
        QVERIFY(desk.nextOf<PageFrame>(5));
        // The refused one greeted later than the waiting one; its deadline passing means the waiting one's
        // would have too, had it not been paused.
        const auto late = refused.nextOf<ErrorFrame>(1);
        QVERIFY(late);
        QVERIFY2(late->message.contains(QStringLiteral("no log-in")), qPrintable(late->message));
        QVERIFY(waiting.isConnected());

        release.release(held);
        QVERIFY(waiting.nextOf<SessionFrame>(1));
        QTRY_COMPARE(answered, held);
        QTRY_COMPARE(server.loginChecks().pending(), 0);
    }

    // A desk that asks for pages and stops reading them is let go once its unsent data passes the bound;
    // from the cursor of what it had stored, it gets every change when it comes back.
    void aDeskThatStopsReadingIsLetGoAndResumesWithEverything()
    {
        TestServer server(200);
        ConnectionLimits limits = tight();
        limits.helloTimeoutMs = limits.loginTimeoutMs = 60'000;
        limits.maxPageBytes = 64 * 1024; // pages smaller than the bounds, as in the defaults
        limits.maxUnsentBytes = 256 * 1024;
        limits.disconnectUnsentBytes = 1024 * 1024;
        server.stop();
        server.start(0, limits);
        const qint64 head = server.store().head();

        RawWsClient slow(server.port(), QHostAddress(), 4096);
        QVERIFY(slow.upgrade());
        slow.send(HelloFrame{1, QStringLiteral("test"), {}});
        slow.send(LoginFrame{QStringLiteral("julia"), QStringLiteral("password-julia")});
        QList<Change> received;
        qint64 cursor = 0;
        for (int i = 0; i < 10 && cursor == 0; ++i) {
            slow.send(SyncFrame{server.store().generation(), 0, 300});
            for (int frames = 0; frames < 5; ++frames) {
                const auto frame = slow.next();
                QVERIFY(frame);
                if (const auto *page = std::get_if<PageFrame>(&*frame)) {
                    received += page->changes;
                    cursor = page->last;
                    break;
                }
            }
        }
        QVERIFY(cursor > 0 && cursor < head);
        QCOMPARE(server.server().connectionCount(), 1);

        // It stops reading and keeps asking for the whole log.
        slow.socket().setReadBufferSize(4096);
        for (int i = 0; i < 60; ++i)
            slow.send(SyncFrame{server.store().generation(), 0, 5000});
        QTRY_COMPARE_WITH_TIMEOUT(server.server().connectionCount(), 0, 20000);

        // Back from its cursor: everything after it arrives, so nothing of the log is missing.
        WsTestClient back(server.port());
        QVERIFY(back.hello());
        back.send(LoginFrame{QStringLiteral("julia"), QStringLiteral("password-julia")});
        QVERIFY(back.nextOf<SessionFrame>(1));
        bool more = true;
        while (more) {
            back.send(SyncFrame{server.store().generation(), cursor, 5000});
            const auto frame = back.next();
            QVERIFY(frame);
            if (const auto *error = std::get_if<ErrorFrame>(&*frame))
                QFAIL(qPrintable(error->message));
            const auto *page = std::get_if<PageFrame>(&*frame);
            QVERIFY2(page, qPrintable(FrameCodec::typeOf(*frame)));
            received += page->changes;
            cursor = page->last;
            more = page->more;
        }
        QSet<qint64> seqs;
        for (const Change &change : std::as_const(received))
            seqs.insert(change.seq);
        QCOMPARE(qint64(seqs.size()), head);
        QCOMPARE(cursor, head);
    }

    // Live desks that stop reading while customers keep writing: what the server holds for all of them
    // stays about its bound, a desk that reads gets every push on time, and the others get everything once
    // they read again.
    void liveDesksThatStopReadingCostTheBoundTogether()
    {
        TestServer server(5);
        ConnectionLimits limits;
        limits.maxConnectionsPerAccount = 16;
        limits.maxTotalUnsentBytes = 512 * 1024;
        limits.maxUnsentBeforeSync = 64 * 1024;
        limits.maxPageBytes = 256 * 1024; // a desk catching up is sent a page at a time
        server.stop();
        server.start(0, limits);

        const int slowCount = 6;
        std::vector<std::unique_ptr<RawWsClient>> slow;
        for (int i = 0; i < slowCount; ++i) {
            slow.push_back(std::make_unique<RawWsClient>(server.port(), QHostAddress(), 4096));
            RawWsClient &desk = *slow.back();
            QVERIFY(desk.upgrade());
            desk.send(HelloFrame{1, QStringLiteral("test"), {}});
            desk.send(LoginFrame{QStringLiteral("julia"), QStringLiteral("password-julia")});
            desk.send(SyncFrame{server.store().generation(), 0, 5000});
            bool live = false;
            for (int frames = 0; frames < 10 && !live; ++frames) {
                const auto frame = desk.next();
                QVERIFY(frame);
                if (const auto *page = std::get_if<PageFrame>(&*frame)) {
                    if (page->more)
                        desk.send(SyncFrame{server.store().generation(), page->last, 5000});
                    live = !page->more;
                }
            }
            QVERIFY(live);
            desk.socket().setReadBufferSize(4096); // and from now on it reads nothing
        }
        WsTestClient honest(server.port());
        QVERIFY(honest.hello());
        honest.send(LoginFrame{QStringLiteral("julia"), QStringLiteral("password-julia")});
        QVERIFY(honest.nextOf<SessionFrame>(1));
        honest.send(SyncFrame{QString(), 0, 5000});
        const auto first = honest.nextOf<PageFrame>(10);
        QVERIFY(first && !first->more);

        // Customers write 12 MB: 60 rounds of 10 messages of 20 KB.
        const Conversation conversation = server.seeded().conversations.front();
        QSet<qint64> written;
        qint64 peak = 0;
        for (int round = 0; round < 60; ++round) {
            DataBatch batch;
            const qint64 next = server.store().nextMessageId().value();
            for (int i = 0; i < 10; ++i) {
                Message m;
                m.id = MessageId(next + i);
                m.conversation = conversation.id;
                m.body = QString(20'000, QChar(u'a' + (i % 26)));
                m.sentAt = server.now();
                batch.messages.append(m);
                written.insert(m.id.value());
            }
            server.publish(batch);
            // The desk that reads has the round's messages before the next round.
            QSet<qint64> round10;
            while (round10.size() < 10) {
                const auto changes = honest.nextOf<ChangesFrame>(5);
                QVERIFY2(changes, "a desk that reads missed a push");
                for (const Change &change : changes->changes) {
                    if (const qint64 id = messageId(change); written.contains(id))
                        round10.insert(id);
                }
            }
            peak = std::max(peak, server.server().heldBytes());
        }
        // About the bound: past it only the desks that read got more, so each slow desk adds at most a
        // push or a page (one round is 200 KB) to what it had when the bound was reached.
        QVERIFY2(peak <= limits.maxTotalUnsentBytes +
                             slowCount * (limits.maxUnsentBeforeSync + limits.maxPageBytes + 64 * 1024),
                 qPrintable(QString::number(peak)));
        qInfo("held for all clients at most %lld bytes", peak);
        QCOMPARE(server.server().connectionCount(), slowCount + 1);

        // They read again: every message arrives, from where each had got to.
        for (auto &desk : slow) {
            desk->socket().setReadBufferSize(0);
            QSet<qint64> seen;
            while (seen.size() < written.size()) {
                const auto frame = desk->next();
                QVERIFY2(frame, qPrintable(QStringLiteral("%1 of %2").arg(seen.size()).arg(written.size())));
                if (const auto *changes = std::get_if<ChangesFrame>(&*frame)) {
                    for (const Change &change : changes->changes) {
                        if (const qint64 id = messageId(change); written.contains(id))
                            seen.insert(id);
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_serverlimits.moc"
