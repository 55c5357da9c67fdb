#include "protocol/operations/HandleAlertOp.h"

#include "domain/EnumKeys.h"
#include "protocol/JsonReader.h"

namespace empathy {

namespace {

constexpr EnumKeys<HandleAlertOp::Action, 3> actions{{{HandleAlertOp::Action::Acknowledge, u"acknowledge"},
                                                      {HandleAlertOp::Action::TakeOver, u"take_over"},
                                                      {HandleAlertOp::Action::Reassign, u"reassign"}}};

std::optional<HandleAlertOp::Action> actionFromKey(QStringView key)
{
    return valueOf(actions, key);
}

} // namespace

QJsonObject HandleAlertOp::toJson() const
{
    QJsonObject data{{QStringLiteral("alert"), alert.value()},
                     {QStringLiteral("action"), keyOf(actions, action)}};
    if (action == Action::Reassign)
        data.insert(QStringLiteral("agent"), agent.value());
    return data;
}

std::optional<HandleAlertOp> HandleAlertOp::fromJson(const QJsonObject &data, QString *error)
{
    JsonReader r(data);
    HandleAlertOp op;
    op.alert = AlertId(r.integer("alert"));
    op.action =
        r.key("action", &actionFromKey, QStringLiteral("action is acknowledge, take_over or reassign"));
    op.agent = AgentId(r.optionalInteger("agent"));
    return r.result(op, error);
}

} // namespace empathy
