#pragma once

#include "domain/Ids.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// assign {conversation, agent}: gives a conversation to an agent (0: to nobody). Agents may only take one
// for themselves; leads give it to anyone.
struct AssignOp
{
    static constexpr QStringView kind = u"assign";
    using Ack = SeqAck;

    ConversationId conversation;
    AgentId agent;

    QJsonObject toJson() const;
    static std::optional<AssignOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const AssignOp &, const AssignOp &) = default;
};

} // namespace empathy
