// A customer's history across channels: the reader, the model and the figures computed from it
// (contact fatigue, repeat contact, preferred channel, lifetime value, sentiment curve).
#include "cache/HistoryReader.h"
#include "history/CustomerFacts.h"
#include "models/HistoryModel.h"
#include "TestProfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

namespace {

constexpr qint64 hourMs = 60 * 60 * 1000;
constexpr qint64 dayMs = 24 * hourMs;

// Anna writes on four channels about her order 100482 and another; Boris is someone else entirely.
class History
{
public:
    History()
    {
        add(customer(1, QStringLiteral("Anna Kowalska"), QStringLiteral("Anna")));
        add(customer(2, QStringLiteral("Boris Ivanov"), QStringLiteral("Boris")));
        conversation(10, 1, Channel::Email, ConversationStatus::Resolved, -20 * dayMs);
        conversation(11, 1, Channel::WebChat, ConversationStatus::Resolved, -4 * dayMs);
        conversation(12, 1, Channel::Telegram, ConversationStatus::Pending, -2 * dayMs);
        conversation(13, 1, Channel::Phone, ConversationStatus::Open, -3 * hourMs);
        conversation(20, 2, Channel::Email, ConversationStatus::Open, -1 * dayMs);
        // conversation 10: a complaint long ago, answered in two messages (one contact), then thanks
        message(100, 10, Direction::Inbound, -20 * dayMs, u"The parcel came damaged"_qs, -0.7);
        message(101, 10, Direction::Outbound, -20 * dayMs + hourMs, u"So sorry, we are sending a new one"_qs);
        message(102, 10, Direction::Outbound, -20 * dayMs + hourMs + 60000, u"Tracking follows"_qs);
        message(103, 10, Direction::Inbound, -19 * dayMs, u"Thank you, that is great"_qs, 0.8);
        // conversations 11, 12, 13: three contacts about order 100482 in four days
        message(110, 11, Direction::Inbound, -4 * dayMs, u"Where is order 100482?"_qs, -0.3);
        message(111, 11, Direction::Outbound, -4 * dayMs + hourMs, u"It ships tomorrow"_qs);
        message(120, 12, Direction::Inbound, -2 * dayMs, u"Still nothing for #100482, again"_qs, -0.6);
        message(121, 12, Direction::Inbound, -2 * dayMs + 60000, u"100482!!!"_qs, -0.8);
        message(122, 12, Direction::Outbound, -2 * dayMs + hourMs, u"Checking with the courier"_qs);
        message(123, 12, Direction::Inbound, -2 * dayMs + 2 * hourMs, u"?"_qs);
        message(130, 13, Direction::Inbound, -3 * hourMs, u"Order 100482 is a joke"_qs, -0.9);
        // an unsolicited follow-up of ours in the phone conversation, a second contact there
        message(131, 13, Direction::Outbound, -2 * hourMs, u"We called you back"_qs);
        message(132, 13, Direction::Outbound, -1 * hourMs, u"Please call us"_qs);
        message(133, 13, Direction::Inbound, -50 * 60000, u"ok"_qs, 0.0);
        message(134, 13, Direction::Outbound, -40 * 60000, u"Here is a voucher"_qs);
        message(200, 20, Direction::Inbound, -1 * dayMs, u"Order 100482 mine? no, 555123"_qs, -0.2);
        order(1000, 1, u"100482"_qs, 12999, u"PLN"_qs, -6 * dayMs);
        order(1001, 1, u"100301"_qs, 4500, u"PLN"_qs, -60 * dayMs);
        order(1002, 1, u"77"_qs, 2000, u"EUR"_qs, -90 * dayMs);
        order(2000, 2, u"555123"_qs, 100, u"RUB"_qs, -2 * dayMs);
        survey(3000, 1, 10, SurveyKind::Csat, 5, -19 * dayMs);
        survey(3001, 1, 0, SurveyKind::Nps, 3, -1 * dayMs);
    }

