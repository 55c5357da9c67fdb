#pragma once

#include "domain/Ids.h"
#include "domain/Language.h"
#include "domain/Sentiment.h"

#include <QDateTime>
#include <QString>

#include <optional>

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

// What an agent's message is for, beyond answering: an apology is kept in the customer's history as one.
// The stored values and keys ("plain", "apology") never change once released.
enum class MessagePurpose : int
{
    Plain = 0,
    Apology = 1,
    Survey = 2,      // the satisfaction question sent when the conversation was resolved
    PrivateNote = 3, // a lead's note to the agent inside the conversation; never sent to the customer
    Automated = 4,   // an automated assistant's answer (no agent author); a customer writing after it is
                     // handed over to people
    Notice = 5,      // the server telling the team something about the conversation (no author; its body
                     // is one of the keys below); never sent to the customer, not an answer
};

// What a notice says (its body). A desk that does not know a key shows it as it is.
namespace notice {
// A web chat visitor wrote faster than the limits allow; their page asked them to wait and send again.
inline constexpr QStringView visitorThrottled = u"visitor_throttled";
} // namespace notice

QString messagePurposeKey(MessagePurpose purpose);
std::optional<MessagePurpose> messagePurposeFromKey(QStringView key);

// Whether the customer sees this message (a private note and a notice stay inside the team).
inline bool customerSees(MessagePurpose purpose)
{
    return purpose != MessagePurpose::PrivateNote && purpose != MessagePurpose::Notice;
}

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
    MessagePurpose purpose = MessagePurpose::Plain;
};

} // namespace empathy
