#include "protocol/Features.h"
#include "sql/SqliteStatement.h"
#include "sync/SyncEngine.h"
#include "TestDesk.h"
#include "TestProfile.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initialSyncIsCompleteAndCorrect()
    {
        TestServer server(600);
        Desk lead;
        lead.engine.start(server.url(), QStringLiteral("julia"), QStringLiteral("password-julia"));
        QTRY_COMPARE_WITH_TIMEOUT(lead.engine.state(), SyncEngine::State::Online, 20000);
        const DataBatch &seeded = server.seeded();
        QCOMPARE(lead.count("SELECT count(*) FROM conversations"), seeded.conversations.size());
        QCOMPARE(lead.count("SELECT count(*) FROM messages"), seeded.messages.size());
        QCOMPARE(lead.count("SELECT count(*) FROM customers"), seeded.customers.size());
        QCOMPARE(lead.count("SELECT count(*) FROM agents"), 12);
        QCOMPARE(lead.profile.reader().syncCursor().cursor, server.store().head());
        QCOMPARE(lead.profile.reader().syncCursor().generation, server.store().generation());
        // Spot-check content: every seeded message body is there under its id.
        auto body = lead.profile.db().prepare("SELECT body FROM messages WHERE id = ?1");
        for (int i = 0; i < seeded.messages.size(); i += 97) {
            body.bind(1, seeded.messages.at(i).id.value());
            QVERIFY(body.step());
            QCOMPARE(body.text(0), seeded.messages.at(i).body);
            body.reset();
        }

        Desk alex;
        alex.engine.start(server.url(), QStringLiteral("alex"), QStringLiteral("password-alex"));
        QTRY_COMPARE_WITH_TIMEOUT(alex.engine.state(), SyncEngine::State::Online, 20000);
        const AgentId alexId = server.agent(QStringLiteral("alex"));
        QVERIFY(alex.count("SELECT count(*) FROM conversations") < seeded.conversations.size());
        auto foreign =
            alex.profile.db().prepare("SELECT count(*) FROM conversations WHERE assignee_id <> ?1");
        foreign.bind(1, alexId.value());
        QVERIFY(foreign.step());
        QCOMPARE(foreign.int64(0), 0);
    }

    void liveChangesReachEveryClient()
    {
        TestServer server(100);
        Desk lead;
        Desk alex;
        lead.engine.start(server.url(), QStringLiteral("julia"), QStringLiteral("password-julia"));
        alex.engine.start(server.url(), QStringLiteral("alex"), QStringLiteral("password-alex"));
        QTRY_COMPARE_WITH_TIMEOUT(lead.engine.state(), SyncEngine::State::Online, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(alex.engine.state(), SyncEngine::State::Online, 20000);

        const ConversationId target = firstUnassigned(server.seeded());
        QVERIFY(target.isValid());
        Message incoming;
        incoming.id = MessageId(900000);
        incoming.conversation = target;
        incoming.direction = Direction::Inbound;
        incoming.body = QStringLiteral("Czy ktoś w ogóle czyta te wiadomości?");
        incoming.sentAt = QDateTime(QDate(2026, 3, 1), QTime(9, 5), Qt::UTC);
        DataBatch batch;
        batch.messages = {incoming};
        server.publish(batch);

        QTRY_COMPARE(lead.count("SELECT count(*) FROM messages WHERE id = 900000"), 1);
        QTRY_COMPARE(alex.count("SELECT count(*) FROM messages WHERE id = 900000"), 1);
        const auto row = alex.profile.reader().inboxRow(target);
        QCOMPARE(row->preview, incoming.body);
    }

    void replyIsPendingUntilAcknowledged()
    {
        TestServer server(100);
        Desk alex;
        alex.engine.start(server.url(), QStringLiteral("alex"), QStringLiteral("password-alex"));
        QTRY_COMPARE_WITH_TIMEOUT(alex.engine.state(), SyncEngine::State::Online, 20000);
        const ConversationId target = firstUnassigned(server.seeded());
        const MessageId local = alex.profile.writer().queueReply(
            target, QStringLiteral("Already on it, sorry!"), server.agent(QStringLiteral("alex")),
            QDateTime::currentDateTimeUtc(), Language::English);
        QVERIFY(local.value() < 0);
        alex.engine.flushOutbox();
        QTRY_COMPARE(alex.profile.reader().pendingOperationCount(), 0);
        QCOMPARE(alex.count("SELECT count(*) FROM messages WHERE id < 0"), 0);
        auto delivered = alex.profile.db().prepare(
            "SELECT id, delivery FROM messages WHERE body = 'Already on it, sorry!'");
        QVERIFY(delivered.step());
        QVERIFY(delivered.int64(0) > 0);
        QCOMPARE(delivered.int32(1), int(DeliveryState::Delivered));
        QVERIFY(!delivered.step()); // exactly one copy
        QCOMPARE(server.store().conversation(target)->assignee, server.agent(QStringLiteral("alex")));
    }

    // A server that takes no operations (it did not list "ops" in its welcome) is never sent one: the
    // desk syncs, and what the agent does waits in the outbox, unsent, until a server takes it.
    void aServerWithoutOperationsIsNotSentThem()
    {
        TestServer server(100);
        server.context().features = {QStringLiteral("sync-pages")};
        server.stop();
        server.start();
        Desk alex;
        alex.engine.start(server.url(), QStringLiteral("alex"), QStringLiteral("password-alex"));
        QTRY_COMPARE_WITH_TIMEOUT(alex.engine.state(), SyncEngine::State::Online, 20000);
        QCOMPARE(alex.engine.features(), QStringList{QStringLiteral("sync-pages")});
        const ConversationId target = firstUnassigned(server.seeded());
        alex.profile.writer().queueReply(target, QStringLiteral("Waiting for a server that takes it"),
                                         server.agent(QStringLiteral("alex")), server.now(),
                                         Language::English);
        alex.engine.flushOutbox(); // sends at once when it sends at all (it counts the attempt first)
        const QList<CacheReader::OutboxEntry> waiting = alex.profile.reader().outbox();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.front().attempts, 0);

        // The same server taking operations again: the reply goes, once.
        alex.engine.stop();
        server.context().features = allFeatures();
        alex.engine.start(server.url(), QStringLiteral("alex"), QStringLiteral("password-alex"));
        QTRY_COMPARE_WITH_TIMEOUT(alex.profile.reader().pendingOperationCount(), 0, 20000);
        QCOMPARE(alex.engine.features(), allFeatures());
        QCOMPARE(
            alex.count("SELECT count(*) FROM messages WHERE body = 'Waiting for a server that takes it'"), 1);
    }

    void offlineRepliesGoOutInOrderOnReconnect()
    {
        TestServer server(100);
        Desk alex;
        alex.engine.start(server.url(), QStringLiteral("alex"), QStringLiteral("password-alex"));
        QTRY_COMPARE_WITH_TIMEOUT(alex.engine.state(), SyncEngine::State::Online, 20000);
        server.stop();
        QTRY_COMPARE(alex.engine.state() == SyncEngine::State::Online, false);

        const ConversationId target = firstUnassigned(server.seeded());
        const AgentId me = server.agent(QStringLiteral("alex"));
        for (int i = 1; i <= 3; ++i)
            alex.profile.writer().queueReply(target, QStringLiteral("offline reply %1").arg(i), me,
                                             QDateTime::currentDateTimeUtc().addSecs(i), Language::English);
        alex.engine.flushOutbox(); // offline: nothing is sent, nothing is lost
        QCOMPARE(alex.profile.reader().pendingOperationCount(), 3);

        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(alex.profile.reader().pendingOperationCount(), 0, 20000);
        auto sent = alex.profile.db().prepare(
            "SELECT body FROM messages WHERE body LIKE 'offline reply %' ORDER BY id");
        QStringList bodies;
        while (sent.step())
            bodies << sent.text(0);
        QCOMPARE(bodies, (QStringList{QStringLiteral("offline reply 1"), QStringLiteral("offline reply 2"),
                                      QStringLiteral("offline reply 3")}));
    }

    void storedSessionIsResumedWithoutPassword()
    {
        TestServer server(20);
        Desk alex;
        alex.engine.start(server.url(), QStringLiteral("alex"), QStringLiteral("password-alex"));
        QTRY_COMPARE_WITH_TIMEOUT(alex.engine.state(), SyncEngine::State::Online, 20000);
        alex.engine.stop();
        SyncEngine again(alex.profile.reader(), alex.profile.writer());
        again.start(server.url(), QStringLiteral("alex"), QString());
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), SyncEngine::State::Online, 20000);
    }

    void wrongPasswordIsRefused()
    {
        TestServer server(5);
        Desk alex;
        alex.engine.start(server.url(), QStringLiteral("alex"), QStringLiteral("guess"));
        QTRY_COMPARE_WITH_TIMEOUT(alex.engine.state(), SyncEngine::State::Refused, 20000);
        QCOMPARE(alex.count("SELECT count(*) FROM conversations"), 0);
    }

    void newServerGenerationForcesAFullResync()
    {
        TestServer server(50, 21);
        Desk lead;
        lead.engine.start(server.url(), QStringLiteral("julia"), QStringLiteral("password-julia"));
        QTRY_COMPARE_WITH_TIMEOUT(lead.engine.state(), SyncEngine::State::Online, 20000);
        const QString before = lead.profile.reader().syncCursor().generation;
        server.replaceStore(); // e.g. restored from another backup: a new generation with other data
        QTRY_VERIFY_WITH_TIMEOUT(lead.profile.reader().syncCursor().generation != before, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(lead.engine.state(), SyncEngine::State::Online, 20000);
        QCOMPARE(lead.profile.reader().syncCursor().generation, server.store().generation());
        QCOMPARE(lead.count("SELECT count(*) FROM conversations"), server.seeded().conversations.size());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
