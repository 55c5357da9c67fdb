#pragma once

#include "domain/Agent.h"
#include "protocol/Frames.h"

#include <QList>

namespace empathy {

// How one conversation a change belongs to stands now: who has it and whether it is resolved.
struct ConversationAccess
{
    qint64 assignee = 0; // 0: nobody
    bool resolved = false;
};

// Who may read one change of the log, as the store stands now (docs/protocol.md, "Roles"). The push reads
// a range of the log once with the audience of each change and decides per connected viewer in memory;
// SqlServerStore::changesAfter states the same rule in SQL for paged syncs, and tst_serversync checks
// that both agree.
struct ChangeAudience
{
    enum class Scope
    {
        Everyone, // the team list
        Leads,    // supervisor data: alerts
        Conversations,
    };
    Scope scope = Scope::Conversations;
    // With Scope::Conversations: the change's own conversation, or, for a change about a customer
    // (no conversation), every conversation of that customer. Empty when none exists: leads only.
    QList<ConversationAccess> conversations;
};

// Leads and admins read everything; agents what belongs to a conversation assigned to them or to
// nobody; trainers what belongs to a resolved conversation; everyone the team list.
bool mayRead(const Agent &viewer, const ChangeAudience &audience);

// A change of the log with its audience.
struct AudiencedChange
{
    Change change;
    ChangeAudience audience;
};

} // namespace empathy
