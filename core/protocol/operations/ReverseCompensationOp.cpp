#include "protocol/operations/ReverseCompensationOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject ReverseCompensationOp::toJson() const
{
    return {{QStringLiteral("compensation"), compensation.value()}, {QStringLiteral("note"), note}};
}

std::optional<ReverseCompensationOp> ReverseCompensationOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    ReverseCompensationOp op;
    op.compensation = CompensationId(r.integer("compensation"));
    op.note = r.optionalString("note");
    return r.result(op, error);
}

} // namespace empathy
