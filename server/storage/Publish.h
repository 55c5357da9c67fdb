#pragma once

#include "domain/DataBatch.h"
#include "domain/MessageScorer.h"

namespace empathy {

class ServerStore;

// Stores a batch of objects arriving from a channel (web chat, simulator, import) in one transaction,
// each appended to the change log in a consistent order: customers, conversations, messages, orders,
// surveys; customers' messages are scored first when a scorer is given. Returns the new head of the log.
// Throws StoreError.
qint64 publishBatch(ServerStore &store, const DataBatch &batch, const MessageScorer &scorer = {});

} // namespace empathy
