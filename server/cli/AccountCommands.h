#pragma once

#include "cli/ServerOptions.h"

namespace empathy {

class AccountService;

// The administrator's account commands (create, disable, enable a user), the password read from standard
// input. Prints what was done; returns the exit code (0, or 2 with the reason on standard error).
int runAccountCommand(const ServerOptions &options, AccountService &accounts);

} // namespace empathy
