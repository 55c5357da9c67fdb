#pragma once

#include "domain/Clock.h"
#include "ops/OperationRegistry.h"

namespace empathy {

class ServerStore;

// What team leads do about alerts (docs/supervisor.md, "Operations"), refused to anyone else:
// handle_alert (acknowledge, take over, give the conversation to another agent) and private_note (a note
// to the conversation's agent the customer never sees).
class SupervisorOperations
{
public:
    SupervisorOperations(ServerStore &store, Clock clock);
    void addTo(OperationRegistry &registry);

private:
    Answer<AlertAck> handleAlert(const OperationCall &call, const HandleAlertOp &op);
    Answer<MessageAck> privateNote(const OperationCall &call, const PrivateNoteOp &op);

    ServerStore &m_store;
    Clock m_clock;
};

} // namespace empathy