    qint64 now() const { return fixedNow().toMSecsSinceEpoch(); }
    void writeTo(CacheWriter &writer) const { writer.writeBatch(m_batch); }

private:
    QDateTime at(qint64 offset) const { return QDateTime::fromMSecsSinceEpoch(now() + offset, Qt::UTC); }
    Customer customer(qint64 id, const QString &name, const QString &first)
    {
        Customer c;
        c.id = CustomerId(id);
        c.displayName = name;
        c.firstName = first;
        c.preferredLanguage = Language::Polish;
        c.identities = {{IdentityKind::Email, first.toLower() + u"@example.com"_qs},
                        {IdentityKind::Telegram, u"@"_qs + first.toLower()}};
        c.createdAt = at(-100 * dayMs);
        return c;
    }
    void add(const Customer &c) { m_batch.customers.append(c); }
    void conversation(qint64 id, qint64 customer, Channel channel, ConversationStatus status, qint64 created)
    {
        Conversation c;
        c.id = ConversationId(id);
        c.customer = CustomerId(customer);
        c.channel = channel;
        c.status = status;
        c.language = Language::English;
        c.createdAt = at(created);
        m_batch.conversations.append(c);
    }
    void message(qint64 id, qint64 conversation, Direction direction, qint64 when, const QString &body,
                 std::optional<double> valence = std::nullopt)
    {
        Message m;
        m.id = MessageId(id);
        m.conversation = ConversationId(conversation);
        m.direction = direction;
        m.author = direction == Direction::Outbound ? AgentId(1) : AgentId();
        m.body = body;
        m.sentAt = at(when);
        m.language = Language::English;
        if (valence) {
            m.sentiment.valence = float(*valence);
            m.sentiment.label = labelOfValence(*valence);
            m.sentiment.confidence = 0.8f;
        }
        m_batch.messages.append(m);
    }
    void order(qint64 id, qint64 customer, const QString &number, qint64 minor, const QString &currency,
               qint64 when)
    {
        m_batch.orders.append(
            Order{OrderId(id), CustomerId(customer), number, Money{minor, currency}, u"Things"_qs, at(when)});
    }
    void survey(qint64 id, qint64 customer, qint64 conversation, SurveyKind kind, int score, qint64 when)
    {
        SurveyAnswer s;
        s.id = SurveyAnswerId(id);
        s.customer = CustomerId(customer);
        s.conversation = ConversationId(conversation);
        s.kind = kind;
        s.score = score;
        s.answeredAt = at(when);
        m_batch.surveys.append(s);
    }

    DataBatch m_batch;
};

} // namespace

class TestCustomerHistory : public QObject
{
    Q_OBJECT

private slots:
    void readsOneCustomerOnEveryChannel()
    {
        TestProfile profile;
        History().writeTo(profile.writer());
        HistoryReader reader(profile.db());

        const auto anna = reader.customer(CustomerId(1));
        QVERIFY(anna);
        QCOMPARE(anna->displayName, u"Anna Kowalska"_qs);
        QCOMPARE(anna->preferredLanguage, Language::Polish);
        QCOMPARE(anna->identities.size(), 2);
        QCOMPARE(anna->conversations, 4);
        QCOMPARE(anna->openConversations, 2); // pending and open
        QVERIFY(!reader.customer(CustomerId(99)));

        const QList<HistoryItem> items = reader.history(CustomerId(1));
        QCOMPARE(items.size(), 15 + 3 + 2); // messages, orders, surveys; nothing of Boris
        for (qsizetype i = 1; i < items.size(); ++i)
            QVERIFY(items[i - 1].at >= items[i].at);
        QSet<int> channels;
        for (const HistoryItem &item : items) {
            QVERIFY(item.id != 200 && item.id != 2000);
            if (item.kind == HistoryKind::Message)
                channels.insert(int(item.channel));
        }
        QCOMPARE(channels.size(), 4);
        QCOMPARE(items.front().id, 134);
        const auto order = std::find_if(items.begin(), items.end(),
                                        [](const HistoryItem &i) { return i.kind == HistoryKind::Order; });
        QCOMPARE(order->orderNumber, u"100482"_qs);
        QCOMPARE(order->amountMinor, 12999);
    }

    void modelFiltersByKindAndMarksTurningPoints()
    {
        TestProfile profile;
        History().writeTo(profile.writer());
        HistoryReader reader(profile.db());
        HistoryModel model(reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &HistoryModel::customerChanged);
        model.setCustomer(CustomerId(1));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 20);

