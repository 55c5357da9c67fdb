#include "protocol/DomainJson.h"
#include "storage/ServerMigrations.h"
#include "storage/SqlServerStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace empathy;

namespace {

// A connection of the test's own to a store file, closed with the object.
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql);
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// The server store's migrations get what the desk's have: a fresh store, an upgrade from every earlier
// version keeping what was stored, and a newer store refused without a byte written.
class TestServerMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    QString nextDir() { return m_dir.filePath(QStringLiteral("store-%1").arg(++m_next)); }

private slots:
    void stepsAreNumberedFromOneWithoutGaps()
    {
        const auto steps = ServerMigrations::builtIn();
        QVERIFY(steps.size() >= 7);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].version, i + 1);
        QCOMPARE(ServerMigrations::latest(), int(steps.size()));
    }

    void aFreshStoreHasTheLatestSchema()
    {
        const QString dir = nextDir();
        {
            SqlServerStore store(dir);
            QVERIFY(!store.generation().isEmpty());
            QCOMPARE(store.head(), 0);
        }
        Connection connection(dir + QStringLiteral("/empathy-server.sqlite"));
        QCOMPARE(ServerMigrations::version(connection.db()), ServerMigrations::latest());
    }

    void upgradesFromEveryVersionKeepingWhatWasStored_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 1; version < ServerMigrations::latest(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    // A store left at each earlier version, with an account and (from version 2) a change in it, opens at the
    // latest version with all of them.
    void upgradesFromEveryVersionKeepingWhatWasStored()
    {
        QFETCH(int, from);
        const QString dir = nextDir();
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/empathy-server.sqlite");
        {
            Connection old(path);
            ServerMigrations::migrate(old.db(), from);
            QCOMPARE(ServerMigrations::version(old.db()), from);
            QVERIFY(old.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('generation', 'gen-old')")));
            QVERIFY(
                old.exec(QStringLiteral("INSERT INTO accounts(id, login, display_name, role, password_hash) "
                                        "VALUES(1, 'julia', 'Julia Adamska', 2, 'hash')")));
            if (from >= 2) { // version 2 brought the domain objects and the change log
                QVERIFY(old.exec(QStringLiteral("INSERT INTO customers(id, data) VALUES(5, '{\"id\":5}')")));
                QVERIFY(old.exec(QStringLiteral(
                    "INSERT INTO changes(kind, customer_id, data) VALUES('customer', 5, '{\"id\":5}')")));
            }
        }
        SqlServerStore store(dir);
        QCOMPARE(store.generation(), QStringLiteral("gen-old"));
        QCOMPARE(store.head(), from >= 2 ? 1 : 0);
        const auto julia = store.accountByLogin(QStringLiteral("julia"));
        QVERIFY(julia);
        QCOMPARE(julia->agent.displayName, QStringLiteral("Julia Adamska"));
        Connection after(path);
        QCOMPARE(ServerMigrations::version(after.db()), ServerMigrations::latest());
    }

    // Version 8 looks at deadlines only when a conversation's moment comes: the open conversations of an
    // older store are looked at at the first check (which sets their moments), resolved ones never.
    void openConversationsOfAnOlderStoreAreLookedAtAtTheFirstDeadlineCheck()
    {
        const QString dir = nextDir();
        QVERIFY(QDir().mkpath(dir));
        {
            Connection old(dir + QStringLiteral("/empathy-server.sqlite"));
            ServerMigrations::migrate(old.db(), 7);
            Conversation c;
            c.id = ConversationId(1);
            c.customer = CustomerId(5);
            c.createdAt = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
            const QString open =
                QString::fromUtf8(QJsonDocument(DomainJson::write(c)).toJson(QJsonDocument::Compact));
            c.id = ConversationId(2);
            c.status = ConversationStatus::Resolved;
            const QString resolved =
                QString::fromUtf8(QJsonDocument(DomainJson::write(c)).toJson(QJsonDocument::Compact));
            QVERIFY(old.exec(QStringLiteral("INSERT INTO conversations(id, customer_id, status, data) "
                                            "VALUES(1, 5, 'open', '%1'), (2, 5, 'resolved', '%2')")
                                 .arg(open, resolved)));
        }
        SqlServerStore store(dir);
        const QList<Conversation> due =
            store.conversationsDueForDeadlineCheck(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC), 10);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.front().id, ConversationId(1));
    }

    void aNewerStoreIsRefusedAndLeftUntouched()
    {
        const QString dir = nextDir();
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/empathy-server.sqlite");
        {
            Connection future(path);
            ServerMigrations::migrate(future.db());
            QVERIFY(
                future.exec(QStringLiteral("PRAGMA user_version = %1").arg(ServerMigrations::latest() + 1)));
        }
        const QByteArray before = fileHash(path);
        QString refusal;
        try {
            SqlServerStore store(dir);
        } catch (const StoreError &error) {
            refusal = error.message();
        }
        QVERIFY2(refusal.contains(QStringLiteral("newer empathy-server")), qPrintable(refusal));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestServerMigrations)
#include "tst_servermigrations.moc"
