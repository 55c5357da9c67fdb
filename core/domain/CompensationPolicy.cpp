#include "domain/CompensationPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace empathy {

namespace {

QHash<QString, qint64> amounts(std::initializer_list<std::pair<const char *, qint64>> majorUnits)
{
    QHash<QString, qint64> out;
    for (const auto &[currency, major] : majorUnits) {
        const QString code = QString::fromLatin1(currency);
        qint64 minor = major;
        for (int i = 0; i < currencyDigits(code); ++i)
            minor *= 10;
        out.insert(code, minor);
    }
    return out;
}

QString describe(const Compensation &c)
{
    return compensationKindKey(c.kind).replace(u'_', u' ');
}

bool readKinds(const QJsonValue &value, const QString &path, QList<CompensationKind> *out, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("%1: a list of kinds is expected").arg(path);
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        const auto kind = compensationKindFromKey(item.toString());
        if (!kind) {
            *error = QStringLiteral("%1: unknown kind \"%2\" (discount, voucher, free_shipping, gift, "
                                    "partial_refund, full_refund)")
                         .arg(path, item.toString());
            return false;
        }
        out->append(*kind);
    }
    return true;
}

bool readAmounts(const QJsonValue &value, const QString &path, QHash<QString, qint64> *out, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = QStringLiteral("%1: an object of currency: amount is expected").arg(path);
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString currency = it.key();
        const QString text = it->isString()   ? it->toString()
                             : it->isDouble() ? QString::number(it->toDouble(), 'f', currencyDigits(currency))
                                              : QString();
        const auto minor = currency.size() == 3 ? parseMinorUnits(text, currency) : std::nullopt;
        if (!minor) {
            *error = QStringLiteral("%1.%2: \"%3\" is not an amount of a three-letter currency")
                         .arg(path, currency, text);
            return false;
        }
        out->insert(currency, *minor);
    }
    return true;
}

} // namespace

CompensationPolicy CompensationPolicy::defaults()
{
    CompensationPolicy policy;
    RoleRules agent;
    agent.grant = {CompensationKind::Discount, CompensationKind::Voucher, CompensationKind::FreeShipping,
                   CompensationKind::Gift, CompensationKind::PartialRefund};
    agent.request = {CompensationKind::FullRefund};
    agent.perCompensation =
        amounts({{"EUR", 50}, {"USD", 50}, {"PLN", 200}, {"RON", 250}, {"RUB", 5000}, {"IRR", 30000000}});
    agent.perDay =
        amounts({{"EUR", 150}, {"USD", 150}, {"PLN", 600}, {"RON", 750}, {"RUB", 15000}, {"IRR", 90000000}});
    agent.maxDiscountPercent = 20;
    agent.maxShareOfOrder = 0.5;
    policy.setRules(AgentRole::Agent, agent);

    RoleRules lead;
    lead.grant = agent.grant + agent.request;
    lead.perCompensation = amounts(
        {{"EUR", 500}, {"USD", 500}, {"PLN", 2000}, {"RON", 2500}, {"RUB", 50000}, {"IRR", 300000000}});
    lead.perDay = amounts(
        {{"EUR", 2500}, {"USD", 2500}, {"PLN", 10000}, {"RON", 12500}, {"RUB", 250000}, {"IRR", 1500000000}});
    lead.maxDiscountPercent = 100;
    lead.maxShareOfOrder = 1.0;
    policy.setRules(AgentRole::Lead, lead);
    policy.setRules(AgentRole::Admin, lead);
    return policy; // trainers give nothing: they replay conversations, they do not serve customers
}

std::optional<CompensationPolicy> CompensationPolicy::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (!document.isObject()) {
        *error = parse.error != QJsonParseError::NoError
                     ? QStringLiteral("not JSON: %1 at offset %2").arg(parse.errorString()).arg(parse.offset)
                     : QStringLiteral("a JSON object with \"roles\" is expected");
        return std::nullopt;
    }
    const QJsonValue roles = document.object().value(QStringLiteral("roles"));
    if (!roles.isObject()) {
        *error = QStringLiteral("\"roles\" must be an object of role: rules");
        return std::nullopt;
    }
    CompensationPolicy policy;
    const QJsonObject byRole = roles.toObject();
    for (auto it = byRole.begin(); it != byRole.end(); ++it) {
        const auto role = roleFromKey(it.key());
        const QString path = QStringLiteral("roles.%1").arg(it.key());
        if (!role || !it->isObject()) {
            *error = !role ? QStringLiteral("%1: unknown role (agent, lead, trainer, admin)").arg(path)
                           : QStringLiteral("%1: an object is expected").arg(path);
            return std::nullopt;
        }
        const QJsonObject o = it->toObject();
        RoleRules rules;
        if (!readKinds(o.value(QStringLiteral("grant")), path + QStringLiteral(".grant"), &rules.grant,
                       error) ||
            !readKinds(o.value(QStringLiteral("request")), path + QStringLiteral(".request"), &rules.request,
                       error) ||
            !readAmounts(o.value(QStringLiteral("per_compensation")),
                         path + QStringLiteral(".per_compensation"), &rules.perCompensation, error) ||
            !readAmounts(o.value(QStringLiteral("per_day")), path + QStringLiteral(".per_day"), &rules.perDay,
                         error))
            return std::nullopt;
        const QJsonValue percent = o.value(QStringLiteral("max_discount_percent"));
        const QJsonValue share = o.value(QStringLiteral("max_share_of_order"));
        if ((!percent.isUndefined() &&
             (!percent.isDouble() || percent.toDouble() < 0 || percent.toDouble() > 100)) ||
            (!share.isUndefined() && (!share.isDouble() || share.toDouble() < 0 || share.toDouble() > 1))) {
            *error = QStringLiteral("%1: max_discount_percent is 0 to 100 and max_share_of_order 0 to 1")
                         .arg(path);
            return std::nullopt;
        }
        rules.maxDiscountPercent = percent.toInt();
        rules.maxShareOfOrder = share.toDouble();
        policy.setRules(*role, std::move(rules));
    }
    return policy;
}

