#include "protocol/operations/SetJourneyStageOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject SetJourneyStageOp::toJson() const
{
    return {{QStringLiteral("conversation"), conversation.value()},
            {QStringLiteral("stage"), journeyStageKey(stage)}};
}

std::optional<SetJourneyStageOp> SetJourneyStageOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    SetJourneyStageOp op;
    op.stage = r.key("stage", &journeyStageFromKey,
                     QStringLiteral("stage is none, before_purchase, purchase, delivery, support or after"));
    op.conversation = ConversationId(r.integer("conversation"));
    return r.result(op, error);
}

} // namespace empathy
