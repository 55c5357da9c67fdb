#pragma once

#include "domain/AgentRole.h"
#include "domain/Compensation.h"

#include <QHash>
#include <QList>

#include <optional>

namespace empathy {

// The company's limits on compensation, enforced by the server (the client only shows them).
// Per role: the kinds it may grant on its own and the kinds it may only ask a team lead for; a limit per
// compensation and per agent and day (per currency; a currency without a limit always needs a lead);
// the largest discount; and a cap relative to the order's value. Loaded from JSON (docs/compensation.md).
class CompensationPolicy
{
public:
    struct RoleRules
    {
        QList<CompensationKind> grant;
        QList<CompensationKind> request;
        QHash<QString, qint64> perCompensation; // currency -> minor units
        QHash<QString, qint64> perDay;
        int maxDiscountPercent = 0;
        double maxShareOfOrder = 0.0; // 0.5: at most half the order's total without a lead
    };

    enum class Verdict
    {
        Grant,     // within the limits: granted at once
        NeedsLead, // allowed, but over a limit: becomes a request to the team leads
        Forbidden, // this role may not give this kind at all
        Invalid,   // the request itself is wrong (no order for a refund, more than the order, ...)
    };
    struct Decision
    {
        Verdict verdict = Verdict::Invalid;
        QString reason; // for NeedsLead, Forbidden and Invalid: which rule, in words
    };

    // Agents: small goodwill gestures on their own, refunds of a whole order only through a lead.
    static CompensationPolicy defaults();
    static std::optional<CompensationPolicy> fromJson(const QByteArray &json, QString *error);

    void setRules(AgentRole role, RoleRules rules) { m_rules.insert(int(role), std::move(rules)); }
    const RoleRules *rules(AgentRole role) const;

    // `order` is the order the compensation is for, if any; `grantedToday` what this agent has granted
    // today in the request's currency (minor units).
    Decision decide(AgentRole role, const Compensation &request, const std::optional<Order> &order,
                    qint64 grantedToday) const;

    // What the compensation is worth in minor units of its currency, counted against the limits; a
    // discount without an order is worth 0 (its percentage is still capped).
    static qint64 valueOf(const Compensation &compensation, const std::optional<Order> &order);
    // The currency the value is in: the order's for a discount or a full refund, else the amount's.
    static QString currencyOf(const Compensation &compensation, const std::optional<Order> &order);

private:
    QHash<int, RoleRules> m_rules;
};

} // namespace empathy
