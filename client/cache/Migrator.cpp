#include "cache/Migrator.h"

#include "sql/SqliteDatabase.h"
#include "sql/SqlTransaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

static void registerMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace empathy {

QList<Migration> Migrator::builtIn()
{
    registerMigrationResources();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/empathy/cache/migrations"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), file.readAll()});
    }
    return migrations;
}

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.back().version;
}

int Migrator::currentVersion(SqliteDatabase &db)
{
    return int(db.scalar("PRAGMA user_version"));
}

void Migrator::migrate(SqliteDatabase &db, int targetVersion) const
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    const int current = currentVersion(db);
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current || migration.version > target)
            continue;
        SqlTransaction transaction(db);
        db.exec(migration.sql.constData());
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        transaction.commit();
    }
}

} // namespace empathy
