#pragma once

#include "domain/AgentRole.h"
#include "domain/Ids.h"

#include <QString>

namespace empathy {

struct Agent
{
    AgentId id;
    QString login;
    QString displayName;
    AgentRole role = AgentRole::Agent;
};

} // namespace empathy
