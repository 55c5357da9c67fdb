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

QString roleKey(AgentRole role);
std::optional<AgentRole> roleFromKey(QStringView key);

} // namespace empathy
