#pragma once

#include "domain/EmpathyMap.h"
#include "domain/Ids.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// set_journey_stage {conversation, stage}: where the conversation's customer is in their journey.
struct SetJourneyStageOp
{
    static constexpr QStringView kind = u"set_journey_stage";
    using Ack = SeqAck;

    ConversationId conversation;
    JourneyStage stage = JourneyStage::Unknown; // travels as "none"

    QJsonObject toJson() const;
    static std::optional<SetJourneyStageOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const SetJourneyStageOp &, const SetJourneyStageOp &) = default;
};

} // namespace empathy
