#include "net/SyncServer.h"
#include "protocol/DomainJson.h"
#include "protocol/Features.h"
#include "protocol/Operation.h"
#include "storage/SqlServerStore.h"
#include "TestServer.h"
#include "WsTestClient.h"

#include <QTest>

using namespace empathy;
using Client = empathy::test::WsTestClient;

// Sync pages, role visibility, exactly-once operations and live push, against a real server over
// loopback WebSockets.
class TestServerSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<empathy::test::TestServer> m_fixture;
    SqlServerStore *m_store = nullptr;
    SyncServer *m_server = nullptr;
    AgentId m_alex;
    AgentId m_sara;
    DataBatch m_batch;

    std::unique_ptr<Client> loggedIn(const QString &user)
    {
        auto client = std::make_unique<Client>(m_fixture->port());
        if (!client->hello())
            return nullptr;
        client->send(LoginFrame{user, QStringLiteral("password-") + user});
        if (!client->nextOf<SessionFrame>(1))
            return nullptr;
        return client;
    }

    // Syncs from the start in pages of `limit`; returns every change received.
    QList<Change> syncAll(Client &client, int limit, int *pages = nullptr)
    {
        QList<Change> all;
        qint64 after = 0;
        for (int page = 1; page < 10000; ++page) {
            client.send(SyncFrame{m_store->generation(), after, limit});
            const auto frame = client.nextOf<PageFrame>(1);
            if (!frame)
                return {};
            all.append(frame->changes);
            after = frame->last;
            if (!frame->more) {
                if (pages)
                    *pages = page;
                return all;
            }
        }
        return {};
    }

