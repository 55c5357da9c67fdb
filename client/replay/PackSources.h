#pragma once

#include "domain/Ids.h"
#include "training/TrainingPackBuilder.h"

namespace empathy {

class CacheReader;
class HistoryReader;

// The desk's conversations as the sources of a training pack: their messages in order, the customer's
// names and every identity they wrote from (e-mail, phone, messenger ids) as values to replace, and the
// names of the agents who answered. Conversations the cache does not hold are left out.
QList<SourceConversation> packSources(CacheReader &reader, HistoryReader &history,
                                      const QList<ConversationId> &conversations);

} // namespace empathy
