#pragma once

#include "protocol/Frames.h"

#include <QDateTime>

#include <functional>

namespace empathy {

class ServerStore;

// What team leads do about alerts (docs/supervisor.md, "Operations"), refused to anyone else:
//   handle_alert {alert, action: "acknowledge" | "take_over" | "reassign", agent (for reassign)}
//   private_note {conversation, body}: a note to the conversation's agent the customer never sees.
class SupervisorActions
{
public:
    using Clock = std::function<QDateTime()>;

    SupervisorActions(ServerStore &store, Clock clock);

    AckFrame handleAlert(const Agent &lead, const OpFrame &op, bool *changed);
    AckFrame privateNote(const Agent &lead, const OpFrame &op, bool *changed);

private:
    ServerStore &m_store;
    Clock m_clock;
};

} // namespace empathy
