#pragma once

#include "domain/Clock.h"
#include "domain/MessageScorer.h"
#include "domain/SlaPolicy.h"
#include "net/ConnectionLimits.h"
#include "net/TrustedProxies.h"
#include "protocol/Features.h"

namespace empathy {

class AccountService;
class AlertService;
class LoginChecks;
class OperationService;
class ServerLog;
class ServerStore;

// What every connection of the server works with. Owned by whoever runs the server (main, a test).
struct ServerContext
{
    AccountService &accounts;
    LoginChecks &loginChecks; // passwords are checked there, off the event loop
    ServerStore &store;
    OperationService &operations;
    ServerLog &log;
    ConnectionLimits limits;
    MessageScorer scoreMessage; // customer messages from the web chat are scored before they are stored
    AlertService &alerts;       // judges what arrives before it is pushed
    SlaPolicy sla = SlaPolicy::defaults();
    int deadlineCheckMs = 5000;           // how often due-soon and missed deadlines are looked for
    QStringList features = allFeatures(); // what this server offers in the handshake
    Clock clock = systemClock();          // when web chat visitors' messages and answers arrived
    TrustedProxies proxies = {};          // whose X-Forwarded-For names a client's address
};

} // namespace empathy
