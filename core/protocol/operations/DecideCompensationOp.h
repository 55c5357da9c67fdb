#pragma once

#include "domain/Ids.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// decide_compensation {compensation, decision: "approve" | "deny", note}: a team lead decides on a
// compensation waiting for one.
struct DecideCompensationOp
{
    static constexpr QStringView kind = u"decide_compensation";
    using Ack = CompensationAck;

    CompensationId compensation;
    bool approve = false;
    QString note;

    QJsonObject toJson() const;
    static std::optional<DecideCompensationOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const DecideCompensationOp &, const DecideCompensationOp &) = default;
};

} // namespace empathy
