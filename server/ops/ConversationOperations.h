#pragma once

#include "domain/Clock.h"
#include "domain/Conversation.h"
#include "ops/OperationRegistry.h"

namespace empathy {

class ServerStore;

// What agents do in a conversation: reply, assign, status (resolving asks the customer for a survey),
// correct_sentiment, set_customer_tone.
class ConversationOperations
{
public:
    ConversationOperations(ServerStore &store, Clock clock);
    void addTo(OperationRegistry &registry);

private:
    Answer<MessageAck> reply(const OperationCall &call, const ReplyOp &op);
    Answer<SeqAck> assign(const OperationCall &call, const AssignOp &op);
    Answer<SeqAck> setStatus(const OperationCall &call, const StatusOp &op);
    Answer<SeqAck> correctSentiment(const OperationCall &call, const CorrectSentimentOp &op);
    Answer<SeqAck> setCustomerTone(const OperationCall &call, const SetCustomerToneOp &op);
    void askForSatisfaction(const Conversation &conversation);

    ServerStore &m_store;
    Clock m_clock;
};

} // namespace empathy
