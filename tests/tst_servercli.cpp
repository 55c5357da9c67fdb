#include "ProcessRun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real empathy-server executable as an administrator would.
class TestServerCli : public QObject
{
    Q_OBJECT

private:
    using Result = empathy::test::ProcessResult;

    static Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        return empathy::test::runProcess(QStringLiteral(EMPATHY_SERVER_BINARY), arguments, input);
    }

private slots:
    void versionAndHelp()
    {
        QVERIFY(run({QStringLiteral("--version")}).out.startsWith(QStringLiteral("empathy-server ")));
        QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("--create-user")));
    }

    void aChatSocketAddressThatIsNoneIsRefused()
    {
        QTemporaryDir dir;
        for (const char *url : {"http://support.example.com/chat", "chat", "//support.example.com/chat",
                                "wss://", "/chat?x=<script>"}) {
            const Result refused = run({QStringLiteral("--data-dir"), dir.path(),
                                        QStringLiteral("--chat-socket-url"), QString::fromUtf8(url)});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(
                refused.err.contains(QStringLiteral("--chat-socket-url takes a ws:// or wss:// address")),
                qPrintable(refused.err));
        }
    }

    void accountsFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QStringList base{QStringLiteral("--data-dir"), dir.path()};
        const Result created =
            run(base + QStringList{QStringLiteral("--create-user"), QStringLiteral("julia"),
                                   QStringLiteral("--role"), QStringLiteral("lead")},
                "a long enough password\n");
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.contains(QStringLiteral("created julia (lead)")));

        const Result again = run(base + QStringList{QStringLiteral("--create-user"), QStringLiteral("julia")},
                                 "another password\n");
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("taken")));

        const Result weak =
            run(base + QStringList{QStringLiteral("--create-user"), QStringLiteral("tom")}, "short\n");
        QCOMPARE(weak.exitCode, 2);
        QVERIFY(weak.err.contains(QStringLiteral("8 characters")));

        const Result badRole = run(base + QStringList{QStringLiteral("--create-user"), QStringLiteral("tom"),
                                                      QStringLiteral("--role"), QStringLiteral("king")},
                                   "long enough password\n");
        QCOMPARE(badRole.exitCode, 2);

        QCOMPARE(run(base + QStringList{QStringLiteral("--disable-user"), QStringLiteral("julia")}).exitCode,
                 0);
        QCOMPARE(run(base + QStringList{QStringLiteral("--disable-user"), QStringLiteral("nobody")}).exitCode,
                 2);
        QCOMPARE(run(base + QStringList{QStringLiteral("--enable-user"), QStringLiteral("julia")}).exitCode,
                 0);
    }

    void stopsCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        QProcess server;
        // Both ports free ones: a fixed port collides with another run of the suite on the machine.
        server.start(QStringLiteral(EMPATHY_SERVER_BINARY),
                     {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--port"), QStringLiteral("0"),
                      QStringLiteral("--http-port"), QStringLiteral("0")});
        QByteArray out;
        connect(&server, &QProcess::readyReadStandardOutput, this,
                [&] { out += server.readAllStandardOutput(); });
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("listening on"), 10000);
        server.terminate(); // SIGTERM
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(server.readAllStandardError().contains("\"event\":\"stopped\""));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
