#include "sql/SqliteStatement.h"

#include "sql/SqliteDatabase.h"

#include <sqlite3.h>
#include <utility>

namespace empathy {

SqliteStatement::SqliteStatement(SqliteDatabase &db, sqlite3_stmt *statement)
    : m_db(&db)
    , m_statement(statement)
{}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    // UTF-16 in, SQLite converts once; avoids an intermediate QByteArray per value.
    sqlite3_bind_text16(m_statement, index,
                        value.isNull() ? static_cast<const void *>(u"")
                                       : static_cast<const void *>(value.utf16()),
                        int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindUtf8(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

SqliteStatement &SqliteStatement::bindOptional(int index, qint64 value)
{
    return value == 0 ? bindNull(index) : bind(index, value);
}

int SqliteStatement::parameterIndex(const char *name) const
{
    return sqlite3_bind_parameter_index(m_statement, name);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const char *sql = sqlite3_sql(m_statement);
    sqlite3_reset(m_statement);
    m_db->throwError(rc, sql ? sql : "step");
}

void SqliteStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    if (!data)
        return {};
    return QString(reinterpret_cast<const QChar *>(data), sqlite3_column_bytes16(m_statement, column) / 2);
}

} // namespace empathy
