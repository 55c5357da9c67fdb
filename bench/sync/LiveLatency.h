#pragma once

#include "cache/CacheFile.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "sync/SyncEngine.h"

#include <QList>
#include <QUrl>

#include <memory>

namespace empathy::bench {

// One desktop client for the benchmark: its own cache file and sync engine. When `measure` is on it
// records, for every customer message committed to its cache, how long after the server created it.
class BenchClient
{
public:
    BenchClient(const QString &cachePath, bool measure);

    SyncEngine &engine() { return *m_engine; }
    CacheReader &reader() { return *m_reader; }
    const QList<double> &latenciesMs() const { return m_latencies; }
    void resetMeasurements();

private:
    void collect();

    CacheOpening m_cache;
    std::unique_ptr<CacheReader> m_reader;
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<SyncEngine> m_engine;
    qint64 m_lastSeen = 0;
    QList<double> m_latencies;
};

} // namespace empathy::bench
