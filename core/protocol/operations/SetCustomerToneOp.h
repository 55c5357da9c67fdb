#pragma once

#include "domain/Ids.h"
#include "domain/PreferredTone.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// set_customer_tone {conversation, tone}: how the conversation's customer likes to be addressed.
struct SetCustomerToneOp
{
    static constexpr QStringView kind = u"set_customer_tone";
    using Ack = SeqAck;

    ConversationId conversation;
    PreferredTone tone = PreferredTone::Unknown; // Unknown travels as "none"

    QJsonObject toJson() const;
    static std::optional<SetCustomerToneOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const SetCustomerToneOp &, const SetCustomerToneOp &) = default;
};

} // namespace empathy
