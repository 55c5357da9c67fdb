#pragma once

#include "domain/EmpathyMap.h"
#include "domain/Ids.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// empathy_put {conversation, quadrant, text, entry?, base_revision?, source?, suggestion?, dismissed?}: a new
// note on the empathy map of the conversation's customer, or an edit of note `entry` as it was at
// `baseRevision`. A new note may be an accepted suggestion (its source message and key) or one turned
// down (dismissed), so it is not offered again.
struct EmpathyPutOp
{
    static constexpr QStringView kind = u"empathy_put";
    using Ack = EmpathyNoteAck;

    ConversationId conversation;
    EmpathyQuadrant quadrant = EmpathyQuadrant::Says;
    QString text;
    EmpathyEntryId entry; // valid: an edit
    int baseRevision = 0; // an edit's
    MessageId source;     // a new note's
    QString suggestion;   // a new note's
    bool dismissed = false;

    QJsonObject toJson() const;
    static std::optional<EmpathyPutOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const EmpathyPutOp &, const EmpathyPutOp &) = default;
};

} // namespace empathy
