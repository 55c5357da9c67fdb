#pragma once

#include "domain/EmpathyMap.h"

#include <QString>

namespace empathy {

// A note of the empathy map as this client has it: the entry, and whether the server still has to
// confirm a change to it (or refused one, and why).
struct EmpathyNote
{
    EmpathyEntry entry;
    bool pending = false;
    QString refusal;
};

} // namespace empathy
