#pragma once

#include "domain/Clock.h"
#include "domain/CompensationPolicy.h"
#include "ops/CompensationOperations.h"
#include "ops/ConversationOperations.h"
#include "ops/EmpathyOperations.h"
#include "ops/OperationRegistry.h"
#include "ops/SupervisorOperations.h"
#include "protocol/Frames.h"

namespace empathy {

class ServerStore;

// Applies client operations exactly once (docs/protocol.md, "Operations"). Each operation's effect and
// its acknowledgement are stored in one transaction; a repeated id gets the recorded acknowledgement and
// changes nothing. Refusals (forbidden, not found, invalid) are recorded too, so a repeat is refused
// the same way. A failure of the store itself is answered "internal" and not recorded: the client may
// retry with the same id. What each operation does lives in its family's handlers, found through one
// OperationRegistry.
class OperationService
{
public:
    OperationService(ServerStore &store, Clock clock,
                     CompensationPolicy policy = CompensationPolicy::defaults());

    struct Outcome
    {
        AckFrame ack;
        bool changedData = false; // the change log grew: false for repeats and refusals
    };
    Outcome apply(const Agent &agent, const OpFrame &op);
    // Applies to the requests that follow (a policy file read again, a test).
    void setCompensationPolicy(CompensationPolicy policy) { m_compensations.setPolicy(std::move(policy)); }
    const OperationRegistry &registry() const { return m_registry; }

private:
    ServerStore &m_store;
    ConversationOperations m_conversations;
    CompensationOperations m_compensations;
    EmpathyOperations m_empathy;
    SupervisorOperations m_supervisor;
    OperationRegistry m_registry;
};

} // namespace empathy
