#pragma once

#include <QHashFunctions>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <unordered_map>
#include <vector>

namespace empathy {

class StatementCache;

// A statement from the cache, run, with its rows to read. It goes back to the cache (reset, its rows let
// go) when it is destroyed.
class CachedQuery
{
public:
    CachedQuery(StatementCache &cache, const QString &sql, QSqlQuery query);
    CachedQuery(CachedQuery &&other) noexcept;
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;
    CachedQuery &operator=(CachedQuery &&) = delete;
    ~CachedQuery();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }

private:
    StatementCache *m_cache;
    QString m_sql;
    QSqlQuery m_query;
};

// The prepared statements of one database connection, kept by their SQL text. The server runs the same
// few dozen statements thousands of times a second, and preparing one (SQLite parsing and planning it,
// QtSql reading its placeholders) cost more than running it. A statement in use when the same SQL runs
// again (a loop over rows that runs it for each) is not shared: another copy is prepared, and both are
// kept for next time.
class StatementCache
{
public:
    // `db` is the connection's handle, opened later than this is made; it must outlive clear().
    explicit StatementCache(const QSqlDatabase &db);

    // Prepares sql (or takes it prepared), binds values to its ? placeholders in order and runs it; throws
    // StoreError when it cannot.
    CachedQuery run(const QString &sql, const QVariantList &values = {});
    // Finalizes every statement: before the connection closes.
    void clear();

private:
    friend class CachedQuery;
    void giveBack(const QString &sql, QSqlQuery query);

    static constexpr size_t maxStatements = 256; // different SQL texts kept
    const QSqlDatabase &m_db;
    struct TextHash
    {
        size_t operator()(const QString &text) const { return qHash(text); }
    };
    std::unordered_map<QString, std::vector<QSqlQuery>, TextHash> m_idle; // QSqlQuery moves, never copies
};

} // namespace empathy
