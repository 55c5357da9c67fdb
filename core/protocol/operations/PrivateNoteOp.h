#pragma once

#include "domain/Ids.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// private_note {conversation, body}: a team lead's note to the conversation's agent, which the customer
// never sees.
struct PrivateNoteOp
{
    static constexpr QStringView kind = u"private_note";
    using Ack = MessageAck;

    ConversationId conversation;
    QString body;

    QJsonObject toJson() const;
    static std::optional<PrivateNoteOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const PrivateNoteOp &, const PrivateNoteOp &) = default;
};

} // namespace empathy
