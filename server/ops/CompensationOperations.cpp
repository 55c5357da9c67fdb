#include "ops/CompensationOperations.h"

#include "domain/ConversationMood.h"
#include "ops/ActingOn.h"
#include "storage/ServerStore.h"

namespace empathy {

CompensationOperations::CompensationOperations(ServerStore &store, Clock clock, CompensationPolicy policy)
    : m_store(store)
    , m_clock(std::move(clock))
    , m_policy(std::move(policy))
{}

void CompensationOperations::addTo(OperationRegistry &registry)
{
    registry.add<CompensateOp>(
        [this](const OperationCall &c, const CompensateOp &op) { return compensate(c, op); });
    registry.add<DecideCompensationOp>(
        [this](const OperationCall &c, const DecideCompensationOp &op) { return decide(c, op); });
    registry.add<ReverseCompensationOp>(
        [this](const OperationCall &c, const ReverseCompensationOp &op) { return reverse(c, op); });
}

std::optional<float> CompensationOperations::currentMood(ConversationId conversation)
{
    std::vector<double> valences;
    for (const Message &m : m_store.messagesAfter(conversation, MessageId(0))) {
        if (m.direction == Direction::Inbound && m.sentiment.valence)
            valences.push_back(*m.sentiment.valence);
    }
    const std::optional<double> mood = conversationMood(valences).current;
    return mood ? std::optional<float>(float(*mood)) : std::nullopt;
}

void CompensationOperations::audit(const Compensation &c, const Agent &agent, const QString &action,
                                   const QString &note)
{
    m_store.recordCompensationEvent({c.id, agent.id, action, note, currentMood(c.conversation), m_clock()});
}

// An agent gives a customer something to make up for a bad experience. The server decides by the
// company's policy: granted at once within the agent's limits, sent to the team leads over them, refused
// for a kind the role may not give. One active compensation of a kind per conversation: a second request
// (a double click that made two operations, two agents at once) is refused as a conflict, so nothing is
// granted twice; a resent operation gets its first answer again (OperationService::apply).
Answer<CompensationAck> CompensationOperations::compensate(const OperationCall &call, const CompensateOp &op)
{
    const QString reason = op.reason.trimmed();
    if (reason.isEmpty() || reason.size() > 1000)
        return Refusal{ErrorCode::Invalid,
                       QStringLiteral("a compensation needs a reason (1 to 1,000 characters) for the audit")};
    auto target = conversationToActOn(m_store, call.agent, op.conversation);
    if (const auto *refusal = std::get_if<Refusal>(&target))
        return *refusal;
    const Conversation &conversation = std::get<Conversation>(target);

    Compensation c;
    c.conversation = conversation.id;
    c.customer = conversation.customer;
    c.opId = call.opId;
    c.kind = op.compensation;
    c.reason = reason;
    c.requestedBy = call.agent.id;
    c.requestedAt = m_clock();
    c.percent = op.percent;
    c.amount = op.amount;
    std::optional<Order> order;
    if (op.order.isValid()) {
        order = m_store.order(op.order);
        if (!order || order->customer != c.customer)
            return Refusal{ErrorCode::NotFound,
                           QStringLiteral("no order %1 of this customer").arg(op.order.value())};
        c.order = order->id;
    }
    if (c.kind == CompensationKind::FullRefund && order)
        c.amount = order->total;

    const QString currency = CompensationPolicy::currencyOf(c, order);
    const QDateTime now = c.requestedAt.toUTC();
    const qint64 today =
        m_store.grantedOnOwnSince(call.agent.id, currency, QDateTime(now.date(), QTime(0, 0), Qt::UTC));
    const CompensationPolicy::Decision decision = m_policy.decide(call.agent.role, c, order, today);
    if (decision.verdict == CompensationPolicy::Verdict::Invalid)
        return Refusal{ErrorCode::Invalid, decision.reason};
    if (decision.verdict == CompensationPolicy::Verdict::Forbidden)
        return Refusal{ErrorCode::Forbidden, decision.reason};
    if (const auto active = m_store.activeCompensation(c.conversation, c.kind))
        return Refusal{
            ErrorCode::Conflict,
            QStringLiteral("a %1 is already %2 in this conversation (compensation %3)")
                .arg(compensationKindKey(c.kind).replace(u'_', u' '), compensationStatusKey(active->status))
                .arg(active->id.value())};

    c.id = m_store.nextCompensationId();
    c.moodBefore = currentMood(c.conversation);
    const bool granted = decision.verdict == CompensationPolicy::Verdict::Grant;
    c.status = granted ? CompensationStatus::Granted : CompensationStatus::Pending;
    c.heldBecause = granted ? QString() : decision.reason;
    m_store.putCompensation(c, Money{CompensationPolicy::valueOf(c, order), currency});
    audit(c, call.agent, QStringLiteral("requested"), reason);
    audit(c, call.agent, granted ? QStringLiteral("granted") : QStringLiteral("awaiting_lead"),
          decision.reason);
    return CompensationAck{c.id, c.status, m_store.head()};
}

// A team lead approves or denies a compensation waiting for them; not their own request (four eyes).
Answer<CompensationAck> CompensationOperations::decide(const OperationCall &call,
                                                       const DecideCompensationOp &op)
{
    if (!supervises(call.agent.role))
        return Refusal{ErrorCode::Forbidden, QStringLiteral("only team leads decide on compensation")};
    auto c = m_store.compensation(op.compensation);
    if (!c)
        return Refusal{ErrorCode::NotFound,
                       QStringLiteral("no compensation %1").arg(op.compensation.value())};
    if (c->status != CompensationStatus::Pending)
        return Refusal{ErrorCode::Conflict, QStringLiteral("compensation %1 is %2 already")
                                                .arg(op.compensation.value())
                                                .arg(compensationStatusKey(c->status))};
    if (c->requestedBy == call.agent.id)
        return Refusal{ErrorCode::Forbidden, QStringLiteral("another team lead decides on your own request")};
    c->status = op.approve ? CompensationStatus::Granted : CompensationStatus::Denied;
    c->decidedBy = call.agent.id;
    c->decidedAt = m_clock();
    c->decisionNote = op.note.trimmed().left(1000);
    m_store.putCompensation(*c, Money{});
    audit(*c, call.agent, op.approve ? QStringLiteral("approved") : QStringLiteral("denied"),
          c->decisionNote);
    return CompensationAck{c->id, c->status, m_store.head()};
}

// A team lead takes a granted compensation back (given by mistake, or the order was found after all).
Answer<CompensationAck> CompensationOperations::reverse(const OperationCall &call,
                                                        const ReverseCompensationOp &op)
{
    if (!supervises(call.agent.role))
        return Refusal{ErrorCode::Forbidden, QStringLiteral("only team leads reverse compensation")};
    const QString note = op.note.trimmed();
    if (note.isEmpty() || note.size() > 1000)
        return Refusal{ErrorCode::Invalid,
                       QStringLiteral("reversing needs a note (1 to 1,000 characters) for the audit")};
    auto c = m_store.compensation(op.compensation);
    if (!c)
        return Refusal{ErrorCode::NotFound,
                       QStringLiteral("no compensation %1").arg(op.compensation.value())};
    if (c->status != CompensationStatus::Granted)
        return Refusal{ErrorCode::Conflict,
                       QStringLiteral("only a granted compensation can be reversed (this one is %1)")
                           .arg(compensationStatusKey(c->status))};
    c->status = CompensationStatus::Reversed;
    c->decidedBy = call.agent.id;
    c->decidedAt = m_clock();
    c->decisionNote = note;
    m_store.putCompensation(*c, Money{});
    audit(*c, call.agent, QStringLiteral("reversed"), note);
    return CompensationAck{c->id, c->status, m_store.head()};
}

} // namespace empathy
