#include "protocol/operations/EmpathyRemoveOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject EmpathyRemoveOp::toJson() const
{
    return {{QStringLiteral("conversation"), conversation.value()},
            {QStringLiteral("entry"), entry.value()},
            {QStringLiteral("base_revision"), baseRevision}};
}

std::optional<EmpathyRemoveOp> EmpathyRemoveOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    EmpathyRemoveOp op;
    op.conversation = ConversationId(r.integer("conversation"));
    op.entry = EmpathyEntryId(r.integer("entry"));
    op.baseRevision = int(r.optionalInteger("base_revision"));
    return r.result(op, error);
}

} // namespace empathy
