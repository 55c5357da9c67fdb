#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

struct sqlite3_stmt;

namespace empathy {

class SqliteDatabase;

// A prepared statement. Bind parameters by 1-based index, step() through rows, reset() to reuse.
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase &db, sqlite3_stmt *statement);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &value); // a null QString binds '', never NULL
    SqliteStatement &bindUtf8(int index, std::string_view utf8);
    SqliteStatement &bindNull(int index);
    // Binds NULL when value is 0, the stored form of "no id" and "no time".
    SqliteStatement &bindOptional(int index, qint64 value);

    // 0 when the statement has no parameter of that name (":name").
    int parameterIndex(const char *name) const;

    // true while a row is available; throws on error.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;

private:
    SqliteDatabase *m_db;
    sqlite3_stmt *m_statement;
};

} // namespace empathy
