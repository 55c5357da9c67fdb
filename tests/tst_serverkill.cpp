#include "sql/SqliteStatement.h"
#include "sync/SyncEngine.h"
#include "TestProfile.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

namespace {

const QString password = QStringLiteral("kill-test-password");

// The real empathy-server executable, killed with SIGKILL and started again on the same port and data.
class ServerProcess
{
public:
    explicit ServerProcess(int seed)
        : m_seed(seed)
    {
        QTcpServer probe; // a free port to keep across restarts
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    ~ServerProcess() { kill(); }

    bool start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->start(QStringLiteral(EMPATHY_SERVER_BINARY),
                         {QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--port"),
                          QString::number(m_port), QStringLiteral("--http-port"), QStringLiteral("0"),
                          QStringLiteral("--demo-team"), QStringLiteral("--seed-demo"),
                          QString::number(m_seed)});
        if (!m_process->waitForStarted(10000))
            return false;
        m_process->write(password.toUtf8() + '\n');
        m_process->closeWriteChannel();
        QByteArray out;
        for (int i = 0; i < 600 && !out.contains("listening on"); ++i) {
            m_process->waitForReadyRead(100);
            out += m_process->readAllStandardOutput();
        }
        return out.contains("listening on");
    }

    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill(); // SIGKILL: no clean-up at all
            m_process->waitForFinished(5000);
        }
    }

    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)); }
    QString storePath() const { return m_dir.filePath(QStringLiteral("empathy-server.sqlite")); }

    qint64 count(const QString &sql, const QString &value = QString()) const
    {
        SqliteDatabase db(storePath(), SqliteDatabase::Mode::ReadOnly);
        auto statement = db.prepare(sql);
        if (!value.isNull())
            statement.bind(1, value);
        return statement.step() ? statement.int64(0) : -1;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    int m_seed;
};

} // namespace

class TestServerKill : public QObject
{
    Q_OBJECT

private slots:
    void killedDuringInitialSync()
    {
        ServerProcess server(4000);
        QVERIFY(server.start());
        TestProfile lead;
        SyncEngine engine(lead.reader(), lead.writer());
        engine.setBackoff(50, 300);
        // The server dies as soon as the first messages are stored, while later pages are on their way.
        bool killed = false;
        connect(&engine, &SyncEngine::cacheChanged, this, [&] {
            if (!killed && engine.state() == SyncEngine::State::Syncing &&
                lead.db().scalar("SELECT count(*) FROM messages") > 0) {
                killed = true;
                server.kill();
            }
        });
        bool lost = false; // the engine noticed: what arrived before the kill is stored
        connect(&engine, &SyncEngine::stateChanged, this, [&](SyncEngine::State state) {
            lost = lost || (killed && state == SyncEngine::State::Offline);
        });
        engine.start(server.url(), QStringLiteral("julia"), password);
        QTRY_VERIFY_WITH_TIMEOUT(killed, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(lost, 10000);
        const qint64 partial = lead.db().scalar("SELECT count(*) FROM messages");
        QVERIFY(partial > 0);
        QVERIFY(partial < server.count(QStringLiteral("SELECT count(*) FROM messages")));
        QVERIFY(server.start());
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Online, 60000);

        QCOMPARE(lead.db().scalar("SELECT count(*) FROM messages"),
                 server.count(QStringLiteral("SELECT count(*) FROM messages")));
        QCOMPARE(lead.db().scalar("SELECT count(*) FROM conversations"),
                 server.count(QStringLiteral("SELECT count(*) FROM conversations")));
        QCOMPARE(lead.reader().syncCursor().cursor,
                 server.count(QStringLiteral("SELECT max(seq) FROM changes")));
        // The summaries were not counted twice by a page that arrived again.
        QCOMPARE(lead.db().scalar("SELECT sum(message_count) FROM conversations"),
                 lead.db().scalar("SELECT count(*) FROM messages"));
    }

    void killedDuringABurstOfFiftyOperations()
    {
        ServerProcess server(300);
        QVERIFY(server.start());
        TestProfile alex;
        SyncEngine engine(alex.reader(), alex.writer());
        engine.setBackoff(50, 300);
        engine.start(server.url(), QStringLiteral("alex"), password);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Online, 60000);

        // Alex may answer every conversation he can see (his own and unassigned ones).
        QList<qint64> conversations;
        auto visible =
            alex.db().prepare("SELECT id FROM conversations WHERE status <> 3 ORDER BY id LIMIT 5");
        while (visible.step())
            conversations << visible.int64(0);
        QVERIFY(!conversations.isEmpty());
        const AgentId me = alex.reader().ownAgent().isValid() ? alex.reader().ownAgent() : AgentId(1);
        for (int i = 0; i < 50; ++i)
            alex.writer().queueReply(ConversationId(conversations.at(i % conversations.size())),
                                     QStringLiteral("burst reply %1").arg(i, 2, 10, QLatin1Char('0')), me,
                                     QDateTime::currentDateTimeUtc(), Language::English);
        // Kill the server the moment the first acknowledgement is stored: the others are then applied but
        // not acknowledged, or not applied at all.
        bool killed = false;
        connect(&engine, &SyncEngine::cacheChanged, this, [&] {
            if (!killed && alex.reader().pendingOperationCount() < 50) {
                killed = true;
                server.kill();
            }
        });
        engine.flushOutbox();
        QTRY_VERIFY_WITH_TIMEOUT(killed, 30000);
        QVERIFY(alex.reader().pendingOperationCount() >= 40); // at most one window was in flight
        QVERIFY(server.start());
        QTRY_COMPARE_WITH_TIMEOUT(alex.reader().pendingOperationCount(), 0, 60000);

        for (int i = 0; i < 50; ++i) {
            const QString body = QStringLiteral("burst reply %1").arg(i, 2, 10, QLatin1Char('0'));
            QCOMPARE(
                server.count(
                    QStringLiteral("SELECT count(*) FROM messages WHERE json_extract(data, '$.body') = ?1"),
                    body),
                1);
            auto local =
                alex.db().prepare("SELECT count(*), min(id), max(delivery) FROM messages WHERE body = ?1");
            local.bind(1, body);
            QVERIFY(local.step());
            QCOMPARE(local.int64(0), 1);
            QVERIFY(local.int64(1) > 0);
            QCOMPARE(local.int32(2), int(DeliveryState::Delivered));
        }
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM operations")), 50);
    }
};

QTEST_GUILESS_MAIN(TestServerKill)
#include "tst_serverkill.moc"
