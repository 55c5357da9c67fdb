#include "protocol/operations/CompensateOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject CompensateOp::toJson() const
{
    QJsonObject data{{QStringLiteral("conversation"), conversation.value()},
                     {QStringLiteral("kind"), compensationKindKey(compensation)},
                     {QStringLiteral("reason"), reason}};
    if (order.isValid())
        data.insert(QStringLiteral("order"), order.value());
    if (compensation == CompensationKind::Discount) {
        data.insert(QStringLiteral("percent"), percent);
    } else if (compensation != CompensationKind::FullRefund) {
        data.insert(QStringLiteral("amount_minor"), amount.minorUnits);
        data.insert(QStringLiteral("currency"), amount.currency);
    }
    return data;
}

std::optional<CompensateOp> CompensateOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    CompensateOp op;
    op.compensation =
        r.key("kind", &compensationKindFromKey,
              QStringLiteral("kind is discount, voucher, free_shipping, gift, partial_refund or "
                             "full_refund"));
    op.conversation = ConversationId(r.integer("conversation"));
    op.reason = r.optionalString("reason");
    op.order = OrderId(r.optionalInteger("order"));
    op.percent = int(r.optionalInteger("percent"));
    op.amount = Money{r.optionalInteger("amount_minor"), r.optionalString("currency")};
    return r.result(op, error);
}

} // namespace empathy
