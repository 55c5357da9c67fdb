#pragma once

#include "domain/Clock.h"
#include "ops/OperationRegistry.h"

namespace empathy {

class ServerStore;

// The customer's empathy map: empathy_put (a note, an edit, an accepted or dismissed suggestion),
// empathy_remove and set_journey_stage. Concurrent edits are kept side by side, never overwritten unseen.
class EmpathyOperations
{
public:
    EmpathyOperations(ServerStore &store, Clock clock);
    void addTo(OperationRegistry &registry);

private:
    Answer<EmpathyNoteAck> put(const OperationCall &call, const EmpathyPutOp &op);
    Answer<EmpathyRemovalAck> remove(const OperationCall &call, const EmpathyRemoveOp &op);
    Answer<SeqAck> setJourneyStage(const OperationCall &call, const SetJourneyStageOp &op);

    ServerStore &m_store;
    Clock m_clock;
};

} // namespace empathy
