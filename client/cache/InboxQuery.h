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
    DueSoonest
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
    QString search; // free text; empty for no search

    friend bool operator==(const InboxQuery &, const InboxQuery &) = default;
};

} // namespace empathy