const CompensationPolicy::RoleRules *CompensationPolicy::rules(AgentRole role) const
{
    const auto it = m_rules.constFind(int(role));
    return it == m_rules.constEnd() ? nullptr : &*it;
}

qint64 CompensationPolicy::valueOf(const Compensation &c, const std::optional<Order> &order)
{
    switch (c.kind) {
    case CompensationKind::Discount:
        return order ? order->total.minorUnits * c.percent / 100 : 0;
    case CompensationKind::FullRefund:
        return order ? order->total.minorUnits : 0;
    case CompensationKind::Voucher:
    case CompensationKind::FreeShipping:
    case CompensationKind::Gift:
    case CompensationKind::PartialRefund:
        break;
    }
    return c.amount.minorUnits;
}

QString CompensationPolicy::currencyOf(const Compensation &c, const std::optional<Order> &order)
{
    if (c.kind == CompensationKind::Discount || c.kind == CompensationKind::FullRefund)
        return order ? order->total.currency : QString();
    return c.amount.currency;
}

CompensationPolicy::Decision CompensationPolicy::decide(AgentRole role, const Compensation &c,
                                                        const std::optional<Order> &order,
                                                        qint64 grantedToday) const
{
    // The request itself first: these are wrong for anyone.
    const bool percentKind = c.kind == CompensationKind::Discount;
    const bool orderKind =
        c.kind == CompensationKind::PartialRefund || c.kind == CompensationKind::FullRefund;
    const bool amountKind = !percentKind && c.kind != CompensationKind::FullRefund;
    if (percentKind && (c.percent < 1 || c.percent > 100))
        return {Verdict::Invalid, QStringLiteral("a discount is 1 to 100 percent")};
    if (amountKind && (c.amount.minorUnits <= 0 || c.amount.currency.size() != 3))
        return {Verdict::Invalid,
                QStringLiteral("a %1 needs a positive amount and its currency").arg(describe(c))};
    if (orderKind && !order)
        return {Verdict::Invalid, QStringLiteral("a refund is for an order of this customer")};
    if (order && amountKind && c.amount.currency != order->total.currency)
        return {Verdict::Invalid,
                QStringLiteral("the amount must be in the order's currency (%1)").arg(order->total.currency)};
    if (c.kind == CompensationKind::PartialRefund && c.amount.minorUnits > order->total.minorUnits)
        return {Verdict::Invalid, QStringLiteral("a refund cannot be more than the order's total")};

    const RoleRules *r = rules(role);
    if (!r || (!r->grant.contains(c.kind) && !r->request.contains(c.kind)))
        return {Verdict::Forbidden,
                QStringLiteral("the %1 role may not give a %2").arg(roleKey(role), describe(c))};
    if (!r->grant.contains(c.kind))
        return {Verdict::NeedsLead, QStringLiteral("only a team lead may grant a %1").arg(describe(c))};
    if (percentKind && c.percent > r->maxDiscountPercent)
        return {Verdict::NeedsLead,
                QStringLiteral("a discount over %1 % needs a team lead").arg(r->maxDiscountPercent)};

    const qint64 value = valueOf(c, order);
    if (value == 0)
        return {Verdict::Grant, QString()};
    const QString currency = currencyOf(c, order);
    const auto single = r->perCompensation.constFind(currency);
    if (single == r->perCompensation.constEnd())
        return {Verdict::NeedsLead,
                QStringLiteral("there is no limit for %1: a team lead decides").arg(currency)};
    if (value > *single)
        return {Verdict::NeedsLead, QStringLiteral("over the limit of %1 %2 per compensation")
                                        .arg(plainAmount(*single, currency), currency)};
    if (order && double(value) > r->maxShareOfOrder * double(order->total.minorUnits))
        return {Verdict::NeedsLead,
                QStringLiteral("over %1 % of the order's total").arg(qRound(r->maxShareOfOrder * 100.0))};
    const auto daily = r->perDay.constFind(currency);
    if (daily == r->perDay.constEnd() || grantedToday + value > *daily)
        return {Verdict::NeedsLead,
                QStringLiteral("over the daily limit of %1 %2 (%3 %2 granted today)")
                    .arg(plainAmount(daily == r->perDay.constEnd() ? 0 : *daily, currency), currency,
                         plainAmount(grantedToday, currency))};
    return {Verdict::Grant, QString()};
}

} // namespace empathy
