#include "sql/SqliteDatabase.h"

#include "sql/SqliteStatement.h"

#include <sqlite3.h>

namespace empathy {

bool SqliteError::isCorruption() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

namespace {

// SQLite keeps memory statistics behind one process-wide mutex taken around every allocation (a
// twentieth of storing a sync page); nothing here reads them. Only possible before SQLite is first used
// in the process: otherwise SQLite refuses, and keeps counting.
void skipMemoryStatistics()
{
    static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(once);
}

} // namespace

SqliteDatabase::SqliteDatabase(const QString &path, Mode mode)
    : m_path(path)
{
    skipMemoryStatistics();
    const int flags =
        (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqliteError(rc, QStringLiteral("cannot open %1: %2").arg(path, message));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_db);
}

void SqliteDatabase::setWalCommitHook(std::function<void(int)> hook)
{
    m_walCommitHook = std::move(hook);
    sqlite3_wal_hook(
        m_db,
        [](void *self, sqlite3 *, const char *, int pages) {
            static_cast<SqliteDatabase *>(self)->m_walCommitHook(pages);
            return SQLITE_OK;
        },
        this);
}

void SqliteDatabase::throwError(int code, const char *context) const
{
    throw SqliteError(code,
                      QStringLiteral("%1: %2 (%3)")
                          .arg(QString::fromUtf8(context), QString::fromUtf8(sqlite3_errmsg(m_db)), m_path));
}

void SqliteDatabase::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw SqliteError(rc, QStringLiteral("%1 (%2)").arg(message, m_path));
    }
}

void SqliteDatabase::exec(const QString &sql)
{
    exec(sql.toUtf8().constData());
}

SqliteStatement SqliteDatabase::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        throwError(rc, sql);
    return SqliteStatement(*this, statement);
}

SqliteStatement SqliteDatabase::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return prepare(utf8.constData());
}

qint64 SqliteDatabase::scalar(const char *sql)
{
    SqliteStatement statement = prepare(sql);
    return statement.step() ? statement.int64(0) : 0;
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace empathy
