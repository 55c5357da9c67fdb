#include "ops/OperationService.h"

#include "domain/ConversationMood.h"
#include "ops/Reassign.h"
#include "ops/Refusal.h"
#include "ops/SurveyQuestion.h"
#include "storage/ServerStore.h"

#include <algorithm>
#include <cmath>

namespace empathy {

namespace {

QJsonObject ackToJson(const AckFrame &ack)
{
    return ack.ok() ? QJsonObject{{QStringLiteral("result"), ack.result}}
                    : QJsonObject{{QStringLiteral("code"), ack.errorCode},
                                  {QStringLiteral("message"), ack.errorMessage}};
}

AckFrame ackFromJson(const QString &id, const QJsonObject &json)
{
    if (json.contains(QStringLiteral("code")))
        return AckFrame{id,
                        {},
                        json.value(QStringLiteral("code")).toString(),
                        json.value(QStringLiteral("message")).toString()};
    return AckFrame{id, json.value(QStringLiteral("result")).toObject(), QString(), QString()};
}

AckFrame compensationAck(const QString &opId, const Compensation &c, qint64 seq)
{
    return AckFrame{opId,
                    {{QStringLiteral("compensation"), c.id.value()},
                     {QStringLiteral("status"), compensationStatusKey(c.status)},
                     {QStringLiteral("seq"), seq}},
                    QString(),
                    QString()};
}

// Whether the agent may act on the conversation: leads and admins on any, agents on their own and
// unassigned ones, trainers on none.
bool mayActOn(const Agent &agent, const Conversation &conversation)
{
    switch (agent.role) {
    case AgentRole::Lead:
    case AgentRole::Admin:
        return true;
    case AgentRole::Agent:
        return !conversation.assignee.isValid() || conversation.assignee == agent.id;
    case AgentRole::Trainer:
        break;
    }
    return false;
}

} // namespace

OperationService::OperationService(ServerStore &store, Clock clock, CompensationPolicy policy)
    : m_store(store)
    , m_clock(clock)
    , m_policy(std::move(policy))
    , m_supervisor(store, std::move(clock))
{}

OperationService::Outcome OperationService::apply(const Agent &agent, const OpFrame &op)
{
    if (op.id.isEmpty() || op.id.size() > 100)
        return {refused(op.id, ErrorCode::Invalid,
                        QStringLiteral("an operation needs an id of 1 to 100 characters")),
                false};
    Outcome outcome;
    try {
        m_store.inTransaction([&] {
            if (const auto recorded = m_store.recordedAck(op.id)) {
                outcome.ack = ackFromJson(op.id, *recorded);
                return;
            }
            outcome.ack = execute(agent, op, &outcome.changedData);
            m_store.recordAck(op.id, agent.id, ackToJson(outcome.ack));
        });
    } catch (const std::exception &error) {
        return {refused(op.id, ErrorCode::Internal,
                        QStringLiteral("the operation could not be stored (%1); retry it with the same id")
                            .arg(QString::fromUtf8(error.what()))),
                false};
    }
    return outcome;
}

AckFrame OperationService::execute(const Agent &agent, const OpFrame &op, bool *changed)
{
    using Handler = AckFrame (OperationService::*)(const Agent &, const OpFrame &, bool *);
    static constexpr std::pair<QStringView, Handler> handlers[] = {
        {u"reply", &OperationService::reply},
        {u"assign", &OperationService::assign},
        {u"status", &OperationService::setStatus},
        {u"correct_sentiment", &OperationService::correctSentiment},
        {u"set_customer_tone", &OperationService::setCustomerTone},
        {u"compensate", &OperationService::compensate},
        {u"decide_compensation", &OperationService::decideCompensation},
        {u"reverse_compensation", &OperationService::reverseCompensation},
        {u"empathy_put", &OperationService::putEmpathyEntry},
        {u"empathy_remove", &OperationService::removeEmpathyEntry},
        {u"set_journey_stage", &OperationService::setJourneyStage},
    };
    for (const auto &[kind, handler] : handlers) {
        if (op.kind == kind)
            return (this->*handler)(agent, op, changed);
    }
    if (op.kind == u"handle_alert")
        return m_supervisor.handleAlert(agent, op, changed);
    if (op.kind == u"private_note")
        return m_supervisor.privateNote(agent, op, changed);
    return refused(op.id, ErrorCode::Invalid, QStringLiteral("unknown operation kind \"%1\"").arg(op.kind));
}

AckFrame OperationService::reply(const Agent &agent, const OpFrame &op, bool *changed)
{
    const QString body = op.data.value(QStringLiteral("body")).toString();
    if (body.trimmed().isEmpty() || body.size() > 20000)
        return refused(op.id, ErrorCode::Invalid, QStringLiteral("a reply has 1 to 20,000 characters"));
    MessagePurpose purpose = MessagePurpose::Plain;
    if (const QString key = op.data.value(QStringLiteral("purpose")).toString(); key == u"apology")
        purpose = MessagePurpose::Apology;
    else if (!key.isEmpty() && key != u"plain")
        return refused(op.id, ErrorCode::Invalid, QStringLiteral("purpose is plain or apology"));
    auto target = conversationToActOn(agent, op);
    if (const auto *refusal = std::get_if<AckFrame>(&target))
        return *refusal;
    Conversation &conversation = std::get<Conversation>(target);
    const ConversationId id = conversation.id;

    Message message;
    message.purpose = purpose;
    message.id = m_store.nextMessageId();
    message.conversation = id;
    message.direction = Direction::Outbound;
    message.author = agent.id;
    message.body = body;
    message.sentAt = m_clock();
    message.language = conversation.language;
    m_store.putMessage(message);
    conversation.firstResponseDue = QDateTime();
    if (!conversation.assignee.isValid())
        conversation.assignee = agent.id; // whoever answers takes the conversation
    m_store.putConversation(conversation);
    *changed = true;
    return AckFrame{op.id,
                    {{QStringLiteral("message"), message.id.value()},
                     {QStringLiteral("sent_at"), message.sentAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("seq"), m_store.head()}},
                    QString(),
                    QString()};
}

AckFrame OperationService::assign(const Agent &agent, const OpFrame &op, bool *changed)
{
    const ConversationId id(op.data.value(QStringLiteral("conversation")).toInteger());
    const AgentId target(op.data.value(QStringLiteral("agent")).toInteger());
    auto conversation = m_store.conversation(id);
    if (!conversation)
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no conversation %1").arg(id.value()));
    const bool lead = supervises(agent.role);
    if (!lead && (target != agent.id || !mayActOn(agent, *conversation)))
        return refused(op.id, ErrorCode::Forbidden,
                       QStringLiteral("agents may only take conversations for themselves"));
    if (target.isValid() && !m_store.accountById(target))
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no agent %1").arg(target.value()));
    reassignConversation(m_store, *conversation, target);
    *changed = true;
    return AckFrame{op.id, {{QStringLiteral("seq"), m_store.head()}}, QString(), QString()};
}

AckFrame OperationService::setStatus(const Agent &agent, const OpFrame &op, bool *changed)
{
    const auto status = statusFromKey(op.data.value(QStringLiteral("status")).toString());
    if (!status)
        return refused(op.id, ErrorCode::Invalid, QStringLiteral("status is open, pending or resolved"));
    auto target = conversationToActOn(agent, op);
    if (const auto *refusal = std::get_if<AckFrame>(&target))
        return *refusal;
    Conversation &conversation = std::get<Conversation>(target);
    const bool resolving = *status == ConversationStatus::Resolved && conversation.status != *status;
    conversation.status = *status;
    if (*status == ConversationStatus::Resolved) {
        conversation.firstResponseDue = QDateTime();
        conversation.resolutionDue = QDateTime();
        m_store.republishCustomer(conversation.customer); // trainers can read it from now on
    }
    m_store.putConversation(conversation);
    if (resolving)
        askForSatisfaction(conversation);
    if (*status == ConversationStatus::Resolved)
        m_store.republishConversationContents(conversation.id);
    *changed = true;
    return AckFrame{op.id, {{QStringLiteral("seq"), m_store.head()}}, QString(), QString()};
}

// An agent corrects the engine's label of a customer's message: the message keeps its valence direction
// in line with the new label, is marked corrected and republished to every client; the correction is
// recorded with the text for improving the engine.
AckFrame OperationService::correctSentiment(const Agent &agent, const OpFrame &op, bool *changed)
{
    const MessageId id(op.data.value(QStringLiteral("message")).toInteger());
    const std::optional<SentimentLabel> label =
        sentimentLabelFromKey(op.data.value(QStringLiteral("label")).toString());
    if (!label)
        return refused(op.id, ErrorCode::Invalid, QStringLiteral("label is positive, neutral or negative"));
    auto message = m_store.message(id);
    if (!message)
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no message %1").arg(id.value()));
    if (message->direction != Direction::Inbound)
        return refused(op.id, ErrorCode::Invalid, QStringLiteral("only customers' messages carry a mood"));
    const auto conversation = m_store.conversation(message->conversation);
    if (!conversation || !mayActOn(agent, *conversation))
        return refused(op.id, ErrorCode::Forbidden,
                       QStringLiteral("the conversation is assigned to someone else"));

    SentimentCorrection correction;
    correction.message = id;
    correction.agent = agent.id;
    correction.language = message->language;
    correction.body = message->body;
    if (message->sentiment.isScored() && !message->sentiment.correctedByAgent) {
        correction.engineLabel = message->sentiment.label;
        correction.engineValence = message->sentiment.valence;
    }
    correction.correctedLabel = *label;
    correction.at = m_clock();
    m_store.recordCorrection(correction);

    Sentiment &s = message->sentiment;
    const float magnitude = std::max(0.5f, std::abs(s.valence.value_or(0.0f)));
    s.valence = *label == SentimentLabel::Positive   ? magnitude
                : *label == SentimentLabel::Negative ? -magnitude
                                                     : 0.0f;
    s.label = *label;
    s.confidence = 1.0f;
    s.correctedByAgent = true;
    m_store.putMessage(*message);
    *changed = true;
    return AckFrame{op.id, {{QStringLiteral("seq"), m_store.head()}}, QString(), QString()};
}

// An agent notes how the customer of a conversation they may act on likes to be addressed (formal, warm
// or none); every client gets the customer again with it.
AckFrame OperationService::setCustomerTone(const Agent &agent, const OpFrame &op, bool *changed)
{
    const std::optional<PreferredTone> tone = toneFromKey(op.data.value(QStringLiteral("tone")).toString());
    if (!tone)
        return refused(op.id, ErrorCode::Invalid, QStringLiteral("tone is formal, warm or none"));
    auto target = customerToActOn(agent, op);
    if (const auto *refusal = std::get_if<AckFrame>(&target))
        return *refusal;
    Customer &customer = std::get<Customer>(target);
    customer.preferredTone = *tone;
    m_store.putCustomer(customer);
    *changed = true;
    return AckFrame{op.id, {{QStringLiteral("seq"), m_store.head()}}, QString(), QString()};
}

// Once per conversation, on its channel: how satisfied the customer is (docs/protocol.md, surveys).
void OperationService::askForSatisfaction(const Conversation &conversation)
{
    for (const Message &m : m_store.messagesAfter(conversation.id, MessageId(0))) {
        if (m.purpose == MessagePurpose::Survey)
            return; // asked when it was resolved before
    }
    Message question;
    question.id = m_store.nextMessageId();
    question.conversation = conversation.id;
    question.direction = Direction::Outbound;
    question.purpose = MessagePurpose::Survey;
    question.body = satisfactionQuestion(conversation.language);
    question.sentAt = m_clock();
    question.language = conversation.language;
    m_store.putMessage(question);
}

std::optional<float> OperationService::currentMood(ConversationId conversation)
{
    std::vector<double> valences;
    for (const Message &m : m_store.messagesAfter(conversation, MessageId(0))) {
        if (m.direction == Direction::Inbound && m.sentiment.valence)
            valences.push_back(*m.sentiment.valence);
    }
    const std::optional<double> mood = conversationMood(valences).current;
    return mood ? std::optional<float>(float(*mood)) : std::nullopt;
}

void OperationService::audit(const Compensation &c, const Agent &agent, const QString &action,
                             const QString &note)
{
    m_store.recordCompensationEvent({c.id, agent.id, action, note, currentMood(c.conversation), m_clock()});
}

// An agent gives a customer something to make up for a bad experience. The server decides by the
// company's policy: granted at once within the agent's limits, sent to the team leads over them, refused
// for a kind the role may not give. One active compensation of a kind per conversation: a second request
// (a double click that made two operations, two agents at once) is refused as a conflict, so nothing is
// granted twice; a resent operation gets its first answer again (apply()).
AckFrame OperationService::compensate(const Agent &agent, const OpFrame &op, bool *changed)
{
    const auto kind = compensationKindFromKey(op.data.value(QStringLiteral("kind")).toString());
    if (!kind)
        return refused(op.id, ErrorCode::Invalid,
                       QStringLiteral("kind is discount, voucher, free_shipping, gift, partial_refund or "
                                      "full_refund"));
    const QString reason = op.data.value(QStringLiteral("reason")).toString().trimmed();
    if (reason.isEmpty() || reason.size() > 1000)
        return refused(op.id, ErrorCode::Invalid,
                       QStringLiteral("a compensation needs a reason (1 to 1,000 "
                                      "characters) for the audit"));
    auto target = conversationToActOn(agent, op);
    if (const auto *refusal = std::get_if<AckFrame>(&target))
        return *refusal;
    Conversation &conversation = std::get<Conversation>(target);
    const ConversationId id = conversation.id;

    Compensation c;
    c.conversation = id;
    c.customer = conversation.customer;
    c.opId = op.id;
    c.kind = *kind;
    c.reason = reason;
    c.requestedBy = agent.id;
    c.requestedAt = m_clock();
    c.percent = op.data.value(QStringLiteral("percent")).toInt();
    c.amount = Money{op.data.value(QStringLiteral("amount_minor")).toInteger(),
                     op.data.value(QStringLiteral("currency")).toString()};
    std::optional<Order> order;
    if (const qint64 orderId = op.data.value(QStringLiteral("order")).toInteger(); orderId != 0) {
        order = m_store.order(OrderId(orderId));
        if (!order || order->customer != c.customer)
            return refused(op.id, ErrorCode::NotFound,
                           QStringLiteral("no order %1 of this customer").arg(orderId));
        c.order = order->id;
    }
    if (c.kind == CompensationKind::FullRefund && order)
        c.amount = order->total;

    const QString currency = CompensationPolicy::currencyOf(c, order);
    const QDateTime now = c.requestedAt.toUTC();
    const qint64 today =
        m_store.grantedOnOwnSince(agent.id, currency, QDateTime(now.date(), QTime(0, 0), Qt::UTC));
    const CompensationPolicy::Decision decision = m_policy.decide(agent.role, c, order, today);
    if (decision.verdict == CompensationPolicy::Verdict::Invalid)
        return refused(op.id, ErrorCode::Invalid, decision.reason);
    if (decision.verdict == CompensationPolicy::Verdict::Forbidden)
        return refused(op.id, ErrorCode::Forbidden, decision.reason);
    if (const auto active = m_store.activeCompensation(id, c.kind))
        return refused(
            op.id, ErrorCode::Conflict,
            QStringLiteral("a %1 is already %2 in this conversation (compensation %3)")
                .arg(compensationKindKey(c.kind).replace(u'_', u' '), compensationStatusKey(active->status))
                .arg(active->id.value()));

    c.id = m_store.nextCompensationId();
    c.moodBefore = currentMood(id);
    const bool granted = decision.verdict == CompensationPolicy::Verdict::Grant;
    c.status = granted ? CompensationStatus::Granted : CompensationStatus::Pending;
    c.heldBecause = granted ? QString() : decision.reason;
    m_store.putCompensation(c, Money{CompensationPolicy::valueOf(c, order), currency});
    audit(c, agent, QStringLiteral("requested"), reason);
    audit(c, agent, granted ? QStringLiteral("granted") : QStringLiteral("awaiting_lead"), decision.reason);
    *changed = true;
    return compensationAck(op.id, c, m_store.head());
}

// A team lead approves or denies a compensation waiting for them; not their own request (four eyes).
AckFrame OperationService::decideCompensation(const Agent &agent, const OpFrame &op, bool *changed)
{
    if (!supervises(agent.role))
        return refused(op.id, ErrorCode::Forbidden, QStringLiteral("only team leads decide on compensation"));
    const QString decision = op.data.value(QStringLiteral("decision")).toString();
    if (decision != u"approve" && decision != u"deny")
        return refused(op.id, ErrorCode::Invalid, QStringLiteral("decision is approve or deny"));
    const CompensationId id(op.data.value(QStringLiteral("compensation")).toInteger());
    auto c = m_store.compensation(id);
    if (!c)
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no compensation %1").arg(id.value()));
    if (c->status != CompensationStatus::Pending)
        return refused(op.id, ErrorCode::Conflict,
                       QStringLiteral("compensation %1 is %2 already")
                           .arg(id.value())
                           .arg(compensationStatusKey(c->status)));
    if (c->requestedBy == agent.id)
        return refused(op.id, ErrorCode::Forbidden,
                       QStringLiteral("another team lead decides on your own request"));
    const bool approve = decision == u"approve";
    c->status = approve ? CompensationStatus::Granted : CompensationStatus::Denied;
    c->decidedBy = agent.id;
    c->decidedAt = m_clock();
    c->decisionNote = op.data.value(QStringLiteral("note")).toString().trimmed().left(1000);
    m_store.putCompensation(*c, Money{});
    audit(*c, agent, approve ? QStringLiteral("approved") : QStringLiteral("denied"), c->decisionNote);
    *changed = true;
    return compensationAck(op.id, *c, m_store.head());
}

// A team lead takes a granted compensation back (given by mistake, or the order was found after all).
AckFrame OperationService::reverseCompensation(const Agent &agent, const OpFrame &op, bool *changed)
{
    if (!supervises(agent.role))
        return refused(op.id, ErrorCode::Forbidden, QStringLiteral("only team leads reverse compensation"));
    const QString note = op.data.value(QStringLiteral("note")).toString().trimmed();
    if (note.isEmpty() || note.size() > 1000)
        return refused(op.id, ErrorCode::Invalid,
                       QStringLiteral("reversing needs a note (1 to 1,000 characters) for the audit"));
    const CompensationId id(op.data.value(QStringLiteral("compensation")).toInteger());
    auto c = m_store.compensation(id);
    if (!c)
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no compensation %1").arg(id.value()));
    if (c->status != CompensationStatus::Granted)
        return refused(op.id, ErrorCode::Conflict,
                       QStringLiteral("only a granted compensation can be reversed (this one is %1)")
                           .arg(compensationStatusKey(c->status)));
    c->status = CompensationStatus::Reversed;
    c->decidedBy = agent.id;
    c->decidedAt = m_clock();
    c->decisionNote = note;
    m_store.putCompensation(*c, Money{});
    audit(*c, agent, QStringLiteral("reversed"), note);
    *changed = true;
    return compensationAck(op.id, *c, m_store.head());
}

std::variant<Conversation, AckFrame> OperationService::conversationToActOn(const Agent &agent,
                                                                           const OpFrame &op)
{
    const ConversationId id(op.data.value(QStringLiteral("conversation")).toInteger());
    auto conversation = m_store.conversation(id);
    if (!conversation)
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no conversation %1").arg(id.value()));
    if (!mayActOn(agent, *conversation))
        return refused(op.id, ErrorCode::Forbidden,
                       QStringLiteral("the conversation is assigned to someone else"));
    return *conversation;
}

std::variant<Customer, AckFrame> OperationService::customerToActOn(const Agent &agent, const OpFrame &op)
{
    const auto target = conversationToActOn(agent, op);
    if (const auto *refusal = std::get_if<AckFrame>(&target))
        return *refusal;
    const CustomerId id = std::get<Conversation>(target).customer;
    const auto customer = m_store.customer(id);
    if (!customer)
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no customer %1").arg(id.value()));
    return *customer;
}

// Adds a note to the customer's empathy map, or edits one. An edit names the revision it was made on;
// when another agent's edit came first, both are kept: this one as a second entry marked as written at
// the same time (conflict_of), so nobody's words are overwritten unseen.
AckFrame OperationService::putEmpathyEntry(const Agent &agent, const OpFrame &op, bool *changed)
{
    const auto target = customerToActOn(agent, op);
    if (const auto *refusal = std::get_if<AckFrame>(&target))
        return *refusal;
    const Customer &customer = std::get<Customer>(target);
    const QString text = op.data.value(QStringLiteral("text")).toString().trimmed();
    if (text.isEmpty() || text.size() > 2000)
        return refused(op.id, ErrorCode::Invalid, QStringLiteral("a note has 1 to 2,000 characters"));
    const auto quadrant = empathyQuadrantFromKey(op.data.value(QStringLiteral("quadrant")).toString());
    if (!quadrant)
        return refused(op.id, ErrorCode::Invalid,
                       QStringLiteral("quadrant is says, thinks, does, feels, pains or gains"));

    EmpathyEntry entry;
    const EmpathyEntryId existing(op.data.value(QStringLiteral("entry")).toInteger());
    bool keptBoth = false;
    if (existing.isValid()) {
        const auto current = m_store.empathyEntry(existing);
        if (!current || current->customer != customer.id)
            return refused(op.id, ErrorCode::NotFound,
                           QStringLiteral("no note %1 on this customer's map").arg(existing.value()));
        const int base = op.data.value(QStringLiteral("base_revision")).toInt();
        if (base == current->revision && !current->removed) {
            entry = *current;
            ++entry.revision;
        } else { // someone else changed or removed it since: keep both versions
            entry.conflictOf = existing;
            entry.source = current->source;
            keptBoth = true;
        }
    }
    if (!entry.id.isValid()) {
        entry.id = m_store.nextEmpathyEntryId();
        entry.customer = customer.id;
        entry.revision = 1;
        if (!keptBoth) {
            entry.source = MessageId(op.data.value(QStringLiteral("source")).toInteger());
            entry.suggestion = op.data.value(QStringLiteral("suggestion")).toString().left(100);
            entry.removed = op.data.value(QStringLiteral("dismissed")).toBool(); // a suggestion turned down
        }
    }
    entry.quadrant = *quadrant;
    entry.text = text;
    entry.author = agent.id;
    entry.updatedAt = m_clock();
    entry.opId = op.id;
    m_store.putEmpathyEntry(entry);
    *changed = true;
    return AckFrame{op.id,
                    {{QStringLiteral("entry"), entry.id.value()},
                     {QStringLiteral("revision"), entry.revision},
                     {QStringLiteral("kept_both"), keptBoth},
                     {QStringLiteral("seq"), m_store.head()}},
                    QString(),
                    QString()};
}

// Removes a note (or dismisses a suggestion, which is stored removed so it is not suggested again). A
// removal made on an older revision is refused: the other agent's newer words stay.
AckFrame OperationService::removeEmpathyEntry(const Agent &agent, const OpFrame &op, bool *changed)
{
    const auto target = customerToActOn(agent, op);
    if (const auto *refusal = std::get_if<AckFrame>(&target))
        return *refusal;
    const Customer &customer = std::get<Customer>(target);
    const EmpathyEntryId id(op.data.value(QStringLiteral("entry")).toInteger());
    auto entry = m_store.empathyEntry(id);
    if (!entry || entry->customer != customer.id)
        return refused(op.id, ErrorCode::NotFound,
                       QStringLiteral("no note %1 on this customer's map").arg(id.value()));
    if (entry->removed)
        return AckFrame{op.id,
                        {{QStringLiteral("entry"), id.value()}, {QStringLiteral("seq"), m_store.head()}},
                        QString(),
                        QString()};
    if (op.data.value(QStringLiteral("base_revision")).toInt() != entry->revision)
        return refused(op.id, ErrorCode::Conflict,
                       QStringLiteral("the note was changed by someone else meanwhile; it was kept"));
    entry->removed = true;
    ++entry->revision;
    entry->author = agent.id;
    entry->updatedAt = m_clock();
    entry->opId = op.id;
    m_store.putEmpathyEntry(*entry);
    *changed = true;
    return AckFrame{op.id,
                    {{QStringLiteral("entry"), id.value()}, {QStringLiteral("seq"), m_store.head()}},
                    QString(),
                    QString()};
}

AckFrame OperationService::setJourneyStage(const Agent &agent, const OpFrame &op, bool *changed)
{
    const auto stage = journeyStageFromKey(op.data.value(QStringLiteral("stage")).toString());
    if (!stage)
        return refused(
            op.id, ErrorCode::Invalid,
            QStringLiteral("stage is none, before_purchase, purchase, delivery, support or after"));
    const auto target = customerToActOn(agent, op);
    if (const auto *refusal = std::get_if<AckFrame>(&target))
        return *refusal;
    Customer customer = std::get<Customer>(target);
    customer.journeyStage = *stage;
    m_store.putCustomer(customer);
    *changed = true;
    return AckFrame{op.id, {{QStringLiteral("seq"), m_store.head()}}, QString(), QString()};
}

} // namespace empathy
