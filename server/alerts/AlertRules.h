#pragma once

#include "CustomerBaseline.h"
#include "domain/Alert.h"
#include "domain/Conversation.h"
#include "domain/Message.h"

#include <QList>
#include <QString>

#include <optional>

namespace empathy {

// The supervisor alert rules (docs/supervisor.md), pure: what one customer message or one conversation's
// deadlines call for. Whether an alert was already raised is the caller's business (alertKey).
namespace AlertRules {

// Anger at least this intense, or a churn risk at least this high, is "strong".
inline constexpr float strongAnger = 0.7f;
inline constexpr float strongChurnRisk = 0.5f;
// A customer writing again within this many days of another conversation is a repeat contact.
inline constexpr int repeatContactDays = 7;

// What the rules know about one customer message when it arrives.
struct MessageFacts
{
    Message message;
    Conversation conversation;
    emotion::Baseline baseline;                // the customer's, from their messages before this one
    std::optional<Message> previous;           // the conversation's message just before, if any
    QList<Conversation> customerConversations; // all of the customer's conversations
};

// Alerts a customer message raises (ids, agents and times filled in by the caller): outside the
// customer's normal range (on the unhappy side), strong anger, churn risk, a repeat contact (the first
// message of a conversation opened within `repeatContactDays` of another), a hand-over from the automated
// assistant (the customer writes again after its answer, other than to thank it).
QList<Alert> forMessage(const MessageFacts &facts);

// Deadline alerts for a conversation at `now`: a first response or resolution due soon (inside the
// warning window of domain/Sla.h) or missed. A missed deadline is reported as missed only.
QList<Alert> forDeadlines(const Conversation &conversation, const QDateTime &now);

// Two alerts with the same key are the same alert: a message's emotion alerts by message, deadline
// alerts by the promise they are about, repeat contact and hand-over once per conversation.
QString alertKey(const Alert &alert);

// Emotion alerts fire once per conversation until a lead handled the previous one of the same kind.
bool isOncePerOpenAlert(AlertKind kind);

} // namespace AlertRules

} // namespace empathy
