#include "ops/ConversationOperations.h"

#include "ops/ActingOn.h"
#include "ops/Reassign.h"
#include "ops/SurveyQuestion.h"
#include "storage/ServerStore.h"

#include <cmath>

namespace empathy {

ConversationOperations::ConversationOperations(ServerStore &store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

void ConversationOperations::addTo(OperationRegistry &registry)
{
    registry.add<ReplyOp>([this](const OperationCall &c, const ReplyOp &op) { return reply(c, op); });
    registry.add<AssignOp>([this](const OperationCall &c, const AssignOp &op) { return assign(c, op); });
    registry.add<StatusOp>([this](const OperationCall &c, const StatusOp &op) { return setStatus(c, op); });
    registry.add<CorrectSentimentOp>(
        [this](const OperationCall &c, const CorrectSentimentOp &op) { return correctSentiment(c, op); });
    registry.add<SetCustomerToneOp>(
        [this](const OperationCall &c, const SetCustomerToneOp &op) { return setCustomerTone(c, op); });
}

Answer<MessageAck> ConversationOperations::reply(const OperationCall &call, const ReplyOp &op)
{
    if (op.body.trimmed().isEmpty() || op.body.size() > 20000)
        return Refusal{ErrorCode::Invalid, QStringLiteral("a reply has 1 to 20,000 characters")};
    auto target = conversationToActOn(m_store, call.agent, op.conversation);
    if (const auto *refusal = std::get_if<Refusal>(&target))
        return *refusal;
    Conversation &conversation = std::get<Conversation>(target);

    Message message;
    message.purpose = op.purpose;
    message.id = m_store.nextMessageId();
    message.conversation = conversation.id;
    message.direction = Direction::Outbound;
    message.author = call.agent.id;
    message.body = op.body;
    message.sentAt = m_clock();
    message.language = conversation.language;
    m_store.putMessage(message);
    conversation.firstResponseDue = QDateTime();
    if (!conversation.assignee.isValid())
        conversation.assignee = call.agent.id; // whoever answers takes the conversation
    m_store.putConversation(conversation);
    return MessageAck{message.id, message.sentAt, m_store.head()};
}

Answer<SeqAck> ConversationOperations::assign(const OperationCall &call, const AssignOp &op)
{
    auto conversation = m_store.conversation(op.conversation);
    if (!conversation)
        return Refusal{ErrorCode::NotFound,
                       QStringLiteral("no conversation %1").arg(op.conversation.value())};
    if (!supervises(call.agent.role) && (op.agent != call.agent.id || !mayActOn(call.agent, *conversation)))
        return Refusal{ErrorCode::Forbidden,
                       QStringLiteral("agents may only take conversations for themselves")};
    if (op.agent.isValid() && !m_store.accountById(op.agent))
        return Refusal{ErrorCode::NotFound, QStringLiteral("no agent %1").arg(op.agent.value())};
    reassignConversation(m_store, *conversation, op.agent);
    return SeqAck{m_store.head()};
}

Answer<SeqAck> ConversationOperations::setStatus(const OperationCall &call, const StatusOp &op)
{
    auto target = conversationToActOn(m_store, call.agent, op.conversation);
    if (const auto *refusal = std::get_if<Refusal>(&target))
        return *refusal;
    Conversation &conversation = std::get<Conversation>(target);
    const bool resolved = op.status == ConversationStatus::Resolved;
    const bool resolving = resolved && conversation.status != op.status;
    conversation.status = op.status;
    if (resolved) {
        conversation.firstResponseDue = QDateTime();
        conversation.resolutionDue = QDateTime();
        m_store.republishCustomer(conversation.customer); // trainers can read it from now on
    }
    m_store.putConversation(conversation);
    if (resolving)
        askForSatisfaction(conversation);
    if (resolved)
        m_store.republishConversationContents(conversation.id);
    return SeqAck{m_store.head()};
}

// An agent corrects the engine's label of a customer's message: the message keeps its valence direction
// in line with the new label, is marked corrected and republished to every client; the correction is
// recorded with the text for improving the engine.
Answer<SeqAck> ConversationOperations::correctSentiment(const OperationCall &call,
                                                        const CorrectSentimentOp &op)
{
    auto message = m_store.message(op.message);
    if (!message)
        return Refusal{ErrorCode::NotFound, QStringLiteral("no message %1").arg(op.message.value())};
    if (message->direction != Direction::Inbound)
        return Refusal{ErrorCode::Invalid, QStringLiteral("only customers' messages carry a mood")};
    const auto conversation = m_store.conversation(message->conversation);
    if (!conversation || !mayActOn(call.agent, *conversation))
        return Refusal{ErrorCode::Forbidden, QStringLiteral("the conversation is assigned to someone else")};

    SentimentCorrection correction;
    correction.message = op.message;
    correction.agent = call.agent.id;
    correction.language = message->language;
    correction.body = message->body;
    if (message->sentiment.isScored() && !message->sentiment.correctedByAgent) {
        correction.engineLabel = message->sentiment.label;
        correction.engineValence = message->sentiment.valence;
    }
    correction.correctedLabel = op.label;
    correction.at = m_clock();
    m_store.recordCorrection(correction);

    Sentiment &s = message->sentiment;
    const float magnitude = std::max(0.5f, std::abs(s.valence.value_or(0.0f)));
    s.valence = op.label == SentimentLabel::Positive   ? magnitude
                : op.label == SentimentLabel::Negative ? -magnitude
                                                       : 0.0f;
    s.label = op.label;
    s.confidence = 1.0f;
    s.correctedByAgent = true;
    m_store.putMessage(*message);
    return SeqAck{m_store.head()};
}

// An agent notes how the customer of a conversation they may act on likes to be addressed (formal, warm
// or none); every client gets the customer again with it.
Answer<SeqAck> ConversationOperations::setCustomerTone(const OperationCall &call, const SetCustomerToneOp &op)
{
    auto target = customerToActOn(m_store, call.agent, op.conversation);
    if (const auto *refusal = std::get_if<Refusal>(&target))
        return *refusal;
    Customer &customer = std::get<Customer>(target);
    customer.preferredTone = op.tone;
    m_store.putCustomer(customer);
    return SeqAck{m_store.head()};
}

// Once per conversation, on its channel: how satisfied the customer is (docs/protocol.md, surveys).
void ConversationOperations::askForSatisfaction(const Conversation &conversation)
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

} // namespace empathy
