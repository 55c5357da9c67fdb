// Supervisor alerts: each rule fires once and only when it should (the customer's own baseline included),
// the server decides them whether or not a lead is online, leads receive them live and act on them, and
// agents are refused supervisor data.
#include "alerts/AlertRules.h"
#include "alerts/AlertService.h"
#include "cache/SupervisorReader.h"
#include "domain/SlaPolicy.h"
#include "models/AlertModel.h"
#include "models/InboxRoles.h"
#include "models/WallFilter.h"
#include "models/WallModel.h"
#include "protocol/ChangeBatch.h"
#include "protocol/DomainJson.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"
#include "sync/SyncEngine.h"
#include "TestDesk.h"
#include "TestProfile.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

namespace {

const QDateTime t0(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

Message customerSays(float valence, const QString &emotion = QString(), float intensity = 0.5f,
                     float churn = 0.0f)
{
    Message m;
    m.id = MessageId(100);
    m.conversation = ConversationId(10);
    m.direction = Direction::Inbound;
    m.body = QStringLiteral("text");
    m.sentAt = t0;
    m.sentiment.valence = valence;
    m.sentiment.label = labelOfValence(valence);
    m.sentiment.emotion = emotion;
    m.sentiment.intensity = intensity;
    m.sentiment.churnRisk = churn;
    return m;
}

AlertRules::MessageFacts factsFor(const Message &message, const emotion::Baseline &baseline)
{
    AlertRules::MessageFacts facts;
    facts.message = message;
    facts.conversation.id = message.conversation;
    facts.conversation.customer = CustomerId(5);
    facts.conversation.createdAt = t0;
    facts.baseline = baseline;
    Message before;
    before.id = MessageId(99);
    before.direction = Direction::Outbound;
    before.author = AgentId(1);
    facts.previous = before; // not the first message, not after the assistant
    return facts;
}

QList<AlertKind> kinds(const QList<Alert> &alerts)
{
    QList<AlertKind> out;
    for (const Alert &a : alerts)
        out.append(a.kind);
    return out;
}

emotion::Baseline usually(double mean, double spread, int messages = 20)
{
    return emotion::Baseline{mean, spread, messages, false};
}

// Everything needed to publish messages of one new customer and conversation into a test server.
struct Scene
{
    TestServer &server;
    Customer customer;
    Conversation conversation;

    Scene(TestServer &s, Channel channel = Channel::WebChat, AgentId assignee = AgentId())
        : server(s)
    {
        customer.id = s.store().nextCustomerId();
        customer.displayName = QStringLiteral("Customer %1").arg(customer.id.value());
        customer.firstName = customer.displayName;
        customer.createdAt = s.now();
        conversation.id = s.store().nextConversationId();
        conversation.customer = customer.id;
        conversation.channel = channel;
        conversation.assignee = assignee;
        conversation.createdAt = s.now();
        conversation.language = Language::English;
        DataBatch batch;
        batch.customers = {customer};
        batch.conversations = {conversation};
        s.publish(batch);
    }

    MessageId say(float valence, const QString &emotion = QString(), float intensity = 0.3f,
                  MessagePurpose purpose = MessagePurpose::Plain, Direction direction = Direction::Inbound)
    {
        Message m = customerSays(valence, emotion, intensity);
        m.id = server.store().nextMessageId();
        m.conversation = conversation.id;
        m.direction = direction;
        m.purpose = purpose;
        m.sentAt = server.now();
        if (direction == Direction::Outbound)
            m.sentiment = Sentiment();
        DataBatch batch;
        batch.messages = {m};
        server.publish(batch);
        return m.id;
    }

    QList<AlertKind> alerts()
    {
        QList<AlertKind> out;
        for (const AlertKind kind :
             {AlertKind::OutsideNormalRange, AlertKind::StrongAnger, AlertKind::ChurnRisk,
              AlertKind::FirstResponseDueSoon, AlertKind::FirstResponseMissed, AlertKind::ResolutionDueSoon,
              AlertKind::ResolutionMissed, AlertKind::RepeatContact, AlertKind::BotHandover})
            out += QList<AlertKind>(count(kind), kind);
        return out;
    }

    int count(AlertKind kind)
    {
        int n = 0;
        for (const Alert &a : allAlerts()) {
            if (a.kind == kind)
                ++n;
        }
        return n;
    }

    AlertId openAlert(AlertKind kind)
    {
        for (const Alert &a : allAlerts()) {
            if (a.kind == kind && a.isOpen())
                return a.id;
        }
        return {};
    }

    QList<Alert> allAlerts()
    {
        // Every alert of this conversation, open or handled: the open ones and the handled ones differ
        // only in state, so read the change log's latest state of each.
        QHash<qint64, Alert> byId;
        Agent admin;
        admin.role = AgentRole::Admin;
        for (const Change &change :
             server.store().changesAfter(0, server.store().head(), 1000000, qint64(1) << 40, admin)) {
            if (change.kind != ChangeKind::Alert)
                continue;
            QString error;
            const auto a =
                DomainJson::readAlert(QJsonDocument::fromJson(change.encodedData).object(), &error);
            if (a && a->conversation == conversation.id)
                byId.insert(a->id.value(), *a);
        }
        return byId.values();
    }
};

qint64 alertsIn(Desk &desk, ConversationId conversation = ConversationId())
{
    auto query = desk.profile.db().prepare(conversation.isValid()
                                               ? "SELECT count(*) FROM alerts WHERE conversation_id = ?1"
                                               : "SELECT count(*) FROM alerts WHERE ?1 = ?1");
    query.bind(1, conversation.value());
    return query.step() ? query.int64(0) : -1;
}

int alertStateIn(Desk &desk, AlertId id)
{
    auto query = desk.profile.db().prepare("SELECT state FROM alerts WHERE id = ?1 AND pending_op IS NULL");
    query.bind(1, id.value());
    return query.step() ? query.int32(0) : -1;
}

qint64 assigneeIn(Desk &desk, ConversationId id)
{
    auto query =
        desk.profile.db().prepare("SELECT coalesce(assignee_id, 0) FROM conversations WHERE id = ?1");
    query.bind(1, id.value());
    return query.step() ? query.int64(0) : -1;
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void strongEmotionsFireAboveTheirThresholdsOnly()
    {
        const auto calm = usually(0.0, 0.6); // a customer whose moods vary a lot: never outside the range
        QCOMPARE(
            kinds(AlertRules::forMessage(factsFor(customerSays(-0.9f, QStringLiteral("anger"), 0.9f), calm))),
            QList<AlertKind>{AlertKind::StrongAnger});
        QVERIFY(AlertRules::forMessage(factsFor(customerSays(-0.5f, QStringLiteral("anger"), 0.5f), calm))
                    .isEmpty());
        QVERIFY(AlertRules::forMessage(factsFor(customerSays(-0.9f, QStringLiteral("sadness"), 0.9f), calm))
                    .isEmpty());
        QCOMPARE(kinds(AlertRules::forMessage(
                     factsFor(customerSays(-0.5f, QStringLiteral("frustration"), 0.6f, 0.7f), calm))),
                 QList<AlertKind>{AlertKind::ChurnRisk});
        QVERIFY(AlertRules::forMessage(factsFor(customerSays(-0.5f, QString(), 0.6f, 0.3f), calm)).isEmpty());
        // The alert carries its evidence.
        const Alert a =
            AlertRules::forMessage(factsFor(customerSays(-0.9f, QStringLiteral("anger"), 0.9f), calm))
                .front();
        QCOMPARE(a.emotion, QStringLiteral("anger"));
        QCOMPARE(a.strength, 0.9f);
        QCOMPARE(*a.valence, -0.9f);
        QCOMPARE(*a.baselineMean, 0.0f);
        QCOMPARE(a.message, MessageId(100));
        // Agents' messages are never judged.
        Message reply = customerSays(-0.9f, QStringLiteral("anger"), 0.9f);
        reply.direction = Direction::Outbound;
        QVERIFY(AlertRules::forMessage(factsFor(reply, calm)).isEmpty());
    }

    void outsideTheNormalRangeIsPerCustomer()
    {
        const Message mild = customerSays(-0.3f);
        // Usually cheerful and steady: a mildly negative message is far outside their range.
        QCOMPARE(kinds(AlertRules::forMessage(factsFor(mild, usually(0.5, 0.1)))),
                 QList<AlertKind>{AlertKind::OutsideNormalRange});
        // Usually grumpy: the same message is their normal.
        QVERIFY(AlertRules::forMessage(factsFor(mild, usually(-0.4, 0.2))).isEmpty());
        // Unusually happy is not trouble.
        QVERIFY(AlertRules::forMessage(factsFor(customerSays(0.9f), usually(-0.4, 0.1))).isEmpty());
        // A new customer is judged against the global baseline: only a strong dip counts.
        const auto newcomer = emotion::customerBaseline(std::vector<double>{});
        QVERIFY(AlertRules::forMessage(factsFor(mild, newcomer)).isEmpty());
        QCOMPARE(kinds(AlertRules::forMessage(factsFor(customerSays(-0.95f), newcomer))),
                 QList<AlertKind>{AlertKind::OutsideNormalRange});
        // Unscored messages raise no emotion alert.
        Message unscored = mild;
        unscored.sentiment = Sentiment();
        QVERIFY(AlertRules::forMessage(factsFor(unscored, usually(0.5, 0.1))).isEmpty());
    }

    void repeatContactAndHandOver()
    {
        const auto calm = usually(0.0, 0.6);
        AlertRules::MessageFacts first = factsFor(customerSays(0.0f), calm);
        first.previous.reset();
        Conversation earlier;
        earlier.id = ConversationId(3);
        earlier.customer = CustomerId(5);
        earlier.createdAt = t0.addDays(-3);
        first.customerConversations = {earlier, first.conversation};
        const QList<Alert> repeat = AlertRules::forMessage(first);
        QCOMPARE(kinds(repeat), QList<AlertKind>{AlertKind::RepeatContact});
        QCOMPARE(repeat.front().earlier, ConversationId(3));
        first.customerConversations.front().createdAt = t0.addDays(-(AlertRules::repeatContactDays + 1));
        QVERIFY(AlertRules::forMessage(first).isEmpty()); // too long ago
        first.customerConversations = {first.conversation};
        QVERIFY(AlertRules::forMessage(first).isEmpty()); // a first-time customer

        AlertRules::MessageFacts afterBot = factsFor(customerSays(-0.2f), calm);
        afterBot.previous->author = AgentId();
        afterBot.previous->purpose = MessagePurpose::Automated;
        QCOMPARE(kinds(AlertRules::forMessage(afterBot)), QList<AlertKind>{AlertKind::BotHandover});
        afterBot.message.sentiment.valence = 0.8f; // "thanks, that was it"
        afterBot.message.sentiment.label = SentimentLabel::Positive;
        QVERIFY(AlertRules::forMessage(afterBot).isEmpty());
    }

    void deadlinesDueSoonThenMissedEachOnce()
    {
        Conversation c;
        c.id = ConversationId(10);
        c.customer = CustomerId(5);
        c.channel = Channel::WebChat;
        c.createdAt = t0;
        c.firstResponseDue = SlaPolicy::defaults().firstResponseDue(c.channel, t0);
        QCOMPARE(c.firstResponseDue, t0.addSecs(30 * 60));
        QVERIFY(AlertRules::forDeadlines(c, t0.addSecs(10 * 60)).isEmpty());
        const QList<Alert> soon = AlertRules::forDeadlines(c, t0.addSecs(25 * 60));
        QCOMPARE(kinds(soon), QList<AlertKind>{AlertKind::FirstResponseDueSoon});
        const QList<Alert> missed = AlertRules::forDeadlines(c, t0.addSecs(31 * 60));
        QCOMPARE(kinds(missed), QList<AlertKind>{AlertKind::FirstResponseMissed});
        QCOMPARE(AlertRules::alertKey(soon.front()),
                 AlertRules::alertKey(AlertRules::forDeadlines(c, t0.addSecs(26 * 60)).front()));
        QVERIFY(AlertRules::alertKey(soon.front()) != AlertRules::alertKey(missed.front()));
        c.status = ConversationStatus::Resolved;
        QVERIFY(AlertRules::forDeadlines(c, t0.addSecs(31 * 60)).isEmpty());

        // E-mail complaints: 24 hours; a team's own targets per channel from a file.
        QCOMPARE(SlaPolicy::defaults().firstResponseDue(Channel::Email, t0), t0.addDays(1));
        QString error;
        const auto policy = SlaPolicy::fromJson(
            R"({"channels": {"email": {"first_response_minutes": 240}, "telegram": {"first_response_minutes": 0}}})",
            &error);
        QVERIFY2(policy, qPrintable(error));
        QCOMPARE(policy->firstResponseDue(Channel::Email, t0), t0.addSecs(4 * 3600));
        QVERIFY(!policy->firstResponseDue(Channel::Telegram, t0).isValid());
        QCOMPARE(policy->firstResponseDue(Channel::WebChat, t0), t0.addSecs(30 * 60));
        QVERIFY(!SlaPolicy::fromJson(R"({"channels": {"fax": {}}})", &error));
        QVERIFY2(error.contains(QStringLiteral("channels.fax")), qPrintable(error));
        QVERIFY(!SlaPolicy::fromJson(R"({"channels": {"email": {"first_response_minutes": -5}}})", &error));
        QVERIFY2(error.contains(QStringLiteral("first_response_minutes")), qPrintable(error));
    }

    void serverJudgesEachMessageOnceAgainstTheCustomersBaseline()
    {
        TestServer server(0);
        Scene cheerful(server);
        for (int i = 0; i < 30; ++i) // enough of their own history to outweigh the global baseline
            cheerful.say(0.5f + 0.02f * (i % 3));
        QCOMPARE(cheerful.alerts(), QList<AlertKind>());
        cheerful.say(-0.3f); // outside this customer's range
        server.alerts().scanNewMessages();
        QCOMPARE(cheerful.alerts(), QList<AlertKind>{AlertKind::OutsideNormalRange});
        cheerful.say(-0.4f); // while the first is open: no second alert
        server.alerts().scanNewMessages();
        QCOMPARE(cheerful.alerts().size(), 1);
        // Republished messages (the conversation given to another agent) are not judged again.
        server.store().inTransaction(
            [&] { server.store().republishConversationContents(cheerful.conversation.id); });
        server.alerts().scanNewMessages();
        QCOMPARE(cheerful.alerts().size(), 1);
        // Once a lead handled it, the next dip is a new alert.
        Alert handled = cheerful.allAlerts().front();
        handled.state = AlertState::Acknowledged;
        server.store().inTransaction([&] { server.store().putAlert(handled); });
        cheerful.say(-0.5f);
        server.alerts().scanNewMessages();
        QCOMPARE(cheerful.alerts().size(), 2);

        Scene grumpy(server);
        for (int i = 0; i < 30; ++i)
            grumpy.say(-0.3f - 0.05f * (i % 3));
        grumpy.say(-0.4f);
        server.alerts().scanNewMessages();
        QCOMPARE(grumpy.alerts(), QList<AlertKind>());

        // A customer back within days: once, on the new conversation's first message.
        Scene back(server);
        Conversation again = back.conversation;
        again.id = server.store().nextConversationId();
        again.createdAt = server.now().addSecs(3600);
        DataBatch batch;
        batch.conversations = {again};
        server.publish(batch);
        back.conversation = again;
        back.say(0.0f);
        back.say(0.0f);
        server.alerts().scanNewMessages();
        QCOMPARE(back.alerts(), QList<AlertKind>{AlertKind::RepeatContact});

        // The assistant answered; the customer asks again: handed over, once.
        Scene bot(server);
        bot.say(0.0f);
        bot.say(0.0f, QString(), 0.0f, MessagePurpose::Automated, Direction::Outbound);
        bot.say(-0.2f);
        bot.say(-0.3f);
        server.alerts().scanNewMessages();
        QCOMPARE(bot.alerts(), QList<AlertKind>{AlertKind::BotHandover});

        // Nothing is judged twice after a restart: the cursor and the baselines are stored.
        const int before = int(cheerful.alerts().size() + back.alerts().size() + bot.alerts().size());
        AlertService restarted(server.store(), [&] { return server.now(); });
        QVERIFY(restarted.scanNewMessages().isEmpty());
        QCOMPARE(int(cheerful.alerts().size() + back.alerts().size() + bot.alerts().size()), before);
    }

    void deadlineAlertsFireWithoutAnyLeadOnline()
    {
        TestServer server(0);
        Scene waiting(server, Channel::Telegram);
        Conversation c = waiting.conversation;
        c.firstResponseDue = SlaPolicy::defaults().firstResponseDue(c.channel, c.createdAt);
        c.resolutionDue = SlaPolicy::defaults().resolutionDue(c.channel, c.createdAt);
        DataBatch batch;
        batch.conversations = {c};
        server.publish(batch);
        waiting.say(-0.1f);
        QVERIFY(server.alerts().checkDeadlines().isEmpty());
        server.setNow(c.createdAt.addSecs(26 * 60));
        QCOMPARE(kinds(server.alerts().checkDeadlines()), QList<AlertKind>{AlertKind::FirstResponseDueSoon});
        QVERIFY(server.alerts().checkDeadlines().isEmpty());
        server.setNow(c.createdAt.addSecs(31 * 60));
        QCOMPARE(kinds(server.alerts().checkDeadlines()), QList<AlertKind>{AlertKind::FirstResponseMissed});
        QVERIFY(server.alerts().checkDeadlines().isEmpty());
        server.setNow(c.createdAt.addSecs(25 * 3600));
        QCOMPARE(kinds(server.alerts().checkDeadlines()), QList<AlertKind>{AlertKind::ResolutionMissed});
        QCOMPARE(waiting.alerts(),
                 (QList<AlertKind>{AlertKind::FirstResponseDueSoon, AlertKind::FirstResponseMissed,
                                   AlertKind::ResolutionMissed}));
    }

    // A check reads the conversations whose moment came, at most checksPerCall of them: a backlog is
    // worked through over the next calls rather than in one long pause of the server.
    void deadlineChecksReadWhatIsDueABoundedNumberAtATime()
    {
        TestServer server(0);
        const QDateTime t0 = server.now();
        Customer customer;
        customer.id = server.store().nextCustomerId();
        customer.displayName = QStringLiteral("Many chats");
        DataBatch batch;
        batch.customers = {customer};
        const qint64 first = server.store().nextConversationId().value();
        const int count = AlertService::checksPerCall + 5;
        for (int i = 0; i < count; ++i) {
            Conversation c;
            c.id = ConversationId(first + i);
            c.customer = customer.id;
            c.channel = Channel::Telegram;
            c.language = Language::English;
            c.createdAt = t0;
            c.firstResponseDue = t0.addSecs(30 * 60);
            batch.conversations.append(c);
        }
        server.publish(batch);
        QVERIFY(server.alerts().checkDeadlines().isEmpty());
        server.setNow(t0.addSecs(26 * 60));
        QCOMPARE(server.alerts().checkDeadlines().size(), AlertService::checksPerCall);
        QCOMPARE(server.alerts().checkDeadlines().size(), 5);
        QVERIFY(server.alerts().checkDeadlines().isEmpty());
        server.setNow(t0.addSecs(31 * 60));
        QCOMPARE(server.alerts().checkDeadlines().size(), AlertService::checksPerCall);
        QCOMPARE(server.alerts().checkDeadlines().size(), 5);
        QVERIFY(server.alerts().checkDeadlines().isEmpty());
    }

    void leadsGetAlertsLiveAndActAgentsAreRefused()
    {
        TestServer server(20);
        Desk lead;
        Desk alex;
        QVERIFY(lead.logIn(server.url(), QStringLiteral("julia")));
        QVERIFY(alex.logIn(server.url(), QStringLiteral("alex")));
        const AgentId alexId = server.agent(QStringLiteral("alex"));
        const AgentId juliaId = server.agent(QStringLiteral("julia"));
        Scene angry(server, Channel::WebChat, alexId);
        QTRY_VERIFY(assigneeIn(alex, angry.conversation.id) == alexId.value()); // alex sees his conversation
        angry.say(-0.9f, QStringLiteral("anger"), 0.95f);
        // Strong anger, and (for a customer without history) outside the everyone's normal range too.
        QTRY_COMPARE(angry.alerts(),
                     (QList<AlertKind>{AlertKind::OutsideNormalRange, AlertKind::StrongAnger}));
        QTRY_COMPARE(alertsIn(lead, angry.conversation.id), 2); // pushed to the lead at once
        QCOMPARE(alertsIn(alex), 0);                            // never to an agent
        const AlertId id = angry.openAlert(AlertKind::StrongAnger);

        // The lead's models show it, with its evidence.
        SupervisorReader supervisor(lead.profile.db());
        AlertModel alerts(supervisor, [&] { return server.now(); });
        QAbstractItemModelTester alertTester(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = alerts.rowOf(id);
        QVERIFY(row >= 0);
        const QModelIndex index = alerts.index(row);
        QCOMPARE(index.data(AlertModel::KindRole).toInt(), int(AlertKind::StrongAnger));
        QCOMPARE(index.data(AlertModel::MessageRole).toString(), QStringLiteral("text"));
        QCOMPARE(index.data(AlertModel::EmotionRole).toString(), QStringLiteral("anger"));
        QVERIFY(index.data(AlertModel::BaselineMeanRole).isValid());
        QCOMPARE(index.data(AlertModel::AgentNameRole).toString(),
                 server.store().accountById(alexId)->agent.displayName);

        // Agents may not act on alerts nor write private notes.
        QSignalSpy alexFailed(&alex.engine, &SyncEngine::operationFailed);
        alex.profile.writer().queueAlertAction(id, CacheWriter::AlertAction::Acknowledge, AgentId(),
                                               server.now());
        alex.profile.writer().queueReply(angry.conversation.id, QStringLiteral("psst"), alexId, server.now(),
                                         Language::English, MessagePurpose::PrivateNote);
        alex.engine.flushOutbox();
        QTRY_COMPARE(alexFailed.size(), 2);
        QCOMPARE(alexFailed[0][1].toString(), QStringLiteral("forbidden"));
        QCOMPARE(alexFailed[1][1].toString(), QStringLiteral("forbidden"));

        // The lead writes a private note: the agent sees it, marked; the customer's channel never does.
        lead.profile.writer().queueReply(angry.conversation.id, QStringLiteral("Offer the voucher, please."),
                                         juliaId, server.now(), Language::English,
                                         MessagePurpose::PrivateNote);
        lead.engine.flushOutbox();
        QTRY_COMPARE(alex.count("SELECT count(*) FROM messages WHERE purpose = 3 AND id > 0"), 1);
        const auto stored = server.store().messagesAfter(angry.conversation.id, MessageId()).constLast();
        QCOMPARE(stored.purpose, MessagePurpose::PrivateNote);
        QVERIFY(!customerSees(stored.purpose));
        // The last message the customer saw is still the one before it.
        QCOMPARE_NE(server.store().lastMessage(angry.conversation.id)->id, stored.id);
        QVERIFY(server.store().conversation(angry.conversation.id)->assignee == alexId); // still alex's

        // Acknowledge; a second action on a handled alert is refused.
        QSignalSpy leadFailed(&lead.engine, &SyncEngine::operationFailed);
        lead.profile.writer().queueAlertAction(id, CacheWriter::AlertAction::Acknowledge, AgentId(),
                                               server.now());
        lead.engine.flushOutbox();
        QTRY_COMPARE(alertStateIn(lead, id), int(AlertState::Acknowledged));
        alerts.refresh();
        QCOMPARE(alerts.index(alerts.rowOf(id)).data(AlertModel::StateRole).toInt(),
                 int(AlertState::Acknowledged));
        lead.profile.writer().queueAlertAction(id, CacheWriter::AlertAction::TakeOver, AgentId(),
                                               server.now());
        lead.engine.flushOutbox();
        QTRY_COMPARE(leadFailed.size(), 1);
        QCOMPARE(leadFailed[0][1].toString(), QStringLiteral("conflict"));

        // Another strong message: take over moves the conversation to the lead; reassign to someone else.
        angry.say(-0.95f, QStringLiteral("anger"), 0.97f, MessagePurpose::Plain);
        QTRY_COMPARE(alertsIn(lead, angry.conversation.id), 3); // anger again: the first was handled
        const AlertId second = angry.openAlert(AlertKind::StrongAnger);
        QVERIFY(second.isValid() && second != id);
        QSignalSpy raised(&alerts, &AlertModel::raised);
        alerts.refresh();
        QCOMPARE(raised.size(), 1); // what a desktop notification follows
        lead.profile.writer().queueAlertAction(second, CacheWriter::AlertAction::TakeOver, AgentId(),
                                               server.now());
        lead.engine.flushOutbox();
        QTRY_COMPARE(assigneeIn(lead, angry.conversation.id), juliaId.value());
        QTRY_COMPARE(alertStateIn(lead, second), int(AlertState::TakenOver));
        const AgentId kasia = server.agent(QStringLiteral("kasia"));
        // Reassigning needs an open alert: raise one with the churn rule.
        Message churn = customerSays(-0.6f, QStringLiteral("frustration"), 0.6f, 0.8f);
        churn.id = server.store().nextMessageId();
        churn.conversation = angry.conversation.id;
        churn.sentAt = server.now();
        DataBatch batch;
        batch.messages = {churn};
        server.publish(batch);
        QTRY_COMPARE(alertsIn(lead, angry.conversation.id), 4);
        const AlertId churnAlert = angry.openAlert(AlertKind::ChurnRisk);
        QVERIFY(churnAlert.isValid());
        lead.profile.writer().queueAlertAction(churnAlert, CacheWriter::AlertAction::Reassign, kasia,
                                               server.now());
        lead.engine.flushOutbox();
        QTRY_COMPARE(assigneeIn(lead, angry.conversation.id), kasia.value());
        QTRY_COMPARE(alertStateIn(lead, churnAlert), int(AlertState::Reassigned));
        QCOMPARE(server.store().alert(churnAlert)->handledBy, juliaId);
        QCOMPARE(alertsIn(alex), 0);
    }

    void wallListsOpenConversationsAndFilters()
    {
        TestServer server(60);
        Desk lead;
        QVERIFY(lead.logIn(server.url(), QStringLiteral("julia")));
        SupervisorReader supervisor(lead.profile.db());
        WallModel wall(supervisor, [&] { return server.now(); });
        wall.refresh();
        QAbstractItemModelTester tester(&wall, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 active = lead.count("SELECT count(*) FROM conversations WHERE status IN (1, 2)");
        QVERIFY(active > 0);
        QCOMPARE(wall.rowCount(), int(active));

        WallFilter filter;
        filter.setSourceModel(&wall);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        WallCriteria unassigned;
        unassigned.agent = WallCriteria::Agent::Unassigned;
        filter.setCriteria(unassigned);
        QCOMPARE(filter.rowCount(),
                 int(lead.count(
                     "SELECT count(*) FROM conversations WHERE status IN (1, 2) AND assignee_id IS NULL")));
        WallCriteria telegram;
        telegram.channel = Channel::Telegram;
        telegram.sortColumn = WallModel::CustomerColumn;
        filter.setCriteria(telegram);
        QCOMPARE(
            filter.rowCount(),
            int(lead.count("SELECT count(*) FROM conversations WHERE status IN (1, 2) AND channel = 3")));
        for (int r = 1; r < filter.rowCount(); ++r)
            QVERIFY(filter.index(r - 1, 0).data().toString().localeAwareCompare(
                        filter.index(r, 0).data().toString()) <= 0);
        // A saved view comes back as it was saved.
        QCOMPARE(WallCriteria::fromJson(telegram.toJson()), telegram);

        // Live: a new conversation appears, a resolved one leaves, a changed mood is announced.
        Scene fresh(server);
        fresh.say(-0.8f, QStringLiteral("anger"), 0.9f);
        QTRY_VERIFY([&] {
            wall.refresh();
            return wall.rowOf(fresh.conversation.id) >= 0;
        }());
        const int row = wall.rowOf(fresh.conversation.id);
        QVERIFY(wall.index(row, WallModel::MoodColumn).data(MoodRole).toDouble() < 0);
        QTRY_VERIFY([&] {
            wall.refresh();
            return wall.index(wall.rowOf(fresh.conversation.id), 0).data(WallModel::OpenAlertsRole).toInt() >
                   0;
        }());
        Conversation resolved = fresh.conversation;
        resolved.status = ConversationStatus::Resolved;
        DataBatch batch;
        batch.conversations = {resolved};
        server.publish(batch);
        QTRY_VERIFY([&] {
            wall.refresh();
            return wall.rowOf(fresh.conversation.id) < 0;
        }());
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
