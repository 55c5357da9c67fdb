#pragma once

#include <QString>

#include <optional>

namespace empathy {

enum class AgentRole : int
{
    Agent = 1,
    Lead,
    Trainer,
    Admin
};

// Team leads and admins: they see the supervisor view, its alerts and everybody's conversations.
inline bool supervises(AgentRole role)
{
    return role == AgentRole::Lead || role == AgentRole::Admin;
}

QString roleKey(AgentRole role);
std::optional<AgentRole> roleFromKey(QStringView key);

} // namespace empathy
