#pragma once

#include "history/EmpathyNote.h"
#include "history/HistoryItem.h"

#include <memory>
#include <optional>

namespace empathy {

class SqliteDatabase;

// Reads a customer's whole history from the cache: every message of every conversation on every channel,
// orders and survey answers, newest first. One statement per kind, each answered from an index on the
// customer, so 5,000 items take a few milliseconds.
class HistoryReader
{
public:
    explicit HistoryReader(SqliteDatabase &db);
    ~HistoryReader();

    std::optional<CustomerRecord> customer(CustomerId id);
    QList<HistoryItem> history(CustomerId id);
    // The notes of the customer's empathy map, removed ones and dismissed suggestions included.
    QList<EmpathyNote> empathyNotes(CustomerId id);

private:
    struct Statements;
    Statements &statements();

    SqliteDatabase &m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace empathy
