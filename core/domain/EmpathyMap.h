#pragma once

#include "domain/Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace empathy {

// Where the customer is in their journey with the company, as the agent judged it for the empathy map.
// Stored values and keys never change.
enum class JourneyStage : int
{
    Unknown = 0,
    BeforePurchase,
    Purchase,
    Delivery,
    Support,
    After,
};

// The parts of an empathy map: the four quadrants, then pains and gains.
enum class EmpathyQuadrant : int
{
    Says = 1,
    Thinks,
    Does,
    Feels,
    Pains,
    Gains,
};
inline constexpr int empathyQuadrantCount = 6;

QString journeyStageKey(JourneyStage stage);
std::optional<JourneyStage> journeyStageFromKey(QStringView key);
QString empathyQuadrantKey(EmpathyQuadrant quadrant);
std::optional<EmpathyQuadrant> empathyQuadrantFromKey(QStringView key);

// One note on a customer's empathy map, written by an agent or accepted from a suggestion (then linked
// to the message it came from). Edits raise the revision; an edit made on an older revision than the
// server's is kept as a second entry (conflictOf) rather than overwriting the other agent's.
struct EmpathyEntry
{
    EmpathyEntryId id;
    CustomerId customer;
    EmpathyQuadrant quadrant = EmpathyQuadrant::Says;
    QString text;
    MessageId source;   // the message a suggestion came from; invalid for the agent's own notes
    QString suggestion; // the suggestion's key ("says:m123") once accepted or dismissed
    AgentId author;     // who wrote the current text
    QDateTime updatedAt;
    int revision = 1;
    EmpathyEntryId conflictOf; // written at the same time as that entry's other version
    bool removed = false;      // removed, or a suggestion dismissed: it does not come back
    QString opId;              // the operation that last wrote it (ties a queued copy to the server's)
};

} // namespace empathy
