#pragma once

#include "cache/InboxRow.h"

namespace empathy {

class SqliteStatement;

// The SELECT and FROM of an inbox row (conversation c, customer u, agent a); readers add WHERE and ORDER.
extern const char *const inboxRowColumns;
// One row of a statement that starts with inboxRowColumns.
InboxRow readInboxRow(const SqliteStatement &statement);

} // namespace empathy
