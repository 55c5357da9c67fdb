#include "protocol/operations/SetCustomerToneOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject SetCustomerToneOp::toJson() const
{
    return {{QStringLiteral("conversation"), conversation.value()}, {QStringLiteral("tone"), toneKey(tone)}};
}

std::optional<SetCustomerToneOp> SetCustomerToneOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    SetCustomerToneOp op;
    op.tone = r.key("tone", &toneFromKey, QStringLiteral("tone is formal, warm or none"));
    op.conversation = ConversationId(r.integer("conversation"));
    return r.result(op, error);
}

} // namespace empathy
