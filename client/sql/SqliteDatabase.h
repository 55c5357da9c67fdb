#pragma once

#include "sql/SqliteError.h"

#include <QString>

#include <functional>

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

    // Called on the thread that committed, after each commit that went to the write-ahead log, with the
    // log's length in pages. Replaces SQLite's own checkpoints after commits (PRAGMA wal_autocheckpoint):
    // whoever sets a hook sees to checkpoints (WalCheckpointer). The hook (not empty) lives as long as the
    // connection.
    void setWalCommitHook(std::function<void(int pages)> hook);

    [[noreturn]] void throwError(int code, const char *context) const;

private:
    QString m_path;
    std::function<void(int)> m_walCommitHook; // destroyed after the connection is closed
    sqlite3 *m_db = nullptr;
};

} // namespace empathy
