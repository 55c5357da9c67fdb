// What agents do for a customer beyond a plain reply, through a real server: the customer's preferred tone
// (noted in the cache at once, stored by the server, synced to the other agents, refused where the agent
// may not act) and an apology (sent as one, kept as one in every client's history).
#include "cache/HistoryReader.h"
#include "domain/Customer.h"
#include "ops/OperationService.h"
#include "protocol/DomainJson.h"
#include "sync/SyncEngine.h"
#include "TestDesk.h"
#include "TestProfile.h"
#include "TestServer.h"

#include <QTest>

using namespace empathy;
using namespace empathy::test;

// A server with seeded data, and the clients of a lead (Julia) and an agent (Alex).
struct TwoAgents
{
    TestServer server{40};
    Desk lead;
    Desk alex;

    [[nodiscard]] bool online()
    {
        return lead.logIn(server.url(), QStringLiteral("julia")) &&
               alex.logIn(server.url(), QStringLiteral("alex"));
    }
};

class TestCustomerActions : public QObject
{
    Q_OBJECT

private slots:
    void travelsInTheProtocol()
    {
        Customer customer;
        customer.id = CustomerId(5);
        customer.displayName = QStringLiteral("Anna");
        customer.preferredTone = PreferredTone::Formal;
        QString error;
        const auto back = DomainJson::readCustomer(DomainJson::write(customer), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->preferredTone, PreferredTone::Formal);
        customer.preferredTone = PreferredTone::Unknown;
        QVERIFY(
            !DomainJson::write(customer).contains(QStringLiteral("tone"))); // older clients see nothing new
        QJsonObject odd = DomainJson::write(customer);
        odd.insert(QStringLiteral("tone"), QStringLiteral("grumpy"));
        QVERIFY(!DomainJson::readCustomer(odd, &error));
        QVERIFY(error.contains(QStringLiteral("tone")));
    }

    void notedByOneAgentSyncedToTheOthers()
    {
        TwoAgents team;
        QVERIFY(team.online());
        TestServer &server = team.server;
        Desk &lead = team.lead;
        Desk &alex = team.alex;

        const ConversationId target = firstUnassigned(server.seeded());
        QVERIFY(target.isValid());
        const CustomerId customer = alex.profile.reader().inboxRow(target)->customer;
        const QByteArray formal =
            QStringLiteral("SELECT count(*) FROM customers WHERE id = %1 AND preferred_tone = 1")
                .arg(customer.value())
                .toUtf8();

        const QString opId = alex.profile.writer().queueCustomerTone(target, PreferredTone::Formal,
                                                                     QDateTime::currentDateTimeUtc());
        QVERIFY(!opId.isEmpty());
        QCOMPARE(alex.count(formal.constData()), 1); // at once, before the server has it
        QCOMPARE(alex.profile.reader().header(target)->preferredTone, PreferredTone::Formal);
        QCOMPARE(alex.profile.history().customer(customer)->customer.preferredTone, PreferredTone::Formal);
        QCOMPARE(alex.profile.reader().outbox().front().kind, QStringLiteral("set_customer_tone"));

        alex.engine.flushOutbox();
        QTRY_COMPARE(alex.profile.reader().pendingOperationCount(), 0);
        QTRY_COMPARE(lead.count(formal.constData()), 1);
        QCOMPARE(server.store().customer(customer)->preferredTone, PreferredTone::Formal);
        QVERIFY(alex.profile.writer()
                    .queueCustomerTone(ConversationId(99999999), PreferredTone::Warm,
                                       QDateTime::currentDateTimeUtc())
                    .isEmpty());
    }

    void apologyKeptAsOneEverywhere()
    {
        TwoAgents team;
        QVERIFY(team.online());
        TestServer &server = team.server;
        Desk &lead = team.lead;
        Desk &alex = team.alex;
        const ConversationId target = firstUnassigned(server.seeded());
        const CustomerId customer = alex.profile.reader().inboxRow(target)->customer;

        alex.profile.writer().queueReply(target, QStringLiteral("We are so sorry about the delay."),
                                         AgentId(1), QDateTime::currentDateTimeUtc(), Language::English,
                                         MessagePurpose::Apology);
        auto apologies = [&](Desk &desk) {
            int n = 0;
            for (const HistoryItem &item : desk.profile.history().history(customer))
                n += item.kind == HistoryKind::Apology;
            return n;
        };
        QCOMPARE(apologies(alex), 1); // at once, while pending
        alex.engine.flushOutbox();
        QTRY_COMPARE(alex.profile.reader().pendingOperationCount(), 0);
        QTRY_COMPARE(apologies(lead), 1);
        QCOMPARE(apologies(alex), 1); // the server's copy did not add a second one
        int onServer = 0;
        for (const Message &m : server.store().messagesAfter(target, MessageId()))
            onServer += m.purpose == MessagePurpose::Apology;
        QCOMPARE(onServer, 1);
    }

    void refusedWhereTheAgentMayNotAct()
    {
        TestServer server(20);
        OperationService operations(server.store(), [] { return QDateTime::currentDateTimeUtc(); });
        const auto alex = server.store().accountByLogin(QStringLiteral("alex"))->agent;
        const auto julia = server.store().accountByLogin(QStringLiteral("julia"))->agent;
        ConversationId someoneElses;
        ConversationId free;
        for (const Conversation &c : server.seeded().conversations) {
            if (c.assignee.isValid() && c.assignee != alex.id && !someoneElses.isValid())
                someoneElses = c.id;
            if (!c.assignee.isValid() && !free.isValid())
                free = c.id;
        }
        QVERIFY(someoneElses.isValid() && free.isValid());
        auto apply = [&](const Agent &agent, const QString &id, qint64 conversation, const QString &tone) {
            return operations
                .apply(agent, OpFrame{id, QStringLiteral("set_customer_tone"),
                                      QJsonObject{{QStringLiteral("conversation"), conversation},
                                                  {QStringLiteral("tone"), tone}}})
                .ack;
        };
        QCOMPARE(apply(alex, u"t-1"_qs, free.value(), u"grumpy"_qs).errorCode,
                 errorCodeKey(ErrorCode::Invalid));
        QCOMPARE(apply(alex, u"t-2"_qs, 99999999, u"warm"_qs).errorCode, errorCodeKey(ErrorCode::NotFound));
        QCOMPARE(apply(alex, u"t-3"_qs, someoneElses.value(), u"warm"_qs).errorCode,
                 errorCodeKey(ErrorCode::Forbidden));
        QVERIFY(apply(julia, u"t-4"_qs, someoneElses.value(), u"warm"_qs).ok()); // a lead may
        QVERIFY(apply(alex, u"t-5"_qs, free.value(), u"none"_qs).ok());
        const auto reply = operations.apply(alex, OpFrame{u"t-6"_qs, u"reply"_qs,
                                                          QJsonObject{{u"conversation"_qs, free.value()},
                                                                      {u"body"_qs, u"Sorry"_qs},
                                                                      {u"purpose"_qs, u"bribe"_qs}}});
        QCOMPARE(reply.ack.errorCode, errorCodeKey(ErrorCode::Invalid));
    }
};

QTEST_MAIN(TestCustomerActions)
#include "tst_customeractions.moc"
