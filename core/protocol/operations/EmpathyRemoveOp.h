#pragma once

#include "domain/Ids.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// empathy_remove {conversation, entry, base_revision}: removes a note from the customer's empathy map, as
// it was at baseRevision (refused when it changed since).
struct EmpathyRemoveOp
{
    static constexpr QStringView kind = u"empathy_remove";
    using Ack = EmpathyRemovalAck;

    ConversationId conversation;
    EmpathyEntryId entry;
    int baseRevision = 0;

    QJsonObject toJson() const;
    static std::optional<EmpathyRemoveOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const EmpathyRemoveOp &, const EmpathyRemoveOp &) = default;
};

} // namespace empathy
