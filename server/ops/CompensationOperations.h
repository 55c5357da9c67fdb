#pragma once

#include "domain/Clock.h"
#include "domain/CompensationPolicy.h"
#include "ops/OperationRegistry.h"

namespace empathy {

class ServerStore;

// Compensations (docs/compensation.md): compensate (decided by the company's policy: granted, waiting for
// a lead, or refused), decide_compensation and reverse_compensation (team leads). Every step is audited
// with the conversation's mood at that moment.
class CompensationOperations
{
public:
    CompensationOperations(ServerStore &store, Clock clock, CompensationPolicy policy);
    void addTo(OperationRegistry &registry);
    // Applies to the requests that follow (a policy file read again, a test).
    void setPolicy(CompensationPolicy policy) { m_policy = std::move(policy); }

private:
    Answer<CompensationAck> compensate(const OperationCall &call, const CompensateOp &op);
    Answer<CompensationAck> decide(const OperationCall &call, const DecideCompensationOp &op);
    Answer<CompensationAck> reverse(const OperationCall &call, const ReverseCompensationOp &op);
    std::optional<float> currentMood(ConversationId conversation);
    void audit(const Compensation &c, const Agent &agent, const QString &action, const QString &note);

    ServerStore &m_store;
    Clock m_clock;
    CompensationPolicy m_policy;
};

} // namespace empathy
