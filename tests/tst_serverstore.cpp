// The server store's transactions: one inside another is a part that can fail on its own.
#include "storage/SqlServerStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace empathy;

class TestServerStore : public QObject
{
    Q_OBJECT

private:
    static Customer customer(qint64 id)
    {
        Customer c;
        c.id = CustomerId(id);
        c.displayName = QStringLiteral("Customer %1").arg(id);
        return c;
    }

    static Conversation openConversation(qint64 id, const QDateTime &createdAt)
    {
        Conversation c;
        c.id = ConversationId(id);
        c.customer = CustomerId(1);
        c.channel = Channel::WebChat;
        c.createdAt = createdAt;
        c.firstResponseDue = createdAt.addSecs(30 * 60);
        c.resolutionDue = createdAt.addSecs(24 * 3600);
        return c;
    }

    static QList<qint64> dueForCheck(SqlServerStore &store, const QDateTime &now)
    {
        QList<qint64> ids;
        for (const Conversation &c : store.conversationsDueForDeadlineCheck(now, 100))
            ids.append(c.id.value());
        return ids;
    }

private slots:
    void aFailedInnerTransactionIsUndoneAndTheOuterOneCommitsTheRest()
    {
        QTemporaryDir dir;
        SqlServerStore store(dir.path());
        const qint64 before = store.head();
        store.inTransaction([&] {
            store.putCustomer(customer(1));
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, store.inTransaction([&] {
                store.putCustomer(customer(2));
                throw std::runtime_error("the second arrival fails");
            }));
            store.inTransaction([&] { store.putCustomer(customer(3)); });
        });
        QVERIFY(store.customer(CustomerId(1)));
        QVERIFY(!store.customer(CustomerId(2)));
        QVERIFY(store.customer(CustomerId(3)));
        QCOMPARE(store.head(), before + 2); // the change of the undone part is gone with it
    }

    void anOuterTransactionThatFailsTakesItsInnerOnesWithIt()
    {
        QTemporaryDir dir;
        SqlServerStore store(dir.path());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, store.inTransaction([&] {
            store.inTransaction([&] { store.putCustomer(customer(1)); });
            throw std::runtime_error("the turn fails");
        }));
        QVERIFY(!store.customer(CustomerId(1)));
        QCOMPARE(store.head(), 0);
        // and the store goes on taking transactions
        store.inTransaction([&] { store.putCustomer(customer(4)); });
        QVERIFY(store.customer(CustomerId(4)));
    }

    // A conversation's deadlines are looked at from when the first of them is due soon; stored again with
    // the same ones it keeps the moment a look set, with other ones it gets theirs, resolved it has none.
    void conversationsAreDueForADeadlineCheckWhenTheirFirstDeadlineIsDueSoon()
    {
        QTemporaryDir dir;
        SqlServerStore store(dir.path());
        const QDateTime t0(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        store.putCustomer(customer(1));
        Conversation c = openConversation(1, t0);
        store.putConversation(c);
        Conversation noDeadlines = openConversation(2, t0);
        noDeadlines.firstResponseDue = QDateTime();
        noDeadlines.resolutionDue = QDateTime();
        store.putConversation(noDeadlines);

        QVERIFY(dueForCheck(store, t0.addSecs(20 * 60)).isEmpty());
        QCOMPARE(dueForCheck(store, t0.addSecs(26 * 60)), QList<qint64>{1});

        store.setNextDeadlineCheck(c.id, t0.addSecs(31 * 60));
        c.subject = QStringLiteral("Where is my order?");
        store.putConversation(c); // the same deadlines
        QVERIFY(dueForCheck(store, t0.addSecs(30 * 60)).isEmpty());
        QCOMPARE(dueForCheck(store, t0.addSecs(31 * 60)), QList<qint64>{1});

        c.firstResponseDue = QDateTime(); // answered: the resolution's moment is next
        store.putConversation(c);
        QVERIFY(dueForCheck(store, t0.addSecs(3600)).isEmpty());
        QCOMPARE(dueForCheck(store, t0.addSecs(20 * 3600)), QList<qint64>{1});

        store.setNextDeadlineCheck(c.id, QDateTime());
        QVERIFY(dueForCheck(store, t0.addSecs(48 * 3600)).isEmpty());

        c.status = ConversationStatus::Resolved;
        c.resolutionDue = t0.addSecs(3600);
        store.putConversation(c);
        QVERIFY(dueForCheck(store, t0.addSecs(48 * 3600)).isEmpty());
        c.status = ConversationStatus::Open; // reopened
        store.putConversation(c);
        QCOMPARE(dueForCheck(store, t0.addSecs(48 * 3600)), QList<qint64>{1});
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
