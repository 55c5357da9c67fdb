#include "protocol/operations/CorrectSentimentOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject CorrectSentimentOp::toJson() const
{
    return {{QStringLiteral("message"), message.value()},
            {QStringLiteral("label"), sentimentLabelKey(label)}};
}

std::optional<CorrectSentimentOp> CorrectSentimentOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    CorrectSentimentOp op;
    op.label =
        r.key("label", &sentimentLabelFromKey, QStringLiteral("label is positive, neutral or negative"));
    op.message = MessageId(r.integer("message"));
    return r.result(op, error);
}

} // namespace empathy
