#include "cache/CacheFile.h"
#include "cache/Migrator.h"
#include "cache/SearchFunctions.h"
#include "sql/SqliteDatabase.h"
#include "sql/SqliteStatement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace empathy;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Rows that every schema version since 1 can hold.
void insertVersion1Rows(SqliteDatabase &db)
{
    db.exec("INSERT INTO agents(id, login, display_name, role) VALUES(1, 'alex', 'Alex Morgan', 1)");
    db.exec("INSERT INTO customers(id, display_name, first_name, preferred_language, created_at) "
            "VALUES(1, 'Anna Nowak', 'Anna', 'pl', 1000)");
    db.exec("INSERT INTO conversations(id, customer_id, channel, status, priority, assignee_id, created_at, "
            "last_message_at, last_preview) VALUES(1, 1, 3, 1, 2, 1, 1000, 2000, 'Zamówienie nie dotarło')");
    db.exec("INSERT INTO messages(id, conversation_id, direction, body, sent_at, language) "
            "VALUES(1, 1, 1, 'Zamówienie nie dotarło', 2000, 'pl')");
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_file)); }

private slots:
    void builtInMigrationsAreNumberedFromOne()
    {
        const auto migrations = Migrator::builtIn();
        QVERIFY(migrations.size() >= 4);
        for (int i = 0; i < migrations.size(); ++i)
            QCOMPARE(migrations.at(i).version, i + 1);
    }

    void freshCacheIsAtLatestVersion()
    {
        const QString path = nextPath();
        CacheOpening opening = CacheFile::open(path);
        QCOMPARE(int(opening.status), int(CacheOpening::Status::Opened));
        QVERIFY(opening.isUsable());
        const Migrator migrator(Migrator::builtIn());
        QCOMPARE(Migrator::currentVersion(*opening.db), migrator.latestVersion());
        QCOMPARE(opening.db->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'messages_fts'"), 1);
        auto mode = opening.db->prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        const int latest = Migrator(Migrator::builtIn()).latestVersion();
        for (int version = 1; version < latest; ++version)
            QTest::addRow("from version %d", version) << version;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = nextPath();
        {
            SqliteDatabase db(path);
            registerSearchFunctions(db); // as CacheFile does for every connection
            Migrator(Migrator::builtIn()).migrate(db, from);
            QCOMPARE(Migrator::currentVersion(db), from);
            insertVersion1Rows(db);
        }
        CacheOpening opening = CacheFile::open(path);
        QCOMPARE(int(opening.status), int(CacheOpening::Status::Opened));
        QCOMPARE(Migrator::currentVersion(*opening.db), Migrator(Migrator::builtIn()).latestVersion());
        auto body =
            opening.db->prepare("SELECT body, sentiment_corrected, client_op_id FROM messages WHERE id = 1");
        QVERIFY(body.step());
        QCOMPARE(body.text(0), QStringLiteral("Zamówienie nie dotarło"));
        QCOMPARE(body.int32(1), 0);
        QVERIFY(body.isNull(2));
        QCOMPARE(opening.db->scalar("SELECT count(*) FROM conversations"), 1);
        // Version 6 rebuilt the message index from the stored messages, folded like the writer folds (the
        // rows here were written raw, after any rebuild, when starting from version 6).
        if (from < 6) {
            QCOMPARE(
                opening.db->scalar("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'zamowienie'"),
                1);
            QCOMPARE(
                opening.db->scalar("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'dotar*'"), 1);
        }
        // Version 7: room for the mood; nothing scored yet.
        QCOMPARE(
            opening.db->scalar("SELECT count(*) FROM conversations WHERE mood IS NULL AND mood_trend = 0"),
            1);
    }

    void newerCacheIsRefusedAndUntouched()
    {
        const QString path = nextPath();
        {
            CacheOpening opening = CacheFile::open(path);
            QVERIFY(opening.isUsable());
            insertVersion1Rows(*opening.db);
            opening.db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
            opening.db->exec("PRAGMA user_version = 999");
            opening.db->exec("PRAGMA journal_mode = DELETE");
        }
        const QByteArray before = fileHash(path);
        CacheOpening opening = CacheFile::open(path);
        QCOMPARE(int(opening.status), int(CacheOpening::Status::Refused));
        QVERIFY(!opening.isUsable());
        QVERIFY(opening.message.contains(QStringLiteral("newer version")));
        QVERIFY(opening.message.contains(QStringLiteral("999")));
        QCOMPARE(fileHash(path), before);
    }

    void unreadableFilesAreMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage")
            << QByteArray("this is not a database at all, just some text\n").repeated(100);
        QTest::newRow("zeroed header") << QByteArray(8192, '\0').replace(0, 4, "SQLi");
        QByteArray header("SQLite format 3");
        header.append('\0');
        header.append(QByteArray(84, '\xff'));
        QTest::newRow("damaged header") << header.append(QByteArray(4000, '\x01'));
    }

    void unreadableFilesAreMovedAside()
    {
        QFETCH(QByteArray, content);
        const QString path = nextPath();
        writeFile(path, content);
        CacheOpening opening = CacheFile::open(path);
        QCOMPARE(int(opening.status), int(CacheOpening::Status::Recreated));
        QVERIFY(opening.isUsable());
        QVERIFY(!opening.movedTo.isEmpty());
        QVERIFY(opening.message.contains(opening.movedTo));
        QFile moved(opening.movedTo);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), content);
        // The fresh cache works.
        insertVersion1Rows(*opening.db);
        QCOMPARE(opening.db->scalar("SELECT count(*) FROM messages"), 1);
    }

    void truncatedDatabaseIsMovedAside()
    {
        const QString path = nextPath();
        {
            CacheOpening opening = CacheFile::open(path);
            insertVersion1Rows(*opening.db);
            opening.db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
            opening.db->exec("PRAGMA journal_mode = DELETE");
        }
        QFile file(path);
        QVERIFY(file.resize(3000)); // cuts into the first pages: the schema is gone
        CacheOpening opening = CacheFile::open(path);
        QCOMPARE(int(opening.status), int(CacheOpening::Status::Recreated));
        QVERIFY(opening.isUsable());
    }

    void failingStepLeavesPreviousVersion()
    {
        const QString path = nextPath();
        QList<Migration> migrations{
            {1, QStringLiteral("one"), "CREATE TABLE a(x INTEGER);"},
            {2, QStringLiteral("two"), "CREATE TABLE b(y INTEGER); CREATE TABLE a(x);"}};
        SqliteDatabase db(path);
        QVERIFY_THROWS_EXCEPTION(SqliteError, Migrator(migrations).migrate(db));
        QCOMPARE(Migrator::currentVersion(db), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'b'"), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
