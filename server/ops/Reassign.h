#pragma once

#include "domain/Conversation.h"

namespace empathy {

class ServerStore;

// Gives a conversation to another agent (or to nobody). The new assignee may not have been able to read it
// until now, so its customer and contents are appended to the change log again.
void reassignConversation(ServerStore &store, Conversation conversation, AgentId to);

} // namespace empathy
