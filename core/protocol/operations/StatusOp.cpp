#include "protocol/operations/StatusOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject StatusOp::toJson() const
{
    return {{QStringLiteral("conversation"), conversation.value()},
            {QStringLiteral("status"), statusKey(status)}};
}

std::optional<StatusOp> StatusOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    StatusOp op;
    op.status = r.key("status", &statusFromKey, QStringLiteral("status is open, pending or resolved"));
    op.conversation = ConversationId(r.integer("conversation"));
    return r.result(op, error);
}

} // namespace empathy
