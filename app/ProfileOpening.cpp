#include "ProfileOpening.h"

#include "cache/CacheReader.h"
#include "Console.h"

#include <QCoreApplication>
#include <QFile>

namespace empathy {

namespace {

bool isUnsyncedDemo(SqliteDatabase &db)
{
    CacheReader reader(db);
    return reader.conversationCount() > 0 && reader.syncCursor().generation.isEmpty();
}

} // namespace

CacheOpening openProfile(const QString &cachePath, bool demo)
{
    CacheOpening opening = CacheFile::open(cachePath);
    if (!demo || !opening.isUsable() || !isUnsyncedDemo(*opening.db))
        return opening;
    printLine(stdout,
              QCoreApplication::translate("DesktopSession", "The demo profile held generated data; it now "
                                                            "syncs with the demo server and starts afresh."));
    opening.db.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(cachePath + QLatin1String(suffix));
    return CacheFile::open(cachePath);
}

} // namespace empathy
