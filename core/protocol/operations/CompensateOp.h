#pragma once

#include "domain/Compensation.h"
#include "domain/Ids.h"
#include "domain/Money.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// compensate {conversation, kind, reason, order?, percent?, amount_minor?, currency?}: an agent gives the
// conversation's customer something to make up for a bad experience (docs/compensation.md). A discount
// carries its percent, a full refund the order it refunds, every other kind an amount.
struct CompensateOp
{
    static constexpr QStringView kind = u"compensate";
    using Ack = CompensationAck;

    ConversationId conversation;
    CompensationKind compensation = CompensationKind::Voucher;
    QString reason;
    OrderId order;   // invalid: about no order
    int percent = 0; // a discount's
    Money amount;    // what the other kinds (except a full refund) are worth

    QJsonObject toJson() const;
    static std::optional<CompensateOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const CompensateOp &, const CompensateOp &) = default;
};

} // namespace empathy
