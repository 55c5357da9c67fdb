#pragma once

#include "domain/Ids.h"
#include "protocol/OperationAcks.h"

namespace empathy {

// handle_alert {alert, action: "acknowledge" | "take_over" | "reassign", agent?}: a team lead deals with an
// alert; reassign gives its conversation to `agent`.
struct HandleAlertOp
{
    static constexpr QStringView kind = u"handle_alert";
    using Ack = AlertAck;

    enum class Action
    {
        Acknowledge,
        TakeOver,
        Reassign
    };

    AlertId alert;
    Action action = Action::Acknowledge;
    AgentId agent; // reassign's

    QJsonObject toJson() const;
    static std::optional<HandleAlertOp> fromJson(const QJsonObject &data, QString *error);
    friend bool operator==(const HandleAlertOp &, const HandleAlertOp &) = default;
};

} // namespace empathy
