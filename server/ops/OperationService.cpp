#include "ops/OperationService.h"

#include "storage/ServerStore.h"

#include <algorithm>
#include <cmath>

namespace empathy {

namespace {

AckFrame refused(const QString &id, ErrorCode code, const QString &message)
{
    return AckFrame{id, {}, errorCodeKey(code), message};
}

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

OperationService::OperationService(ServerStore &store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
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
    if (op.kind == u"reply")
        return reply(agent, op, changed);
    if (op.kind == u"assign")
        return assign(agent, op, changed);
    if (op.kind == u"status")
        return setStatus(agent, op, changed);
    if (op.kind == u"correct_sentiment")
        return correctSentiment(agent, op, changed);
    if (op.kind == u"set_customer_tone")
        return setCustomerTone(agent, op, changed);
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
    const ConversationId id(op.data.value(QStringLiteral("conversation")).toInteger());
    auto conversation = m_store.conversation(id);
    if (!conversation)
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no conversation %1").arg(id.value()));
    if (!mayActOn(agent, *conversation))
        return refused(op.id, ErrorCode::Forbidden,
                       QStringLiteral("the conversation is assigned to someone else"));

    Message message;
    message.purpose = purpose;
    message.id = m_store.nextMessageId();
    message.conversation = id;
    message.direction = Direction::Outbound;
    message.author = agent.id;
    message.body = body;
    message.sentAt = m_clock();
    message.language = conversation->language;
    m_store.putMessage(message);
    conversation->firstResponseDue = QDateTime();
    if (!conversation->assignee.isValid())
        conversation->assignee = agent.id; // whoever answers takes the conversation
    m_store.putConversation(*conversation);
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
    const bool lead = agent.role == AgentRole::Lead || agent.role == AgentRole::Admin;
    if (!lead && (target != agent.id || !mayActOn(agent, *conversation)))
        return refused(op.id, ErrorCode::Forbidden,
                       QStringLiteral("agents may only take conversations for themselves"));
    if (target.isValid() && !m_store.accountById(target))
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no agent %1").arg(target.value()));
    conversation->assignee = target;
    // The new assignee may not have been able to read this conversation until now.
    m_store.republishCustomer(conversation->customer);
    m_store.putConversation(*conversation);
    m_store.republishConversationContents(conversation->id);
    *changed = true;
    return AckFrame{op.id, {{QStringLiteral("seq"), m_store.head()}}, QString(), QString()};
}

AckFrame OperationService::setStatus(const Agent &agent, const OpFrame &op, bool *changed)
{
    const ConversationId id(op.data.value(QStringLiteral("conversation")).toInteger());
    const auto status = statusFromKey(op.data.value(QStringLiteral("status")).toString());
    if (!status)
        return refused(op.id, ErrorCode::Invalid, QStringLiteral("status is open, pending or resolved"));
    auto conversation = m_store.conversation(id);
    if (!conversation)
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no conversation %1").arg(id.value()));
    if (!mayActOn(agent, *conversation))
        return refused(op.id, ErrorCode::Forbidden,
                       QStringLiteral("the conversation is assigned to someone else"));
    conversation->status = *status;
    if (*status == ConversationStatus::Resolved) {
        conversation->firstResponseDue = QDateTime();
        conversation->resolutionDue = QDateTime();
        m_store.republishCustomer(conversation->customer); // trainers can read it from now on
    }
    m_store.putConversation(*conversation);
    if (*status == ConversationStatus::Resolved)
        m_store.republishConversationContents(conversation->id);
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
    const ConversationId id(op.data.value(QStringLiteral("conversation")).toInteger());
    const auto conversation = m_store.conversation(id);
    if (!conversation)
        return refused(op.id, ErrorCode::NotFound, QStringLiteral("no conversation %1").arg(id.value()));
    if (!mayActOn(agent, *conversation))
        return refused(op.id, ErrorCode::Forbidden,
                       QStringLiteral("the conversation is assigned to someone else"));
    auto customer = m_store.customer(conversation->customer);
    if (!customer)
        return refused(op.id, ErrorCode::NotFound,
                       QStringLiteral("no customer %1").arg(conversation->customer.value()));
    customer->preferredTone = *tone;
    m_store.putCustomer(*customer);
    *changed = true;
    return AckFrame{op.id, {{QStringLiteral("seq"), m_store.head()}}, QString(), QString()};
}

} // namespace empathy
