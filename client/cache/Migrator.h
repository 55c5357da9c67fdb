#pragma once

#include <QList>
#include <QString>

namespace empathy {

class SqliteDatabase;

struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
};

// Brings a cache to the schema this build knows, one numbered script at a time, each inside its own
// transaction together with the bump of PRAGMA user_version. A failing step leaves the file at the
// previous version, intact.
class Migrator
{
public:
    // The scripts compiled into the client library (client/cache/migrations/NNNN_name.sql).
    static QList<Migration> builtIn();

    explicit Migrator(QList<Migration> migrations);

    int latestVersion() const;
    static int currentVersion(SqliteDatabase &db);
    // Applies every migration above the current version up to targetVersion (default: all).
    // Throws SqliteError when a step fails.
    void migrate(SqliteDatabase &db, int targetVersion = -1) const;

private:
    QList<Migration> m_migrations;
};

} // namespace empathy
