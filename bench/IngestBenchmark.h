#pragma once

#include <QString>

namespace empathy::bench {

struct IngestFigures
{
    qint64 messages = 0;
    double cacheMessagesPerSecond = 0; // through CacheWriter::writeBatch
    double rawMessagesPerSecond = 0;   // a plain sqlite3 prepared-statement loop, same schema and rows
};

// Writes the same generated messages into two fresh caches, once through the cache's batch API and
// once through a plain sqlite3 loop, each in one transaction, best of `rounds`.
IngestFigures runIngestBenchmark(const QString &workDir, int conversations, int rounds);

} // namespace empathy::bench
