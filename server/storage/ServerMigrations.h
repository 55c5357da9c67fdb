#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace empathy {

// The server store's schema: numbered SQL scripts compiled in (storage/migrations/NNNN_what.sql), each
// applied in its own transaction together with the version it brings the database to (SQLite's
// user_version), so a failed step leaves the previous version. Throws StoreError.
class ServerMigrations
{
public:
    struct Step
    {
        int version = 0;
        QString name;   // the file's name
        QString script; // its statements, comments removed
    };

    // Every step, in order, numbered from 1 without gaps.
    static QList<Step> builtIn();
    static int latest();
    // The database's schema version (0: empty).
    static int version(QSqlDatabase &db);
    // Brings the database to version `upTo` (by default the latest). A database of a newer version than
    // this build knows is refused and left untouched.
    static void migrate(QSqlDatabase &db, int upTo = latest());
};

} // namespace empathy
