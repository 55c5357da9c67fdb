#pragma once

#include "domain/Ids.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// reverse_compensation {compensation, note}: a team lead takes a granted compensation back; the note says
// why, for the audit.
struct ReverseCompensationOp
{
    static constexpr QStringView kind = u"reverse_compensation";
    using Ack = CompensationAck;

    CompensationId compensation;
    QString note;

    QJsonObject toJson() const;
    static std::optional<ReverseCompensationOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const ReverseCompensationOp &, const ReverseCompensationOp &) = default;
};

} // namespace empathy
