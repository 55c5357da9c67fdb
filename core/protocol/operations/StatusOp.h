#pragma once

#include "domain/ConversationStatus.h"
#include "domain/Ids.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// status {conversation, status}: opens, sets pending or resolves a conversation.
struct StatusOp
{
    static constexpr QStringView kind = u"status";
    using Ack = SeqAck;

    ConversationId conversation;
    ConversationStatus status = ConversationStatus::Open;

    QJsonObject toJson() const;
    static std::optional<StatusOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const StatusOp &, const StatusOp &) = default;
};

} // namespace empathy
