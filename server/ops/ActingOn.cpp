#include "ops/ActingOn.h"

#include "storage/ServerStore.h"

namespace empathy {

bool mayActOn(const Agent &agent, const Conversation &conversation)
{
    switch (agent.role) {
    case AgentRole::Lead:
    case AgentRole::Admin:
        return true;
    case AgentRole::Agent:
        return !conversation.assignee.isValid() || conversation.assignee == agent.id;
    case AgentRole::Trainer:
        break;
    }
    return false;
}

std::variant<Conversation, Refusal> conversationToActOn(ServerStore &store, const Agent &agent,
                                                        ConversationId id)
{
    auto conversation = store.conversation(id);
    if (!conversation)
        return Refusal{ErrorCode::NotFound, QStringLiteral("no conversation %1").arg(id.value())};
    if (!mayActOn(agent, *conversation))
        return Refusal{ErrorCode::Forbidden, QStringLiteral("the conversation is assigned to someone else")};
    return *conversation;
}

std::variant<Customer, Refusal> customerToActOn(ServerStore &store, const Agent &agent, ConversationId id)
{
    const auto target = conversationToActOn(store, agent, id);
    if (const auto *refusal = std::get_if<Refusal>(&target))
        return *refusal;
    const CustomerId customer = std::get<Conversation>(target).customer;
    const auto found = store.customer(customer);
    if (!found)
        return Refusal{ErrorCode::NotFound, QStringLiteral("no customer %1").arg(customer.value())};
    return *found;
}

} // namespace empathy
