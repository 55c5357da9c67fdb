#include "demo/DemoRandom.h"
#include "protocol/FrameCodec.h"
#include "TestServer.h"
#include "WsTestClient.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace empathy;

using Client = empathy::test::WsTestClient;

class TestServerAuth : public QObject
{
    Q_OBJECT

private:
    // The demo team's accounts: alex is an agent, julia a lead; passwords "password-<login>".
    std::unique_ptr<empathy::test::TestServer> m_fixture;
    SqlServerStore *m_store = nullptr;
    AccountService *m_accounts = nullptr;

    quint16 port() const { return m_fixture->port(); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<empathy::test::TestServer>(0);
        m_store = &m_fixture->store();
        m_accounts = &m_fixture->accounts();
    }

    void cleanup() { m_fixture.reset(); }

    void passwordsAreArgon2idHashes()
    {
        const auto account = m_store->accountByLogin(QStringLiteral("alex"));
        QVERIFY(account);
        QVERIFY(account->passwordHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!account->passwordHash.contains(QStringLiteral("password-alex")));
        QVERIFY(
            !m_accounts
                 ->createUser(QStringLiteral("alex"), QString(), AgentRole::Agent, QStringLiteral("12345678"))
                 .isEmpty());
        QVERIFY(
            !m_accounts
                 ->createUser(QStringLiteral("short"), QString(), AgentRole::Agent, QStringLiteral("1234"))
                 .isEmpty());
    }

    // Checks run on worker threads; their answers come back on this thread, and only to a requester
    // that still exists.
    void passwordChecksRunOffTheEventLoop()
    {
        LoginChecks checks(1, 1);
        QThread *ranOn = nullptr;
        QObject requester;
        QList<bool> answers;
        QVERIFY(checks.start([&ranOn] { return ranOn = QThread::currentThread(), true; }, &requester,
                             [&answers](bool ok) {
                                 QCOMPARE(QThread::currentThread(), qApp->thread());
                                 answers.append(ok);
                             }));
        QTRY_COMPARE(answers, QList<bool>{true});
        QVERIFY(ranOn && ranOn != qApp->thread());

        auto gone = std::make_unique<QObject>();
        bool calledForGone = false;
        QVERIFY(
            checks.start([] { return false; }, gone.get(), [&calledForGone](bool) { calledForGone = true; }));
        gone.reset();
        QTRY_COMPARE(checks.pending(), 0);
        QVERIFY(!calledForGone);

        // One thread and one place in the queue: a third check at once is refused.
        QSemaphore release;
        QVERIFY(checks.start([&release] { return release.acquire(), true; }, &requester, [](bool) {}));
        QVERIFY(checks.start([] { return true; }, &requester, [](bool) {}));
        QVERIFY(!checks.start([] { return true; }, &requester, [](bool) {}));
        release.release();
        QTRY_COMPARE(checks.pending(), 0);
        QVERIFY(checks.start([] { return true; }, &requester, [](bool) {}));
        QTRY_COMPARE(checks.pending(), 0);
    }

    void wrongPasswordIsRefusedWhenCheckedInSteps()
    {
        const auto known = m_accounts->beginLogin(QStringLiteral("alex"));
        const auto unknown = m_accounts->beginLogin(QStringLiteral("nobody"));
        QVERIFY(known.account && !unknown.account);
        QVERIFY(!unknown.hash.isEmpty()); // a decoy: an unknown name costs as long as a known one
        QVERIFY(m_accounts->passwordMatches(known, QStringLiteral("password-alex")));
        QVERIFY(!m_accounts->passwordMatches(known, QStringLiteral("password-julia")));
        QVERIFY(!m_accounts->passwordMatches(unknown, QStringLiteral("not a real password")));
        QVERIFY(std::holds_alternative<ErrorFrame>(m_accounts->finishLogin(unknown, true)));
        QVERIFY(std::holds_alternative<ErrorFrame>(m_accounts->finishLogin(known, false)));
        QVERIFY(std::holds_alternative<SessionFrame>(m_accounts->finishLogin(known, true)));
    }

    void handshakeNegotiatesFeatures()
    {
        Client client(port());
        QVERIFY(client.isConnected());
        client.send(HelloFrame{1, QStringLiteral("test"), {QStringLiteral("ops")}});
        const auto welcome = client.nextOf<WelcomeFrame>(1);
        QVERIFY(welcome);
        QCOMPARE(welcome->protocol, 1);
        QCOMPARE(welcome->generation, m_store->generation());
        QVERIFY(welcome->features.contains(QStringLiteral("ops")));
    }

