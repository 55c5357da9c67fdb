#pragma once

#include "domain/Ids.h"
#include "domain/Message.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// reply {conversation, body, purpose?}: an agent answers the customer. purpose is "plain" (the default,
// left out) or "apology", which the customer's history keeps as one.
struct ReplyOp
{
    static constexpr QStringView kind = u"reply";
    using Ack = MessageAck;

    ConversationId conversation;
    QString body;
    MessagePurpose purpose = MessagePurpose::Plain; // Plain or Apology

    QJsonObject toJson() const;
    static std::optional<ReplyOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const ReplyOp &, const ReplyOp &) = default;
};

} // namespace empathy
