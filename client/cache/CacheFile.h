#pragma once

#include "cache/Migrator.h"
#include "sql/SqliteDatabase.h"

#include <QString>

#include <memory>

namespace empathy {

// The outcome of opening a profile's cache file.
struct CacheOpening
{
    enum class Status
    {
        Opened,    // ready, possibly migrated
        Recreated, // the old file was unreadable; it was moved aside and a fresh cache created
        Refused,   // the file was written by a newer Empathy Desk; left untouched
        Failed     // cannot be opened or created at all (disk full, no permission...)
    };

    Status status = Status::Failed;
    std::unique_ptr<SqliteDatabase> db;
    QString message; // for the user: what happened and what to do
    QString movedTo; // where an unreadable file went, when Recreated

    bool isUsable() const { return db != nullptr; }
};

// Opens (creating if needed) the SQLite cache of one profile: checks that it is readable and not from a
// newer version, switches it to WAL, and migrates it. Never throws.
class CacheFile
{
public:
    static CacheOpening open(const QString &path, const Migrator &migrator);
    static CacheOpening open(const QString &path) { return open(path, Migrator(Migrator::builtIn())); }

    // Applies the per-connection settings every connection to the cache uses.
    static void configure(SqliteDatabase &db);
};

} // namespace empathy
