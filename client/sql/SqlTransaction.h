#pragma once

#include "sql/SqliteDatabase.h"

namespace empathy {

// Begins a write transaction and rolls it back on destruction unless commit() was called, so an
// exception or early return never leaves half a batch in the cache.
class SqlTransaction
{
public:
    explicit SqlTransaction(SqliteDatabase &db)
        : m_db(db)
    {
        m_db.exec("BEGIN IMMEDIATE");
    }
    ~SqlTransaction()
    {
        if (!m_done) {
            try {
                m_db.exec("ROLLBACK");
            } catch (const SqliteError &) {
                // The transaction is already gone (SQLite rolls back by itself on some errors).
            }
        }
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    void commit()
    {
        m_db.exec("COMMIT");
        m_done = true;
    }

private:
    SqliteDatabase &m_db;
    bool m_done = false;
};

} // namespace empathy
