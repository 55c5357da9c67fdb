#include "cache/CacheFile.h"

#include "cache/SearchFunctions.h"
#include "domain/Clock.h"
#include "sql/WalCheckpointer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace empathy {

namespace {

// Reads enough of the file to know it is an SQLite database we can use; throws SqliteError otherwise.
int probeVersion(SqliteDatabase &db)
{
    db.scalar("SELECT count(*) FROM sqlite_master");
    return Migrator::currentVersion(db);
}

QString moveAside(const QString &path)
{
    const QString stamp = systemClock()().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".unreadable-") + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, target))
        return {};
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

} // namespace

void CacheFile::configure(SqliteDatabase &db)
{
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA cache_size = -16000"); // 16 MiB of page cache per connection
    // The write-ahead log goes back to this size when it starts over after a checkpoint: a large sync may
    // run ahead of the checkpoints and grow it, and the disk is not kept from the user for long.
    db.exec("PRAGMA journal_size_limit = 16777216");
    registerSearchFunctions(db);
}

CacheOpening CacheFile::open(const QString &path, const Migrator &migrator)
{
    CacheOpening result;
    QDir().mkpath(QFileInfo(path).absolutePath());

    std::unique_ptr<SqliteDatabase> db;
    if (QFileInfo::exists(path)) {
        QString problem;
        try {
            db = std::make_unique<SqliteDatabase>(path);
            const int version = probeVersion(*db);
            if (version > migrator.latestVersion()) {
                result.status = CacheOpening::Status::Refused;
                result.message =
                    QStringLiteral(
                        "The cache %1 was written by a newer version of Empathy Desk (schema %2; this "
                        "version knows up to %3). It was left untouched: update Empathy Desk or open "
                        "another profile.")
                        .arg(path)
                        .arg(version)
                        .arg(migrator.latestVersion());
                return result;
            }
        } catch (const SqliteError &error) {
            problem = error.message();
        }
        if (!problem.isEmpty()) {
            db.reset();
            result.movedTo = moveAside(path);
            if (result.movedTo.isEmpty()) {
                result.status = CacheOpening::Status::Failed;
                result.message =
                    QCoreApplication::translate(
                        "CacheFile", "The cache %1 cannot be read (%2) and could not be moved aside.")
                        .arg(path, problem);
                return result;
            }
            result.status = CacheOpening::Status::Recreated;
            result.message = QCoreApplication::translate(
                                 "CacheFile", "The cache %1 could not be read (%2). It was moved to %3 "
                                              "and a fresh cache was created; data will be fetched again.")
                                 .arg(path, problem, result.movedTo);
        }
    }

    try {
        if (!db)
            db = std::make_unique<SqliteDatabase>(path);
        db->exec("PRAGMA journal_mode = WAL");
        configure(*db);
        checkpointInBackground(*db);
        migrator.migrate(*db);
    } catch (const SqliteError &error) {
        result.status = CacheOpening::Status::Failed;
        result.message = QCoreApplication::translate("CacheFile", "The cache %1 cannot be opened: %2")
                             .arg(path, error.message());
        return result;
    }
    if (result.status != CacheOpening::Status::Recreated)
        result.status = CacheOpening::Status::Opened;
    result.db = std::move(db);
    return result;
}

} // namespace empathy
