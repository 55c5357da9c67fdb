#pragma once

#include "domain/Ids.h"
#include "domain/Language.h"
#include "domain/Sentiment.h"

#include <QDateTime>
#include <QString>

namespace empathy {

enum class Direction : int
{
    Inbound = 1,
    Outbound
};

// Whether the server has a message. Replies written in the client stay Pending until acknowledged.
enum class DeliveryState : int
{
    Delivered = 0,
    Pending,
    Failed
};

struct Message
{
    MessageId id;
    ConversationId conversation;
    Direction direction = Direction::Inbound;
    AgentId author; // the agent for outbound messages; invalid for the customer's own
    QString body;
    QDateTime sentAt;
    Language language = Language::Unknown;
    Sentiment sentiment;
    DeliveryState delivery = DeliveryState::Delivered;
};

} // namespace empathy
