#include "protocol/operations/AssignOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject AssignOp::toJson() const
{
    return {{QStringLiteral("conversation"), conversation.value()}, {QStringLiteral("agent"), agent.value()}};
}

std::optional<AssignOp> AssignOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    AssignOp op;
    op.conversation = ConversationId(r.integer("conversation"));
    op.agent = AgentId(r.optionalInteger("agent"));
    return r.result(op, error);
}

} // namespace empathy
