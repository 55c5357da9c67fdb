#pragma once

#include "cli/ServerOptions.h"

namespace empathy {

class AccountService;
class ServerLog;
class SqlServerStore;

// Serves: the sync endpoint and the web chat page on the options' addresses, with the demo team, seeded
// conversations and simulated customers when asked, until SIGTERM or SIGINT. Returns the exit code (1 when
// it cannot start, 2 for a bad policy or certificate file).
int serve(const ServerOptions &options, SqlServerStore &store, AccountService &accounts, ServerLog &log);

} // namespace empathy
