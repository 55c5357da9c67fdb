// Compensation: the company's policy (decided by the server, never the client), the lead's approval, and
// exactly-once granting, through a real server on loopback with real clients.
#include "domain/CompensationPolicy.h"
#include "protocol/DomainJson.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"
#include "sync/SyncEngine.h"
#include "TestDesk.h"
#include "TestProfile.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

namespace {

// A server whose policy is set in the currency of one order, in proportion to its total, and the clients of
// the lead (Julia), an agent (Alex), and the administrator (for the lead's own requests).
struct CompensationTeam
{
    TestServer server{40};
    Desk lead;
    Desk alex;
    Order order;
    ConversationId conversation;

    CompensationTeam()
    {
        // An open conversation nobody has taken, of a customer with an order of 10.00 or more.
        for (const Conversation &c : server.seeded().conversations) {
            if (c.assignee.isValid() || c.status == ConversationStatus::Resolved || conversation.isValid())
                continue;
            for (const Order &o : server.seeded().orders) {
                if (o.customer == c.customer && o.total.minorUnits >= 1000) {
                    order = o;
                    conversation = c.id;
                }
            }
        }
        server.operations().setCompensationPolicy(policyFor(order.total));
    }

    // Agents: a fifth of the order per compensation, two fifths a day, half the order at most, discounts
    // to 10 %, no gifts at all, full refunds only through a lead.
    static CompensationPolicy policyFor(const Money &total)
    {
        CompensationPolicy policy;
        CompensationPolicy::RoleRules agent;
        agent.grant = {CompensationKind::Discount, CompensationKind::Voucher, CompensationKind::FreeShipping,
                       CompensationKind::PartialRefund};
        agent.request = {CompensationKind::FullRefund};
        agent.perCompensation.insert(total.currency, total.minorUnits / 5);
        agent.perDay.insert(total.currency, total.minorUnits * 2 / 5);
        agent.maxDiscountPercent = 10;
        agent.maxShareOfOrder = 0.5;
        policy.setRules(AgentRole::Agent, agent);
        CompensationPolicy::RoleRules lead = agent;
        lead.grant += {CompensationKind::Gift, CompensationKind::FullRefund};
        lead.request.clear();
        lead.perCompensation[total.currency] = total.minorUnits;
        lead.perDay[total.currency] = total.minorUnits * 10;
        lead.maxDiscountPercent = 100;
        lead.maxShareOfOrder = 1.0;
        policy.setRules(AgentRole::Lead, lead);
        policy.setRules(AgentRole::Admin, lead);
        return policy;
    }

    [[nodiscard]] bool online()
    {
        if (!order.id.isValid())
            qWarning("no open conversation of a customer with an order of 10.00 or more");
        return order.id.isValid() && lead.logIn(server.url(), QStringLiteral("julia")) &&
               alex.logIn(server.url(), QStringLiteral("alex"));
    }

    Compensation request(CompensationKind kind, qint64 amount) const
    {
        Compensation c;
        c.conversation = conversation;
        c.customer = order.customer;
        c.order = order.id;
        c.kind = kind;
        c.amount = Money{amount, order.total.currency};
        c.reason = QStringLiteral("parcel two weeks late");
        return c;
    }
};

QString statusIn(Desk &desk, const QString &opId)
{
    auto query = desk.profile.db().prepare("SELECT status FROM compensations WHERE client_op_id = ?1");
    query.bind(1, opId);
    return query.step() ? compensationStatusKey(CompensationStatus(query.int32(0))) : QStringLiteral("none");
}

QString refusalIn(Desk &desk, const QString &opId)
{
    auto query = desk.profile.db().prepare("SELECT refusal FROM compensations WHERE client_op_id = ?1");
    query.bind(1, opId);
    return query.step() ? query.text(0) : QString();
}

qint64 compensationIdIn(Desk &desk, const QString &opId)
{
    auto query = desk.profile.db().prepare("SELECT id FROM compensations WHERE client_op_id = ?1");
    query.bind(1, opId);
    return query.step() ? query.int64(0) : 0;
}

} // namespace

