#pragma once

#include "domain/Ids.h"
#include "domain/Order.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace empathy {

// What an agent can give a customer to repair a bad experience. Stored values and keys never change.
enum class CompensationKind : int
{
    Discount = 1,  // a percentage off the order (or the next one)
    Voucher,       // an amount to spend later
    FreeShipping,  // the shipping of the order (or the next one) at no cost; amount = its value
    Gift,          // something sent for free; amount = its value
    PartialRefund, // part of the order's price back
    FullRefund,    // the whole order's price back
};

enum class CompensationStatus : int
{
    Queued = 0, // client only: in the outbox, the server has not answered
    Pending,    // over the agent's limits: waits for a team lead
    Granted,    // within the limits, or approved by a lead
    Denied,     // a lead said no
    Reversed,   // a lead took a granted one back
    Refused,    // client only: the server refused the request (forbidden kind, duplicate, ...)
};

QString compensationKindKey(CompensationKind kind);
std::optional<CompensationKind> compensationKindFromKey(QStringView key);
QString compensationStatusKey(CompensationStatus status);
std::optional<CompensationStatus> compensationStatusFromKey(QStringView key);

// One compensation: requested by an agent, granted at once or decided by a lead, and audited.
struct Compensation
{
    CompensationId id;
    ConversationId conversation;
    CustomerId customer;
    OrderId order; // may be invalid: a goodwill voucher with no order
    QString opId;  // the requesting operation: ties the server's record to the client's queued copy
    CompensationKind kind = CompensationKind::Voucher;
    int percent = 0; // Discount only: 1..100
    Money amount;    // Voucher, FreeShipping, Gift, PartialRefund; FullRefund: the order's total
    QString reason;  // why, in the agent's words
    CompensationStatus status = CompensationStatus::Queued;
    AgentId requestedBy;
    QDateTime requestedAt;
    AgentId decidedBy; // the lead who approved, denied or reversed it
    QDateTime decidedAt;
    QString decisionNote;
    QString heldBecause;             // Pending: the limit that sent it to the team leads, in words
    std::optional<float> moodBefore; // the conversation's mood when it was requested, -1..1
    QString refusal;                 // client only: why the server refused it

    bool isActive() const
    {
        return status == CompensationStatus::Queued || status == CompensationStatus::Pending ||
               status == CompensationStatus::Granted;
    }
};

} // namespace empathy
