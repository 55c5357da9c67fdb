#include "domain/AgentRole.h"

#include <array>

namespace empathy {

QString roleKey(AgentRole role)
{
    switch (role) {
    case AgentRole::Agent:
        return QStringLiteral("agent");
    case AgentRole::Lead:
        return QStringLiteral("lead");
    case AgentRole::Trainer:
        return QStringLiteral("trainer");
    case AgentRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<AgentRole> roleFromKey(QStringView key)
{
    for (AgentRole role : {AgentRole::Agent, AgentRole::Lead, AgentRole::Trainer, AgentRole::Admin}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

} // namespace empathy
