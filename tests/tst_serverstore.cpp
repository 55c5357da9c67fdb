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
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
