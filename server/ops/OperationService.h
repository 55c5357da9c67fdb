#pragma once

#include "protocol/Frames.h"

#include <functional>

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

    OperationService(ServerStore &store, Clock clock);

    struct Outcome
    {
        AckFrame ack;
        bool changedData = false; // false for repeats and refusals
    };
    Outcome apply(const Agent &agent, const OpFrame &op);

private:
    AckFrame execute(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame reply(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame assign(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame setStatus(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame correctSentiment(const Agent &agent, const OpFrame &op, bool *changed);
    AckFrame setCustomerTone(const Agent &agent, const OpFrame &op, bool *changed);

    ServerStore &m_store;
    Clock m_clock;
};

} // namespace empathy
