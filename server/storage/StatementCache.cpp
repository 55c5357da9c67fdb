#include "storage/StatementCache.h"

#include "storage/ServerStore.h"

#include <QSqlError>

#include <utility>

namespace empathy {

CachedQuery::CachedQuery(StatementCache &cache, const QString &sql, QSqlQuery query)
    : m_cache(&cache)
    , m_sql(sql)
    , m_query(std::move(query))
{}

CachedQuery::CachedQuery(CachedQuery &&other) noexcept
    : m_cache(std::exchange(other.m_cache, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_query(std::move(other.m_query))
{}

CachedQuery::~CachedQuery()
{
    if (m_cache)
        m_cache->giveBack(m_sql, std::move(m_query));
}

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db)
{}

CachedQuery StatementCache::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = [&] {
        auto idle = m_idle.find(sql);
        if (idle == m_idle.end() || idle->second.empty()) {
            QSqlQuery fresh(m_db);
            if (!fresh.prepare(sql))
                throw StoreError(QStringLiteral("%1: %2").arg(sql, fresh.lastError().text()));
            return fresh;
        }
        QSqlQuery kept = std::move(idle->second.back());
        idle->second.pop_back();
        return kept;
    }();
    for (int i = 0; i < int(values.size()); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const QString error = query.lastError().text();
        giveBack(sql, std::move(query));
        throw StoreError(QStringLiteral("%1: %2").arg(sql, error));
    }
    return CachedQuery(*this, sql, std::move(query));
}

void StatementCache::giveBack(const QString &sql, QSqlQuery query)
{
    query.finish(); // reset: its rows and its read of the database let go
    if (m_idle.size() >= maxStatements && m_idle.find(sql) == m_idle.end())
        m_idle.clear(); // SQL of many shapes: keep the cache to those in use lately
    m_idle[sql].push_back(std::move(query));
}

void StatementCache::clear()
{
    m_idle.clear();
}

} // namespace empathy
