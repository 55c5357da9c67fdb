#include "protocol/operations/PrivateNoteOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject PrivateNoteOp::toJson() const
{
    return {{QStringLiteral("conversation"), conversation.value()}, {QStringLiteral("body"), body}};
}

std::optional<PrivateNoteOp> PrivateNoteOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    PrivateNoteOp op;
    op.conversation = ConversationId(r.integer("conversation"));
    op.body = r.optionalString("body");
    return r.result(op, error);
}

} // namespace empathy
