#include "ChangeAudience.h"

#include <algorithm>

namespace empathy {

bool mayRead(const Agent &viewer, const ChangeAudience &audience)
{
    if (supervises(viewer.role) || audience.scope == ChangeAudience::Scope::Everyone)
        return true;
    if (audience.scope == ChangeAudience::Scope::Leads)
        return false;
    const auto &conversations = audience.conversations;
    switch (viewer.role) {
    case AgentRole::Agent:
        return std::any_of(conversations.begin(), conversations.end(), [&](const ConversationAccess &c) {
            return c.assignee == 0 || c.assignee == viewer.id.value();
        });
    case AgentRole::Trainer:
        return std::any_of(conversations.begin(), conversations.end(),
                           [](const ConversationAccess &c) { return c.resolved; });
    case AgentRole::Lead:
    case AgentRole::Admin:
        break;
    }
    return true;
}

} // namespace empathy
