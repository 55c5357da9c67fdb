#pragma once

#include "domain/Channel.h"
#include "domain/ConversationStatus.h"
#include "domain/Ids.h"
#include "domain/Language.h"
#include "domain/Message.h"
#include "domain/Mood.h"
#include "domain/PreferredTone.h"

#include <QString>

#include <optional>

namespace empathy {

// One conversation as the inbox lists it: the conversation's summary columns and its customer's name.
// Times are milliseconds since the epoch, 0 for none.
struct InboxRow
{
    ConversationId id;
    CustomerId customer;
    QString customerName;
    Channel channel = Channel::Email;
    ConversationStatus status = ConversationStatus::Open;
    Priority priority = Priority::Normal;
    AgentId assignee;
    QString assigneeName;
    Language language = Language::Unknown;
    QString subject;
    QString preview;
    Direction lastDirection = Direction::Inbound;
    qint64 createdAt = 0;
    qint64 lastMessageAt = 0;
    qint64 waitingSince = 0;
    qint64 firstResponseDue = 0;
    qint64 resolutionDue = 0;
    int unreadCount = 0;
    int messageCount = 0;
    std::optional<double> mood; // -1 .. +1; none until a customer message was scored
    MoodTrend moodTrend = MoodTrend::Steady;
    double moodIntensity = 0.0;
};

// The header of the conversation view: who the customer is and how to reach them.
struct ConversationHeader
{
    InboxRow row;
    QString customerFirstName;
    Language preferredLanguage = Language::Unknown;
    PreferredTone preferredTone = PreferredTone::Unknown;
    QStringList identities; // "email: anna@example.com", ...
};

} // namespace empathy
