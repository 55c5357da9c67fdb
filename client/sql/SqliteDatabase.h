#pragma once

#include "sql/SqliteError.h"

#include <QString>

struct sqlite3;

namespace empathy {

class SqliteStatement;

// One SQLite connection, owned by one thread. Opens the file, runs scripts, prepares statements.
class SqliteDatabase
{
public:
    enum class Mode
    {
        ReadWriteCreate,
        ReadOnly
    };

    // Throws SqliteError when the file cannot be opened.
    explicit SqliteDatabase(const QString &path, Mode mode = Mode::ReadWriteCreate);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Runs one or more statements separated by semicolons; throws on the first failure.
    void exec(const QString &sql);
    void exec(const char *sql);
    SqliteStatement prepare(const char *sql);
    SqliteStatement prepare(const QString &sql);

    qint64 scalar(const char *sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    [[noreturn]] void throwError(int code, const char *context) const;

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
};

} // namespace empathy
