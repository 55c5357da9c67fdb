#pragma once

#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "ops/Refusal.h"

namespace empathy {

class ServerStore;

// Who may act on a conversation, in one place: leads and admins on any, agents on their own and unassigned
// ones, trainers on none.
bool mayActOn(const Agent &agent, const Conversation &conversation);

// The conversation (or its customer) when the agent may act on it; else the refusal (not found, forbidden).
std::variant<Conversation, Refusal> conversationToActOn(ServerStore &store, const Agent &agent,
                                                        ConversationId id);
std::variant<Customer, Refusal> customerToActOn(ServerStore &store, const Agent &agent, ConversationId id);

} // namespace empathy
