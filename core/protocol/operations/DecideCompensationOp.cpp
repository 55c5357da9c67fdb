#include "protocol/operations/DecideCompensationOp.h"

#include "protocol/JsonReader.h"

namespace empathy {

QJsonObject DecideCompensationOp::toJson() const
{
    return {{QStringLiteral("compensation"), compensation.value()},
            {QStringLiteral("decision"), approve ? QStringLiteral("approve") : QStringLiteral("deny")},
            {QStringLiteral("note"), note}};
}

std::optional<DecideCompensationOp> DecideCompensationOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    DecideCompensationOp op;
    const QString decision = r.optionalString("decision");
    if (decision != u"approve" && decision != u"deny")
        r.failWith(QStringLiteral("decision is approve or deny"));
    op.approve = decision == u"approve";
    op.compensation = CompensationId(r.integer("compensation"));
    op.note = r.optionalString("note");
    return r.result(op, error);
}

} // namespace empathy