        model.setKinds(int(HistoryKind::Order) | int(HistoryKind::Survey));
        QCOMPARE(model.rowCount(), 5);
        for (int row = 0; row < model.rowCount(); ++row) {
            const int kind = model.index(row).data(HistoryModel::KindRole).toInt();
            QVERIFY(kind == int(HistoryKind::Order) || kind == int(HistoryKind::Survey));
            if (kind == int(HistoryKind::Order)) {
                QVERIFY(!model.index(row).data(HistoryModel::ChannelRole).isValid());
                QVERIFY(model.index(row).data(HistoryModel::AmountMinorRole).isValid());
            }
        }
        model.setKinds(int(HistoryKind::Message));
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.items().size(), 20); // the figures still see everything

        // The mood turned when the complaint about 100482 followed the thanks.
        int turning = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (index.data(HistoryModel::TurningPointRole).toBool()) {
                ++turning;
                QCOMPARE(index.data(HistoryModel::DirectionRole).toInt(), int(Direction::Inbound));
            }
            if (index.data(HistoryModel::DirectionRole).toInt() == int(Direction::Outbound))
                QVERIFY(!index.data(HistoryModel::ValenceRole).isValid());
        }
        QVERIFY(turning >= 2);
        QCOMPARE(model.sentiment().size(), 7);

        model.setCustomer(CustomerId(99));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.record().displayName.size());
    }

    void countsTheCompanysContacts()
    {
        TestProfile profile;
        History().writeTo(profile.writer());
        HistoryReader reader(profile.db());
        const QList<HistoryItem> items = reader.history(CustomerId(1));
        const qint64 now = fixedNow().toMSecsSinceEpoch();
        // 7 days: one reply in 11, one in 12, two runs in 13 (the unasked follow-up, the voucher);
        // 30 days: also the two-message reply in 10, which counts once.
        const ContactCount contacts = companyContacts(items, now);
        QCOMPARE(contacts.last7Days, 4);
        QCOMPARE(contacts.last30Days, 5);
        QCOMPARE(companyContacts(items, now - 3 * dayMs).last7Days, 1); // as it stood three days ago
        QVERIFY(!customerAwaitsReply(items, ConversationId(13)));       // our voucher was the last word
        QVERIFY(!customerAwaitsReply(items, ConversationId(99)));
        QVERIFY(customerAwaitsReply(items, ConversationId(10))); // her thanks were the last word
        QVERIFY(customerAwaitsReply(items, ConversationId(12)));
    }

    void findsTheOrderTheCustomerKeepsComingBackAbout()
    {
        TestProfile profile;
        History().writeTo(profile.writer());
        HistoryReader reader(profile.db());
        const QList<HistoryItem> items = reader.history(CustomerId(1));
        const qint64 now = fixedNow().toMSecsSinceEpoch();
        const auto repeat = repeatContact(items, now);
        QVERIFY(repeat);
        QCOMPARE(repeat->orderNumber, u"100482"_qs);
        QCOMPARE(repeat->contacts, 3); // two messages in conversation 12 are one contact
        QCOMPARE(repeat->withinDays, 4);
        // A window of two days sees only conversations 12 and 13.
        QCOMPARE(repeatContact(items, now, 2)->contacts, 2);
        // Four days ago there had been only one contact.
        QVERIFY(!repeatContact(items, now - 3 * dayMs));
    }

    void summarisesChannelValueAndSentiment()
    {
        TestProfile profile;
        History().writeTo(profile.writer());
        HistoryReader reader(profile.db());
        const QList<HistoryItem> items = reader.history(CustomerId(1));
        QCOMPARE(preferredChannel(items), Channel::Telegram); // three of her messages came from Telegram
        const QList<Money> value = lifetimeValue(items);
        QCOMPARE(value.size(), 2);
        QCOMPARE(value[0].currency, u"PLN"_qs);
        QCOMPARE(value[0].minorUnits, 12999 + 4500);
        QCOMPARE(value[1].minorUnits, 2000);
        const QList<SentimentPoint> curve = sentimentCurve(items);
        QCOMPARE(curve.size(), 7);
        QCOMPARE(curve.front().messageId, 100);
        QVERIFY(curve[1].mood > 0); // recovered after the thanks
        QVERIFY(curve.back().mood < 0);
        QVERIFY(!preferredChannel({}));
        QVERIFY(sentimentCurve({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerHistory)
#include "tst_customerhistory.moc"
