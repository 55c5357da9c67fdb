#pragma once

#include "domain/Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace empathy {

// Why the server raised an alert for team leads (docs/supervisor.md). The stored keys never change once
// released.
enum class AlertKind : int
{
    OutsideNormalRange = 1, // a message far from this customer's own usual mood
    StrongAnger,            // anger at high intensity
    ChurnRisk,              // threats to leave, demands for a manager or a refund
    FirstResponseDueSoon,
    FirstResponseMissed,
    ResolutionDueSoon,
    ResolutionMissed,
    RepeatContact, // the customer comes back within days of another conversation
    BotHandover,   // the customer kept writing after an automated answer: people must take over
};

// What a lead did about it. Anything but Open means handled.
enum class AlertState : int
{
    Open = 0,
    Acknowledged,
    TakenOver,  // the lead took the conversation
    Reassigned, // the lead gave the conversation to another agent
};

QString alertKindKey(AlertKind kind);
std::optional<AlertKind> alertKindFromKey(QStringView key);
QString alertStateKey(AlertState state);
std::optional<AlertState> alertStateFromKey(QStringView key);
bool isDeadlineAlert(AlertKind kind);

// One alert with the evidence for it: the message, the emotion and its strength, the customer's baseline
// at that moment, or the deadline.
struct Alert
{
    AlertId id;
    AlertKind kind = AlertKind::StrongAnger;
    ConversationId conversation;
    CustomerId customer;
    MessageId message; // the message that triggered it; invalid for deadlines
    AgentId agent;     // the conversation's agent when it fired (invalid: nobody yet)
    QDateTime raisedAt;

    QString emotion;       // the message's strongest emotion ("anger"), when a message triggered it
    float strength = 0.0f; // intensity of that emotion or the churn risk, 0..1
    std::optional<float> valence;
    std::optional<float> baselineMean; // the customer's normal range at that moment
    std::optional<float> baselineSpread;
    int baselineMessages = 0; // how many of their own messages the baseline rests on
    QDateTime due;            // the promise a deadline alert is about
    ConversationId earlier;   // a repeat contact: the conversation before

    AlertState state = AlertState::Open;
    AgentId handledBy;
    QDateTime handledAt;
    AgentId reassignedTo;

    bool isOpen() const { return state == AlertState::Open; }
};

} // namespace empathy