class TestCompensation : public QObject
{
    Q_OBJECT

private slots:
    void policyDecidesByRoleKindAndLimits()
    {
        const Money total{10000, QStringLiteral("EUR")};
        const Order order{OrderId(1), CustomerId(1), QStringLiteral("100482"), total, QString(), QDateTime()};
        const CompensationPolicy policy = CompensationTeam::policyFor(total);
        auto decide = [&](AgentRole role, CompensationKind kind, qint64 amount, qint64 today = 0,
                          std::optional<Order> forOrder = std::nullopt, int percent = 0) {
            Compensation c;
            c.kind = kind;
            c.amount = Money{amount, QStringLiteral("EUR")};
            c.percent = percent;
            return policy.decide(role, c, forOrder ? forOrder : std::optional<Order>(order), today).verdict;
        };
        using V = CompensationPolicy::Verdict;
        QCOMPARE(decide(AgentRole::Agent, CompensationKind::Voucher, 2000), V::Grant);
        QCOMPARE(decide(AgentRole::Agent, CompensationKind::Voucher, 2001), V::NeedsLead); // per compensation
        QCOMPARE(decide(AgentRole::Agent, CompensationKind::Voucher, 2000, 2001), V::NeedsLead); // per day
        QCOMPARE(decide(AgentRole::Agent, CompensationKind::Gift, 100), V::Forbidden);
        QCOMPARE(decide(AgentRole::Trainer, CompensationKind::Voucher, 100), V::Forbidden);
        QCOMPARE(decide(AgentRole::Agent, CompensationKind::FullRefund, 0), V::NeedsLead);
        QCOMPARE(decide(AgentRole::Lead, CompensationKind::FullRefund, 0), V::Grant);
        QCOMPARE(decide(AgentRole::Agent, CompensationKind::Discount, 0, 0, order, 10), V::Grant);
        QCOMPARE(decide(AgentRole::Agent, CompensationKind::Discount, 0, 0, order, 11), V::NeedsLead);
        QCOMPARE(decide(AgentRole::Agent, CompensationKind::Discount, 0, 0, order, 0), V::Invalid);
        QCOMPARE(decide(AgentRole::Lead, CompensationKind::PartialRefund, 10001), V::Invalid); // > the order
        Compensation noOrder;
        noOrder.kind = CompensationKind::PartialRefund;
        noOrder.amount = Money{100, QStringLiteral("EUR")};
        QCOMPARE(policy.decide(AgentRole::Lead, noOrder, std::nullopt, 0).verdict, V::Invalid);
        Compensation otherCurrency;
        otherCurrency.kind = CompensationKind::Voucher;
        otherCurrency.amount = Money{100, QStringLiteral("PLN")};
        QCOMPARE(policy.decide(AgentRole::Agent, otherCurrency, order, 0).verdict, V::Invalid);
        QCOMPARE(policy.decide(AgentRole::Agent, otherCurrency, std::nullopt, 0).verdict,
                 V::NeedsLead); // no limit for PLN: a lead decides
        // A cap relative to the order: half of a small order, though under the absolute limit.
        const Order small{OrderId(2), CustomerId(1), QStringLiteral("7"), Money{3000, QStringLiteral("EUR")},
                          QString(),  QDateTime()};
        QCOMPARE(decide(AgentRole::Agent, CompensationKind::PartialRefund, 1500, 0, small), V::Grant);
        QCOMPARE(decide(AgentRole::Agent, CompensationKind::PartialRefund, 1501, 0, small), V::NeedsLead);
    }

