#pragma once

#include "domain/CompensationPolicy.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "ops/SupervisorActions.h"
#include "protocol/Frames.h"

#include <functional>
#include <variant>

namespace empathy {

class ServerStore;

// Applies client operations exactly once (docs/protocol.md, "Operations"). Each operation's effect and
// its acknowledgement are stored in one transaction; a repeated id gets the recorded acknowledgement and
// changes nothing. Refusals (forbidden, not found, invalid) are recorded too, so a repeat is refused
// the same way. A failure of the store itself is answered "internal" and not recorded: the client may
// retry with the same id.
class OperationService
{
public:
    using Clock = std::function<QDateTime()>;

    OperationService(ServerStore &store, Clock clock,
                     CompensationPolicy policy = CompensationPolicy::defaults());

    struct Outcome
    {
        AckFrame ack;
        bool changedData = false; // false for repeats and refusals
    };
    Outcome apply(const Agent &agent, const OpFrame &op);
    // Applies to the requests that follow (a policy file read again, a test).
    void setCompensationPolicy(CompensationPolicy policy) { m_policy = std::move(policy); }

private:
    AckFrame execute(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame reply(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame assign(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame setStatus(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame correctSentiment(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame setCustomerTone(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame compensate(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame decideCompensation(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame reverseCompensation(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame putEmpathyEntry(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame removeEmpathyEntry(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame setJourneyStage(const Agent &agent, const OpFrame &op, bool *changed);
    // The operation's conversation (or its customer) when the agent may act on it; else the refusal.
    std::variant<Conversation, AckFrame> conversationToActOn(const Agent &agent, const OpFrame &op);
    std::variant<Customer, AckFrame> customerToActOn(const Agent &agent, const OpFrame &op);
    std::optional<float> currentMood(ConversationId conversation);
    void askForSatisfaction(const Conversation &conversation);
    void audit(const Compensation &c, const Agent &agent, const QString &action, const QString &note);

    ServerStore &m_store;
    Clock m_clock;
    CompensationPolicy m_policy;
    SupervisorActions m_supervisor;
};

} // namespace empathy