private slots:
    void init()
    {
        // The generator's team: alex (agent 1), ..., sara (agent 5), julia (lead 10), mark (trainer 11).
        m_fixture = std::make_unique<empathy::test::TestServer>(400);
        m_store = &m_fixture->store();
        m_server = &m_fixture->server();
        m_alex = m_fixture->agent(QStringLiteral("alex"));
        m_sara = m_fixture->agent(QStringLiteral("sara"));
        m_batch = m_fixture->seeded();
    }

    void cleanup() { m_fixture.reset(); }

    void leadSyncsEverythingInPages()
    {
        auto lead = loggedIn(QStringLiteral("julia"));
        QVERIFY(lead);
        int pages = 0;
        const QList<Change> changes = syncAll(*lead, 700, &pages);
        QCOMPARE(changes.size(), int(m_store->head()));
        QVERIFY(pages > 3);
        for (int i = 1; i < changes.size(); ++i)
            QVERIFY(changes.at(i).seq > changes.at(i - 1).seq);
        int messages = 0;
        QString error;
        for (const Change &change : changes) {
            if (change.kind == ChangeKind::Message) {
                QVERIFY2(DomainJson::readMessage(change.data, &error), qPrintable(error));
                ++messages;
            }
        }
        QCOMPARE(messages, m_batch.messages.size());
    }

    void agentsSeeTheirOwnAndUnassigned()
    {
        auto alex = loggedIn(QStringLiteral("alex"));
        QVERIFY(alex);
        const QList<Change> changes = syncAll(*alex, 5000);
        QVERIFY(!changes.isEmpty());
        QVERIFY(changes.size() < int(m_store->head()));
        QString error;
        int conversations = 0;
        for (const Change &change : changes) {
            if (change.kind != ChangeKind::Conversation)
                continue;
            const auto conversation = DomainJson::readConversation(change.data, &error);
            QVERIFY(conversation);
            QVERIFY(!conversation->assignee.isValid() || conversation->assignee == m_alex);
            ++conversations;
        }
        QVERIFY(conversations > 0);
    }

    // The live push decides in memory who may read each change (ChangeAudience); the paged sync asks SQL.
    // Both must let every role read exactly the same changes, also after a reassignment, for changes
    // about a customer alone, for alerts and for the team list.
    void pushRuleAgreesWithSyncRule()
    {
        const Conversation *alexs = nullptr;
        const Conversation *unassigned = nullptr;
        for (const Conversation &c : std::as_const(m_batch.conversations)) {
            if (!alexs && c.assignee == m_alex && c.status != ConversationStatus::Resolved)
                alexs = &c;
            if (!unassigned && !c.assignee.isValid())
                unassigned = &c;
        }
        QVERIFY(alexs && unassigned);
        Conversation moved = *alexs;
        moved.assignee = m_sara;
        m_store->putConversation(moved);
        m_store->republishCustomer(unassigned->customer);
        m_store->republishCustomer(moved.customer);
        Alert alert;
        alert.id = m_store->nextAlertId();
        alert.conversation = unassigned->id;
        alert.customer = unassigned->customer;
        alert.raisedAt = m_fixture->now();
        QVERIFY(m_store->addAlert(alert, QStringLiteral("test-alert")));
        Agent nobody;
        nobody.id = AgentId(9999);
        nobody.role = AgentRole::Agent;
        QList<Agent> viewers{nobody};
        for (const QString &login : {QStringLiteral("alex"), QStringLiteral("sara"), QStringLiteral("julia"),
                                     QStringLiteral("mark")})
            viewers.append(m_store->accountByLogin(login)->agent);

        const qint64 head = m_store->head();
        constexpr qint64 unlimited = qint64(1) << 40;
        for (const Agent &viewer : std::as_const(viewers)) {
            for (const qint64 after : {qint64(0), head / 2, head - 6}) {
                QList<qint64> bySql;
                for (const Change &c : m_store->changesAfter(after, head, 1000000, unlimited, viewer))
                    bySql.append(c.seq);
                QList<qint64> inMemory;
                for (const AudiencedChange &c : m_store->changeRange(after, head, 1000000, unlimited)) {
                    if (mayRead(viewer, c.audience))
                        inMemory.append(c.change.seq);
                }
                QCOMPARE(inMemory, bySql);
                if (after == 0 && viewer.role == AgentRole::Lead)
                    QCOMPARE(inMemory.size(), int(head));
                else if (after == 0)
                    QVERIFY2(!inMemory.isEmpty() && inMemory.size() < int(head), qPrintable(viewer.login));
            }
        }
    }

    void pagesAreBoundedByBytesToo()
    {
        ConnectionLimits small;
        small.maxPageBytes = 64 * 1024;
        m_fixture->stop();
        m_fixture->start(0, small);
        m_server = &m_fixture->server();
        auto lead = loggedIn(QStringLiteral("julia"));
        int pages = 0;
        const QList<Change> changes = syncAll(*lead, 5000, &pages);
        QCOMPARE(changes.size(), int(m_store->head()));
        QVERIFY(pages > 5);
    }

    void wrongGenerationForcesResync()
    {
        auto lead = loggedIn(QStringLiteral("julia"));
        lead->send(SyncFrame{QStringLiteral("some-other-store"), 100, 10});
        const auto resync = lead->nextOf<ResyncFrame>(1);
        QVERIFY(resync);
        QCOMPARE(resync->generation, m_store->generation());
        QCOMPARE(resync->reason, QStringLiteral("generation_changed"));
    }

    void replyAppliesOnceAndReachesOtherClientsLive()
    {
        auto lead = loggedIn(QStringLiteral("julia"));
        QVERIFY(!syncAll(*lead, 5000).isEmpty()); // now live
        auto alex = loggedIn(QStringLiteral("alex"));
        QVERIFY(!syncAll(*alex, 5000).isEmpty());

        // An unassigned conversation: alex may answer it and takes it.
        ConversationId target;
        for (const Conversation &c : std::as_const(m_batch.conversations)) {
            if (!c.assignee.isValid()) {
                target = c.id;
                break;
            }
        }
        QVERIFY(target.isValid());
        const qint64 headBefore = m_store->head();
        const OpFrame op{
            QStringLiteral("11111111-2222-3333-4444-555555555555"), QStringLiteral("reply"),
            QJsonObject{{QStringLiteral("conversation"), target.value()},
                        {QStringLiteral("body"), QStringLiteral("Przepraszam, już sprawdzam.")}}};
        alex->send(op);
        const auto ack = alex->nextOf<AckFrame>();
        QVERIFY(ack);
        QVERIFY(ack->ok());
        const qint64 messageId = ack->result.value(QStringLiteral("message")).toInteger();
        QVERIFY(messageId > 0);
        QCOMPARE(m_store->conversation(target)->assignee, m_alex);

        // The lead sees it live: the new message and the conversation now assigned.
        const auto pushed = lead->nextOf<ChangesFrame>();
        QVERIFY(pushed);
        bool sawMessage = false;
        for (const Change &change : pushed->changes)
            sawMessage = sawMessage || (change.kind == ChangeKind::Message &&
                                        change.data.value(QStringLiteral("id")).toInteger() == messageId);
        QVERIFY(sawMessage);

        // The same operation again (a resend after a reconnect): the same answer, no new message.
        const qint64 headAfter = m_store->head();
        auto again = loggedIn(QStringLiteral("alex"));
        again->send(op);
        const auto repeated = again->nextOf<AckFrame>();
        QVERIFY(repeated);
        QCOMPARE(repeated->result, ack->result);
        QCOMPARE(m_store->head(), headAfter);
        QVERIFY(headAfter > headBefore);
    }

    void forbiddenAndInvalidOperationsAreRefusedTheSameWayTwice()
    {
        auto alex = loggedIn(QStringLiteral("alex"));
        ConversationId saras;
        for (const Conversation &c : std::as_const(m_batch.conversations)) {
            if (c.assignee == m_sara) {
                saras = c.id;
                break;
            }
        }
        QVERIFY(saras.isValid());
        const OpFrame forbidden{QStringLiteral("op-forbidden"), QStringLiteral("reply"),
                                QJsonObject{{QStringLiteral("conversation"), saras.value()},
                                            {QStringLiteral("body"), QStringLiteral("Mine now")}}};
        for (int attempt = 0; attempt < 2; ++attempt) {
            alex->send(forbidden);
            const auto ack = alex->nextOf<AckFrame>();
            QVERIFY(ack);
            QCOMPARE(ack->errorCode, QStringLiteral("forbidden"));
        }
        alex->send(OpFrame{QStringLiteral("op-take"), QStringLiteral("assign"),
                           QJsonObject{{QStringLiteral("conversation"), saras.value()},
                                       {QStringLiteral("agent"), m_alex.value()}}});
        QCOMPARE(alex->nextOf<AckFrame>()->errorCode, QStringLiteral("forbidden"));
        alex->send(OpFrame{QStringLiteral("op-status"), QStringLiteral("status"),
                           QJsonObject{{QStringLiteral("conversation"), saras.value()},
                                       {QStringLiteral("status"), QStringLiteral("closed")}}});
        QCOMPARE(alex->nextOf<AckFrame>()->errorCode, QStringLiteral("invalid"));
        alex->send(OpFrame{QStringLiteral("op-empty"), QStringLiteral("reply"),
                           QJsonObject{{QStringLiteral("conversation"), saras.value()},
                                       {QStringLiteral("body"), QStringLiteral("  ")}}});
        QCOMPARE(alex->nextOf<AckFrame>()->errorCode, QStringLiteral("invalid"));
        alex->send(OpFrame{QStringLiteral("op-missing"), QStringLiteral("reply"),
                           QJsonObject{{QStringLiteral("conversation"), 999999},
                                       {QStringLiteral("body"), QStringLiteral("hi")}}});
        QCOMPARE(alex->nextOf<AckFrame>()->errorCode, QStringLiteral("not_found"));

        // A lead may reassign anything.
        auto lead = loggedIn(QStringLiteral("julia"));
        lead->send(OpFrame{QStringLiteral("op-lead-assign"), QStringLiteral("assign"),
                           QJsonObject{{QStringLiteral("conversation"), saras.value()},
                                       {QStringLiteral("agent"), m_alex.value()}}});
        QVERIFY(lead->nextOf<AckFrame>()->ok());
        QCOMPARE(m_store->conversation(saras)->assignee, m_alex);
    }

    // The server's one table of handlers covers every operation type core knows.
    void everyOperationKindHasAHandler()
    {
        for (const QString &kind : operationKinds())
            QVERIFY2(m_fixture->operations().registry().handles(kind), qPrintable(kind));
    }

    // A capability is used only when both sides have it, and the welcome says which those are.
    void theWelcomeListsTheFeaturesBothSidesHave()
    {
        Client client(m_fixture->port());
        client.send(HelloFrame{
            1,
            QStringLiteral("test"),
            {QStringLiteral("future-thing"), QStringLiteral("ops"), QStringLiteral("sync-pages")}});
        const auto welcome = client.nextOf<WelcomeFrame>(1);
        QVERIFY(welcome);
        QCOMPARE(welcome->features, allFeatures());

        Client older(m_fixture->port());
        older.send(HelloFrame{1, QStringLiteral("test"), {QStringLiteral("sync-pages")}});
        QCOMPARE(older.nextOf<WelcomeFrame>(1)->features, QStringList{QStringLiteral("sync-pages")});
    }

    // A client that did not agree to operations syncs, but an operation it sends anyway is refused and
    // changes nothing.
    void aClientWithoutOperationsMayNotSendThem()
    {
        Client client(m_fixture->port());
        client.send(HelloFrame{1, QStringLiteral("wallboard"), {QStringLiteral("sync-pages")}});
        QVERIFY(client.nextOf<WelcomeFrame>(1));
        client.send(LoginFrame{QStringLiteral("julia"), QStringLiteral("password-julia")});
        QVERIFY(client.nextOf<SessionFrame>(1));
        QVERIFY(!syncAll(client, 5000).isEmpty());
        const qint64 head = m_store->head();
        const ConversationId target = m_batch.conversations.front().id;
        client.send(OpFrame{QStringLiteral("op-wallboard"), kindOf(StatusOp{}),
                            dataOf(StatusOp{target, ConversationStatus::Pending})});
        const auto refused = client.nextOf<ErrorFrame>();
        QVERIFY(refused);
        QCOMPARE(refused->code, ErrorCode::Invalid);
        QCOMPARE(refused->ref, QStringLiteral("op-wallboard"));
        QVERIFY2(refused->message.contains(QStringLiteral("\"ops\"")), qPrintable(refused->message));
        QCOMPARE(m_store->head(), head);
        QVERIFY(!m_store->recordedAck(QStringLiteral("op-wallboard")));
    }

    void trainersCannotAct()
    {
        auto mark = loggedIn(QStringLiteral("mark"));
        QVERIFY(mark);
        mark->send(
            OpFrame{QStringLiteral("op-trainer"), QStringLiteral("status"),
                    QJsonObject{{QStringLiteral("conversation"), m_batch.conversations.front().id.value()},
                                {QStringLiteral("status"), QStringLiteral("resolved")}}});
        QCOMPARE(mark->nextOf<AckFrame>()->errorCode, QStringLiteral("forbidden"));
        for (const Change &change : syncAll(*mark, 5000)) {
            if (change.kind == ChangeKind::Conversation)
                QCOMPARE(change.data.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        }
    }

    void syncBeforeLoginIsRefused()
    {
        Client client(m_fixture->port());
        QVERIFY(client.hello());
        client.send(SyncFrame{QString(), 0, 100});
        QCOMPARE(client.nextError(), std::optional<ErrorCode>(ErrorCode::NotAuthenticated));
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_serversync.moc"
