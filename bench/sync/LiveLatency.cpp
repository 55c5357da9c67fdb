#include "LiveLatency.h"

#include "sql/SqliteStatement.h"

#include <stdexcept>

namespace empathy::bench {

BenchClient::BenchClient(const QString &cachePath, bool measure)
    : m_cache(CacheFile::open(cachePath))
{
    if (!m_cache.isUsable())
        throw std::runtime_error(m_cache.message.toStdString());
    m_reader = std::make_unique<CacheReader>(*m_cache.db);
    m_writer = std::make_unique<CacheWriter>(*m_cache.db);
    m_engine = std::make_unique<SyncEngine>(*m_reader, *m_writer);
    if (measure)
        QObject::connect(m_engine.get(), &SyncEngine::cacheChanged, m_engine.get(), [this] { collect(); });
}

void BenchClient::resetMeasurements()
{
    m_lastSeen = m_cache.db->scalar("SELECT coalesce(max(id), 0) FROM messages");
    m_latencies.clear();
}

void BenchClient::collect()
{
    // Called right after the engine committed what arrived: the commit time is now.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto fresh = m_cache.db->prepare("SELECT id, sent_at FROM messages WHERE id > ?1 AND direction = 1");
    fresh.bind(1, m_lastSeen);
    while (fresh.step()) {
        m_lastSeen = std::max(m_lastSeen, fresh.int64(0));
        m_latencies.append(double(now - fresh.int64(1)));
    }
}

} // namespace empathy::bench
