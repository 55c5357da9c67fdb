#include "storage/ServerMigrations.h"

#include "storage/ServerStore.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

// Resource names must be unique across the static libraries linked into one program.
static void registerServerResources()
{
    Q_INIT_RESOURCE(server_migrations);
}

namespace empathy {

namespace {

void run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StoreError(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
}

} // namespace

QList<ServerMigrations::Step> ServerMigrations::builtIn()
{
    registerServerResources();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_\\w+\\.sql$"));
    static const QRegularExpression comments(QStringLiteral("--[^\\n]*"));
    const QDir dir(QStringLiteral(":/empathy/server/migrations"));
    QList<Step> steps;
    for (const QString &fileName : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(fileName);
        QFile file(dir.filePath(fileName));
        if (!match.hasMatch() || !file.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral("unreadable storage migration %1").arg(fileName));
        steps.append(
            {match.captured(1).toInt(), fileName, QString::fromUtf8(file.readAll()).remove(comments)});
        if (steps.back().version != int(steps.size()))
            throw StoreError(QStringLiteral("storage migration %1 is out of sequence").arg(fileName));
    }
    if (steps.isEmpty())
        throw StoreError(QStringLiteral("no storage migrations are compiled into this empathy-server"));
    return steps;
}

int ServerMigrations::latest()
{
    return int(builtIn().size());
}

int ServerMigrations::version(QSqlDatabase &db)
{
    QSqlQuery current(db);
    if (!current.exec(QStringLiteral("PRAGMA user_version")) || !current.next())
        throw StoreError(
            QStringLiteral("cannot read the schema version: %1").arg(current.lastError().text()));
    return current.value(0).toInt();
}

void ServerMigrations::migrate(QSqlDatabase &db, int upTo)
{
    const QList<Step> steps = builtIn();
    const int known = int(steps.size());
    const int from = version(db);
    if (from > known)
        throw StoreError(
            QStringLiteral("the server data was written by a newer empathy-server (schema %1, this "
                           "version knows up to %2); it was left untouched")
                .arg(from)
                .arg(known));
    for (const Step &step : steps) {
        if (step.version <= from || step.version > upTo)
            continue;
        if (!db.transaction())
            throw StoreError(db.lastError().text());
        try {
            // QtSql runs one statement at a time.
            for (const QString &statement : step.script.split(u';', Qt::SkipEmptyParts)) {
                if (!statement.trimmed().isEmpty())
                    run(db, statement.trimmed());
            }
            run(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        } catch (...) {
            db.rollback();
            throw;
        }
        if (!db.commit())
            throw StoreError(db.lastError().text());
    }
}

} // namespace empathy
