#pragma once

#include "domain/Channel.h"
#include "domain/ConversationStatus.h"
#include "domain/Ids.h"
#include "domain/Language.h"

#include <QString>

#include <optional>

namespace empathy {

enum class InboxScope : int
{
    All = 0,
    Mine,
    Unassigned
};
enum class InboxSort : int
{
    Newest = 0,
    LongestWaiting,
    DueSoonest,
    NeedsAttention // negativity × intensity × time waiting × SLA pressure, highest first (see orderBy)
};
// Which statuses the inbox shows; Active is what an agent works on: open and pending.
enum class StatusFilter : int
{
    Active = 0,
    Open,
    Pending,
    Resolved,
    Any
};

// What the agent asked the inbox to show.
struct InboxQuery
{
    std::optional<Channel> channel;
    StatusFilter status = StatusFilter::Active;
    InboxScope scope = InboxScope::All;
    AgentId me; // who "mine" means
    std::optional<Language> language;
    InboxSort sort = InboxSort::Newest;
    QString search;   // free text; empty for no search
    qint64 nowMs = 0; // the time "needs attention" is measured at (UTC ms); set by the model from its clock

    friend bool operator==(const InboxQuery &, const InboxQuery &) = default;
};

} // namespace empathy
