#pragma once

#include "domain/Alert.h"
#include "domain/Clock.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace empathy {

class ServerStore;
struct Message;

// Decides the supervisor alerts on the server, so they exist whether or not a lead is online
// (docs/supervisor.md). It reads the change log after its stored cursor, so every channel's messages are
// judged (the simulator, web chat, a later e-mail importer, another server instance) and nothing is
// judged twice across restarts; each customer's baseline is folded in message order as it goes. Messages
// sent more than an hour before they reach the rules (a seeded or imported history) only feed the
// baselines.
// Deadlines are checked by checkDeadlines(), which the server calls every few seconds.
class AlertService
{
public:
    AlertService(ServerStore &store, Clock clock);

    // Judges the customer messages that reached the change log since the last call; returns the alerts
    // raised (already stored and in the change log).
    QList<Alert> scanNewMessages();
    // Raises the due-soon and missed alerts of open conversations that have not been raised yet: of at
    // most checksPerCall conversations whose moment came (the rest at the next call).
    QList<Alert> checkDeadlines();
    static constexpr int checksPerCall = 1000;

private:
    QList<Alert> judge(const Message &message);
    bool raise(Alert alert, QList<Alert> &raised);

    ServerStore &m_store;
    Clock m_clock;
};

} // namespace empathy
