#include "protocol/operations/EmpathyPutOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject EmpathyPutOp::toJson() const
{
    QJsonObject data{{QStringLiteral("conversation"), conversation.value()},
                     {QStringLiteral("quadrant"), empathyQuadrantKey(quadrant)},
                     {QStringLiteral("text"), text}};
    if (entry.isValid()) {
        data.insert(QStringLiteral("entry"), entry.value());
        data.insert(QStringLiteral("base_revision"), baseRevision);
        return data;
    }
    if (source.isValid())
        data.insert(QStringLiteral("source"), source.value());
    if (!suggestion.isEmpty())
        data.insert(QStringLiteral("suggestion"), suggestion);
    if (dismissed)
        data.insert(QStringLiteral("dismissed"), true);
    return data;
}

std::optional<EmpathyPutOp> EmpathyPutOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    EmpathyPutOp op;
    op.conversation = ConversationId(r.integer("conversation"));
    op.text = r.optionalString("text");
    op.quadrant = r.key("quadrant", &empathyQuadrantFromKey,
                        QStringLiteral("quadrant is says, thinks, does, feels, pains or gains"));
    op.entry = EmpathyEntryId(r.optionalInteger("entry"));
    op.baseRevision = int(r.optionalInteger("base_revision"));
    op.source = MessageId(r.optionalInteger("source"));
    op.suggestion = r.optionalString("suggestion");
    op.dismissed = r.optionalBoolean("dismissed");
    return r.result(op, error);
}

} // namespace empathy
