#include "ops/Reassign.h"

#include "storage/ServerStore.h"

namespace empathy {

void reassignConversation(ServerStore &store, Conversation conversation, AgentId to)
{
    conversation.assignee = to;
    store.republishCustomer(conversation.customer);
    store.putConversation(conversation);
    store.republishConversationContents(conversation.id);
}

} // namespace empathy
