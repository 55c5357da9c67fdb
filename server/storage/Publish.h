#pragma once

#include "domain/DataBatch.h"

namespace empathy {

class ServerStore;

// Stores a batch of objects arriving from a channel (web chat, simulator, import) in one transaction,
// each appended to the change log in a consistent order: customers, conversations, messages, orders,
// surveys. Returns the new head of the log. Throws StoreError.
qint64 publishBatch(ServerStore &store, const DataBatch &batch);

} // namespace empathy
