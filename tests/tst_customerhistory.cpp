// A customer's history across channels: the reader, the model and the figures computed from it
// (contact fatigue, repeat contact, preferred channel, lifetime value, sentiment curve).
#include "cache/HistoryReader.h"
#include "CustomerHistoryFixture.h"
#include "history/CustomerFacts.h"
#include "models/HistoryModel.h"
#include "TestProfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace empathy;
using namespace empathy::test;

namespace {
constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
} // namespace

class TestCustomerHistory : public QObject
{
    Q_OBJECT

private slots:
    void readsOneCustomerOnEveryChannel()
    {
        TestProfile profile;
        CustomerHistoryFixture().writeTo(profile.writer());
        HistoryReader reader(profile.db());

        const auto anna = reader.customer(CustomerId(1));
        QVERIFY(anna);
        QCOMPARE(anna->customer.displayName, u"Anna Kowalska"_qs);
        QCOMPARE(anna->customer.preferredLanguage, Language::Polish);
        QCOMPARE(anna->customer.identities.size(), 2);
        QCOMPARE(anna->conversations, 6);
        QCOMPARE(anna->openConversations, 2); // pending and open
        QVERIFY(!reader.customer(CustomerId(99)));

        const QList<HistoryItem> items = reader.history(CustomerId(1));
        QCOMPARE(items.size(), 18 + 3 + 2); // messages, orders, surveys; nothing of Boris
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
        CustomerHistoryFixture().writeTo(profile.writer());
        HistoryReader reader(profile.db());
        HistoryModel model(reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &HistoryModel::customerChanged);
        model.setCustomer(CustomerId(1));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 23);

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
        QCOMPARE(model.rowCount(), 18);
        QCOMPARE(model.items().size(), 23); // the figures still see everything

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
        QVERIFY(!model.record().customer.displayName.size());
    }

    void countsTheCompanysContacts()
    {
        TestProfile profile;
        CustomerHistoryFixture().writeTo(profile.writer());
        HistoryReader reader(profile.db());
        const QList<HistoryItem> items = reader.history(CustomerId(1));
        const qint64 now = fixedNow().toMSecsSinceEpoch();
        // Unasked: the follow-up an hour after our reply in 13, the reminder and its follow-up in 14 (7
        // days), and the newsletter in 15 (30 days). Replies to her, in one message or two, are not counted.
        const ContactCount contacts = companyContacts(items, now);
        QCOMPARE(contacts.last7Days, 3);
        QCOMPARE(contacts.last30Days, 4);
        QCOMPARE(companyContacts(items, now - 4 * dayMs).last7Days, 1); // as it stood four days ago
        QVERIFY(!customerAwaitsReply(items, ConversationId(13)));       // our voucher was the last word
        QVERIFY(!customerAwaitsReply(items, ConversationId(99)));
        QVERIFY(customerAwaitsReply(items, ConversationId(10))); // her thanks were the last word
        QVERIFY(customerAwaitsReply(items, ConversationId(12)));
    }

    void findsTheOrderTheCustomerKeepsComingBackAbout()
    {
        TestProfile profile;
        CustomerHistoryFixture().writeTo(profile.writer());
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
        CustomerHistoryFixture().writeTo(profile.writer());
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
