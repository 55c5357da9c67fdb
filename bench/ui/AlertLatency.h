#pragma once

#include <QList>
#include <QString>

namespace empathy::bench {

struct AlertLatency
{
    QList<double> latenciesMs; // one per alert a message raised, from the message to the lead's model
    int agentsOnline = 0;
    int alertsSeen = 0;
};

// How the agents' clients are run, in `processes` child processes of empathy-bench-sync.
enum class AgentClients
{
    Wire,  // the server's side of an agent (log in, sync, decode every push), without the desk's cache
    Desks, // full desks: a cache file and a SyncEngine each
};

// alert_latency_p99_ms: the real empathy-server with simulated customers writing `rate` messages a second,
// `agents` agent clients synced live, and one lead's full client in this process. For every alert a customer
// message raises, the time from the message reaching the server (its time stamp, written by the server's
// simulator as it stores it) to the alert being in the lead's AlertModel, which is what the supervisor view
// shows. `logins`: the demo-team accounts the load clients use in turn, comma-separated.
AlertLatency measureAlertLatency(const QString &scratch, int agents, AgentClients kind, double rate,
                                 int processes, int measureMs, const QString &logins);

} // namespace empathy::bench