    void nothingBeforeHelloAndLogin()
    {
        Client client(port());
        client.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("password-alex")});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::NotAuthenticated));
        QVERIFY(client.hello());
        client.send(LogoutFrame{});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::NotAuthenticated));
    }

    void wrongPasswordAndUnknownUserAreRefusedAlike()
    {
        Client client(port());
        QVERIFY(client.hello());
        client.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("wrong")});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::BadCredentials));
        client.send(LoginFrame{QStringLiteral("nobody"), QStringLiteral("password-alex")});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::BadCredentials));
    }

    void loginResumeLogout()
    {
        QString token;
        {
            Client client(port());
            QVERIFY(client.hello());
            client.send(LoginFrame{QStringLiteral("julia"), QStringLiteral("password-julia")});
            const auto session = client.nextOf<SessionFrame>(1);
            QVERIFY(session);
            QCOMPARE(session->agent.role, AgentRole::Lead);
            QCOMPARE(session->expires, m_fixture->now().addDays(7));
            QCOMPARE(session->token.size(), 64);
            token = session->token;
        }
        Client again(port());
        QVERIFY(again.hello());
        again.send(ResumeFrame{token});
        const auto resumed = again.nextOf<SessionFrame>(1);
        QVERIFY(resumed);
        QCOMPARE(resumed->agent.login, QStringLiteral("julia"));
        again.send(LogoutFrame{});
        QTRY_VERIFY(!m_store->session(AccountService::tokenHash(token)));

        Client third(port());
        QVERIFY(third.hello());
        third.send(ResumeFrame{token});
        QCOMPARE(third.nextError(), std::optional<ErrorCode>(ErrorCode::TokenExpired));
    }

    void expiredTokenIsRefused()
    {
        Client client(port());
        QVERIFY(client.hello());
        client.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("password-alex")});
        const auto session = client.nextOf<SessionFrame>(1);
        QVERIFY(session);
        m_fixture->setNow(m_fixture->now().addDays(8));
        Client later(port());
        QVERIFY(later.hello());
        later.send(ResumeFrame{session->token});
        QCOMPARE(later.nextError(), std::optional<ErrorCode>(ErrorCode::TokenExpired));
    }

    void disabledUserIsLockedOut()
    {
        Client client(port());
        QVERIFY(client.hello());
        client.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("password-alex")});
        const auto session = client.nextOf<SessionFrame>(1);
        QVERIFY(session);
        QCOMPARE(m_accounts->setDisabled(QStringLiteral("alex"), true), QString());
        client.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("password-alex")});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::BadCredentials));
        client.send(ResumeFrame{session->token});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::TokenExpired));
    }

    void malformedFramesAreAnsweredAndTheConnectionLives()
    {
        Client client(port());
        client.sendRaw(QStringLiteral("this is not json"));
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::BadMessage));
        client.sendRaw(QStringLiteral("{\"type\":\"teleport\"}"));
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::UnknownType));
        client.socket().sendBinaryMessage(QByteArray("\x01\x02", 2));
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::BadMessage));
        QVERIFY(client.hello());
    }

    void tenThousandRandomFramesLeaveTheServerAnswering()
    {
        m_fixture->stop();
        ConnectionLimits generous;
        generous.maxFramesPerWindow = 1'000'000;
        m_fixture->start(0, generous);
        Client client(port());
        QVERIFY(client.isConnected());
        DemoRandom random(77);
        const QString valid =
            QString::fromUtf8(FrameCodec::encode(LoginFrame{QStringLiteral("alex"), QStringLiteral("x")}));
        for (int i = 0; i < 10000; ++i) {
            QString text;
            if (i % 2 == 0) {
                text = valid.left(random.below(int(valid.size())));
            } else {
                for (int n = random.below(120); n > 0; --n)
                    text.append(QChar(char16_t(32 + random.below(0x2FF))));
            }
            client.sendRaw(text);
        }
        // Every frame is answered in order; after 10,000 answers the server still greets.
        client.send(HelloFrame{1, QStringLiteral("test"), {}});
        QVERIFY(client.nextOf<WelcomeFrame>(10001));
        Client other(port());
        QVERIFY(other.hello());
    }

    void floodsAreRateLimited()
    {
        Client client(port());
        for (int i = 0; i < 260; ++i)
            client.sendRaw(QStringLiteral("{\"type\":\"nothing\"}"));
        const auto limited = client.nextOf<ErrorFrame>(300);
        QVERIFY(limited);
        int rateLimited = limited->code == ErrorCode::RateLimited ? 1 : 0;
        while (const auto frame = client.next()) {
            if (const auto *error = std::get_if<ErrorFrame>(&*frame);
                error && error->code == ErrorCode::RateLimited)
                ++rateLimited;
            if (rateLimited > 0 && client.socket().bytesToWrite() == 0)
                break;
        }
        QCOMPARE(rateLimited, 1);
    }

    void oversizedFramesCloseTheConnection()
    {
        Client client(port());
        QVERIFY(client.hello());
        QSignalSpy closed(&client.socket(), &QWebSocket::disconnected);
        client.sendRaw(QString(2 * 1024 * 1024, u'x'));
        QVERIFY(closed.wait(5000));
        Client other(port());
        QVERIFY(other.hello());
    }

    void unknownPathIsRefused()
    {
        QWebSocket socket;
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/other").arg(port())));
        QVERIFY(disconnected.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"
