#include "auth/AccountService.h"
#include "auth/PasswordHasher.h"
#include "demo/DemoRandom.h"
#include "net/ServerLog.h"
#include "net/SyncServer.h"
#include "ops/OperationService.h"
#include "protocol/FrameCodec.h"
#include "storage/SqlServerStore.h"
#include "WsTestClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace empathy;

using Client = empathy::test::WsTestClient;

class TestServerAuth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqlServerStore> m_store;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ServerLog> m_log;
    std::unique_ptr<OperationService> m_operations;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<SyncServer> m_server;
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

    void startServer(ConnectionLimits limits = {})
    {
        m_server.reset();
        m_context = std::make_unique<ServerContext>(
            ServerContext{*m_accounts, *m_store, *m_operations, *m_log, limits});
        m_server = std::make_unique<SyncServer>(*m_context);
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

private slots:
    void init()
    {
        m_store = std::make_unique<SqlServerStore>(
            m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch())));
        m_hasher = std::make_unique<PasswordHasher>(PasswordHasher::Strength::Minimal);
        m_accounts = std::make_unique<AccountService>(
            *m_store, *m_hasher, [this] { return m_now; }, 7 * 24 * 3600);
        m_log = std::make_unique<ServerLog>(nullptr);
        m_operations = std::make_unique<OperationService>(*m_store, [this] { return m_now; });
        QCOMPARE(m_accounts->createUser(QStringLiteral("alex"), QStringLiteral("Alex Morgan"),
                                        AgentRole::Agent, QStringLiteral("correct horse")),
                 QString());
        QCOMPARE(m_accounts->createUser(QStringLiteral("julia"), QString(), AgentRole::Lead,
                                        QStringLiteral("battery staple")),
                 QString());
        startServer();
    }

    void cleanup()
    {
        m_server.reset();
        m_context.reset();
        m_operations.reset();
        m_accounts.reset();
        m_store.reset();
    }

    void passwordsAreArgon2idHashes()
    {
        const auto account = m_store->accountByLogin(QStringLiteral("alex"));
        QVERIFY(account);
        QVERIFY(account->passwordHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!account->passwordHash.contains(QStringLiteral("correct horse")));
        QVERIFY(
            !m_accounts
                 ->createUser(QStringLiteral("alex"), QString(), AgentRole::Agent, QStringLiteral("12345678"))
                 .isEmpty());
        QVERIFY(
            !m_accounts
                 ->createUser(QStringLiteral("short"), QString(), AgentRole::Agent, QStringLiteral("1234"))
                 .isEmpty());
    }

    void handshakeNegotiatesFeatures()
    {
        Client client(m_server->port());
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
        Client client(m_server->port());
        client.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("correct horse")});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::NotAuthenticated));
        QVERIFY(client.hello());
        client.send(LogoutFrame{});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::NotAuthenticated));
    }

    void wrongPasswordAndUnknownUserAreRefusedAlike()
    {
        Client client(m_server->port());
        QVERIFY(client.hello());
        client.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("wrong")});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::BadCredentials));
        client.send(LoginFrame{QStringLiteral("nobody"), QStringLiteral("correct horse")});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::BadCredentials));
    }

    void loginResumeLogout()
    {
        QString token;
        {
            Client client(m_server->port());
            QVERIFY(client.hello());
            client.send(LoginFrame{QStringLiteral("julia"), QStringLiteral("battery staple")});
            const auto session = client.nextOf<SessionFrame>(1);
            QVERIFY(session);
            QCOMPARE(session->agent.role, AgentRole::Lead);
            QCOMPARE(session->expires, m_now.addDays(7));
            QCOMPARE(session->token.size(), 64);
            token = session->token;
        }
        Client again(m_server->port());
        QVERIFY(again.hello());
        again.send(ResumeFrame{token});
        const auto resumed = again.nextOf<SessionFrame>(1);
        QVERIFY(resumed);
        QCOMPARE(resumed->agent.login, QStringLiteral("julia"));
        again.send(LogoutFrame{});
        QTRY_VERIFY(!m_store->session(AccountService::tokenHash(token)));

        Client third(m_server->port());
        QVERIFY(third.hello());
        third.send(ResumeFrame{token});
        QCOMPARE(third.nextError(), std::optional<ErrorCode>(ErrorCode::TokenExpired));
    }

    void expiredTokenIsRefused()
    {
        Client client(m_server->port());
        QVERIFY(client.hello());
        client.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("correct horse")});
        const auto session = client.nextOf<SessionFrame>(1);
        QVERIFY(session);
        m_now = m_now.addDays(8);
        Client later(m_server->port());
        QVERIFY(later.hello());
        later.send(ResumeFrame{session->token});
        QCOMPARE(later.nextError(), std::optional<ErrorCode>(ErrorCode::TokenExpired));
    }

    void disabledUserIsLockedOut()
    {
        Client client(m_server->port());
        QVERIFY(client.hello());
        client.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("correct horse")});
        const auto session = client.nextOf<SessionFrame>(1);
        QVERIFY(session);
        QCOMPARE(m_accounts->setDisabled(QStringLiteral("alex"), true), QString());
        client.send(LoginFrame{QStringLiteral("alex"), QStringLiteral("correct horse")});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::BadCredentials));
        client.send(ResumeFrame{session->token});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::TokenExpired));
    }

    void malformedFramesAreAnsweredAndTheConnectionLives()
    {
        Client client(m_server->port());
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
        m_server.reset();
        startServer(ConnectionLimits{1024 * 1024, 1'000'000, 10'000});
        Client client(m_server->port());
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
        Client other(m_server->port());
        QVERIFY(other.hello());
    }

    void floodsAreRateLimited()
    {
        Client client(m_server->port());
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
        Client client(m_server->port());
        QVERIFY(client.hello());
        QSignalSpy closed(&client.socket(), &QWebSocket::disconnected);
        client.sendRaw(QString(2 * 1024 * 1024, u'x'));
        QVERIFY(closed.wait(5000));
        Client other(m_server->port());
        QVERIFY(other.hello());
    }

    void unknownPathIsRefused()
    {
        QWebSocket socket;
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/other").arg(m_server->port())));
        QVERIFY(disconnected.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"