    void policyFilesAreCheckedWithThePlace()
    {
        QString error;
        const auto policy = CompensationPolicy::fromJson(
            R"({"roles": {"agent": {"grant": ["voucher"], "request": ["full_refund"],
                "per_compensation": {"EUR": "25.50", "IRR": 1000000}, "per_day": {"EUR": 100},
                "max_discount_percent": 15, "max_share_of_order": 0.5}}})",
            &error);
        QVERIFY2(policy, qPrintable(error));
        QCOMPARE(policy->rules(AgentRole::Agent)->perCompensation.value(QStringLiteral("EUR")), 2550);
        QCOMPARE(policy->rules(AgentRole::Agent)->perCompensation.value(QStringLiteral("IRR")), 1000000);
        QCOMPARE(policy->rules(AgentRole::Agent)->perDay.value(QStringLiteral("EUR")), 10000);
        QVERIFY(!policy->rules(AgentRole::Lead)); // a role not named gives nothing
        QVERIFY(!CompensationPolicy::fromJson(R"({"roles": {"agent": {"grant": ["pony"]}}})", &error));
        QVERIFY2(error.contains(QStringLiteral("roles.agent.grant")), qPrintable(error));
        QVERIFY(
            !CompensationPolicy::fromJson(R"({"roles": {"agent": {"per_day": {"EUR": "1.234"}}}})", &error));
        QVERIFY2(error.contains(QStringLiteral("roles.agent.per_day.EUR")), qPrintable(error));
        QVERIFY(!CompensationPolicy::fromJson(R"({"roles": {"boss": {}}})", &error));
        QVERIFY(!CompensationPolicy::fromJson("{", &error));
    }

    void travelsInTheProtocol()
    {
        Compensation c;
        c.id = CompensationId(3);
        c.conversation = ConversationId(4);
        c.customer = CustomerId(5);
        c.order = OrderId(6);
        c.opId = QStringLiteral("op-1");
        c.kind = CompensationKind::Discount;
        c.percent = 15;
        c.status = CompensationStatus::Pending;
        c.reason = QStringLiteral("late");
        c.requestedBy = AgentId(1);
        c.requestedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        c.heldBecause = QStringLiteral("over 10 %");
        c.moodBefore = -0.5f;
        QString error;
        const auto back = DomainJson::readCompensation(DomainJson::write(c), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->percent, 15);
        QCOMPARE(back->status, CompensationStatus::Pending);
        QCOMPARE(back->heldBecause, c.heldBecause);
        QCOMPARE(*back->moodBefore, -0.5f);
        QCOMPARE(back->requestedAt, c.requestedAt);
    }

    void underTheLimitGrantedAndSeenByTheTeam()
    {
        CompensationTeam team;
        QVERIFY(team.online());
        const QString op = team.alex.profile.writer().queueCompensation(
            team.request(CompensationKind::Voucher, team.order.total.minorUnits / 5),
            QDateTime::currentDateTimeUtc());
        QCOMPARE(statusIn(team.alex, op),
                 QStringLiteral("queued")); // never granted before the server says so
        team.alex.engine.flushOutbox();
        QTRY_COMPARE(statusIn(team.alex, op), QStringLiteral("granted"));
        QTRY_COMPARE(statusIn(team.lead, op), QStringLiteral("granted"));
        const qint64 id = compensationIdIn(team.alex, op);
        QVERIFY(id > 0);
        const auto stored = team.server.store().compensation(CompensationId(id));
        QVERIFY(stored);
        QCOMPARE(stored->requestedBy, team.server.agent(QStringLiteral("alex")));
        QCOMPARE(stored->reason, QStringLiteral("parcel two weeks late"));
        const QList<CompensationEvent> audit = team.server.store().compensationEvents(CompensationId(id));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].action, QStringLiteral("requested"));
        QCOMPARE(audit[0].note, QStringLiteral("parcel two weeks late"));
        QCOMPARE(audit[1].action, QStringLiteral("granted"));
        QCOMPARE(audit[0].mood.has_value(), stored->moodBefore.has_value());
    }

    void overTheLimitWaitsForALeadWhoDecidesLive()
    {
        CompensationTeam team;
        QVERIFY(team.online());
        CacheWriter &alex = team.alex.profile.writer();
        const QString over = alex.queueCompensation(
            team.request(CompensationKind::Voucher, team.order.total.minorUnits / 5 + 1),
            QDateTime::currentDateTimeUtc());
        const QString refund = alex.queueCompensation(team.request(CompensationKind::FullRefund, 0),
                                                      QDateTime::currentDateTimeUtc());
        team.alex.engine.flushOutbox();
        QTRY_COMPARE(statusIn(team.alex, over), QStringLiteral("pending"));
        QTRY_COMPARE(statusIn(team.alex, refund), QStringLiteral("pending"));
        QTRY_COMPARE(statusIn(team.lead, over), QStringLiteral("pending"));
        const auto held = team.server.store().compensation(CompensationId(compensationIdIn(team.alex, over)));
        QVERIFY2(held->heldBecause.contains(QStringLiteral("per compensation")),
                 qPrintable(held->heldBecause));
        QCOMPARE(team.server.store().pendingCompensations().size(), 2);

        CacheWriter &lead = team.lead.profile.writer();
        lead.queueCompensationDecision(CompensationId(compensationIdIn(team.lead, over)), true,
                                       QStringLiteral("loyal customer"), QDateTime::currentDateTimeUtc());
        lead.queueCompensationDecision(CompensationId(compensationIdIn(team.lead, refund)), false,
                                       QStringLiteral("the parcel arrived"), QDateTime::currentDateTimeUtc());
        team.lead.engine.flushOutbox();
        QTRY_COMPARE(statusIn(team.alex, over), QStringLiteral("granted")); // live, in the agent's client
        QTRY_COMPARE(statusIn(team.alex, refund), QStringLiteral("denied"));
        QCOMPARE(team.server.store().pendingCompensations().size(), 0);

        // Decided is decided: a second decision and an agent's decision are refused.
        const QString again =
            lead.queueCompensationDecision(CompensationId(compensationIdIn(team.lead, refund)), true,
                                           QString(), QDateTime::currentDateTimeUtc());
        QSignalSpy failed(&team.lead.engine, &SyncEngine::operationFailed);
        team.lead.engine.flushOutbox();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].toString(), again);
        QCOMPARE(failed[0][1].toString(), QStringLiteral("conflict"));
        QSignalSpy agentFailed(&team.alex.engine, &SyncEngine::operationFailed);
        alex.queueCompensationDecision(CompensationId(compensationIdIn(team.alex, over)), false, QString(),
                                       QDateTime::currentDateTimeUtc());
        team.alex.engine.flushOutbox();
        QTRY_COMPARE(agentFailed.size(), 1);
        QCOMPARE(agentFailed[0][1].toString(), QStringLiteral("forbidden"));

        // A lead reverses the granted one, with a reason, audited.
        lead.queueCompensationReversal(CompensationId(compensationIdIn(team.lead, over)),
                                       QStringLiteral("granted twice by phone"),
                                       QDateTime::currentDateTimeUtc());
        team.lead.engine.flushOutbox();
        QTRY_COMPARE(statusIn(team.alex, over), QStringLiteral("reversed"));
        QStringList actions;
        for (const CompensationEvent &e :
             team.server.store().compensationEvents(CompensationId(compensationIdIn(team.alex, over))))
            actions << e.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("requested"), QStringLiteral("awaiting_lead"),
                                       QStringLiteral("approved"), QStringLiteral("reversed")}));
    }

    void dailyLimitAndForbiddenKind()
    {
        CompensationTeam team;
        QVERIFY(team.online());
        CacheWriter &alex = team.alex.profile.writer();
        const qint64 fifth = team.order.total.minorUnits / 5;
        const QString first = alex.queueCompensation(team.request(CompensationKind::Voucher, fifth),
                                                     QDateTime::currentDateTimeUtc());
        const QString second = alex.queueCompensation(team.request(CompensationKind::FreeShipping, fifth),
                                                      QDateTime::currentDateTimeUtc());
        const QString third = alex.queueCompensation(team.request(CompensationKind::PartialRefund, 1),
                                                     QDateTime::currentDateTimeUtc());
        const QString gift =
            alex.queueCompensation(team.request(CompensationKind::Gift, 1), QDateTime::currentDateTimeUtc());
        team.alex.engine.flushOutbox();
        QTRY_COMPARE(statusIn(team.alex, gift), QStringLiteral("refused"));
        QCOMPARE(statusIn(team.alex, first), QStringLiteral("granted"));
        QCOMPARE(statusIn(team.alex, second), QStringLiteral("granted"));
        QCOMPARE(statusIn(team.alex, third), QStringLiteral("pending")); // two fifths a day, already given
        const auto held =
            team.server.store().compensation(CompensationId(compensationIdIn(team.alex, third)));
        QVERIFY2(held->heldBecause.contains(QStringLiteral("daily")), qPrintable(held->heldBecause));
        QVERIFY2(refusalIn(team.alex, gift).contains(QStringLiteral("may not give a gift")),
                 qPrintable(refusalIn(team.alex, gift)));
        QCOMPARE(team.alex.profile.reader().pendingOperationCount(), 0);
    }

    void doubleClickAndTwoAgentsAtOnceGrantOnce()
    {
        CompensationTeam team;
        QVERIFY(team.online());
        const qint64 small = team.order.total.minorUnits / 10;
        // A double click made two operations; the lead asked for the same thing at the same moment.
        const QString click1 = team.alex.profile.writer().queueCompensation(
            team.request(CompensationKind::Voucher, small), QDateTime::currentDateTimeUtc());
        const QString click2 = team.alex.profile.writer().queueCompensation(
            team.request(CompensationKind::Voucher, small), QDateTime::currentDateTimeUtc());
        const QString leads = team.lead.profile.writer().queueCompensation(
            team.request(CompensationKind::Voucher, small), QDateTime::currentDateTimeUtc());
        team.lead.engine.flushOutbox();
        team.alex.engine.flushOutbox();
        QTRY_COMPARE(team.alex.profile.reader().pendingOperationCount() +
                         team.lead.profile.reader().pendingOperationCount(),
                     0);
        const QStringList outcomes{statusIn(team.alex, click1), statusIn(team.alex, click2),
                                   statusIn(team.lead, leads)};
        QCOMPARE(outcomes.count(QStringLiteral("granted")), 1);
        QCOMPARE(outcomes.count(QStringLiteral("refused")), 2);
        QCOMPARE(team.server.store().compensationCount(), 1);
        const QString refusal =
            refusalIn(team.alex, statusIn(team.alex, click2) == u"refused" ? click2 : click1);
        QVERIFY2(refusal.contains(QStringLiteral("already granted")), qPrintable(refusal));
    }

    void resentOperationAnsweredAsBefore()
    {
        TestServer server(20);
        server.operations().setCompensationPolicy(CompensationPolicy::defaults());
        const Agent alex = server.store().accountByLogin(QStringLiteral("alex"))->agent;
        const ConversationId conversation = firstUnassigned(server.seeded());
        const OpFrame op{QStringLiteral("same-id"), QStringLiteral("compensate"),
                         QJsonObject{{QStringLiteral("conversation"), conversation.value()},
                                     {QStringLiteral("kind"), QStringLiteral("discount")},
                                     {QStringLiteral("percent"), 5},
                                     {QStringLiteral("reason"), QStringLiteral("sorry")}}};
        const auto first = server.operations().apply(alex, op);
        const auto again = server.operations().apply(alex, op); // after a reconnect
        QVERIFY2(first.ack.ok(), qPrintable(first.ack.errorMessage));
        QVERIFY(first.changedData);
        QVERIFY(!again.changedData);
        QCOMPARE(again.ack.result, first.ack.result);
        QCOMPARE(server.store().compensationCount(), 1);
    }

    void offlineRequestWaitsAndIsNeverShownGranted()
    {
        CompensationTeam team;
        QVERIFY(team.online());
        team.server.stop();
        QTRY_VERIFY(team.alex.engine.state() != SyncEngine::State::Online);
        const QString op = team.alex.profile.writer().queueCompensation(
            team.request(CompensationKind::Voucher, team.order.total.minorUnits / 10),
            QDateTime::currentDateTimeUtc());
        team.alex.engine.flushOutbox();
        QCOMPARE(statusIn(team.alex, op), QStringLiteral("queued"));
        QCOMPARE(team.alex.profile.reader().pendingOperationCount(), 1);
        team.server.start();
        QTRY_COMPARE_WITH_TIMEOUT(statusIn(team.alex, op), QStringLiteral("granted"), 20000);
        QCOMPARE(team.server.store().compensationCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCompensation)
#include "tst_compensation.moc"
