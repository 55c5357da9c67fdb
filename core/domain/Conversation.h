#pragma once

#include "domain/Channel.h"
#include "domain/ConversationStatus.h"
#include "domain/Ids.h"
#include "domain/Language.h"

#include <QDateTime>
#include <QString>

namespace empathy {

struct Conversation
{
    ConversationId id;
    CustomerId customer;
    Channel channel = Channel::Email;
    ConversationStatus status = ConversationStatus::Open;
    Priority priority = Priority::Normal;
    AgentId assignee; // invalid: unassigned
    QString subject;
    Language language = Language::Unknown;
    QDateTime createdAt;
    QDateTime firstResponseDue; // null once answered or when the channel has no target
    QDateTime resolutionDue;
};

} // namespace empathy
