#pragma once

#include "CommandLine.h"
#include "EmbeddedServer.h"

#include <memory>

namespace empathy {

class ProfilePaths;

// --demo: the demo's own empathy-server beside this executable, with the demo team's password (made
// once per data directory and kept beside the server's store). Prints where the server and its web chat
// page are. Null when it cannot start; the reason was printed, and shown when there is a window.
std::unique_ptr<EmbeddedServer> launchDemoServer(const CommandLine &line, const ProfilePaths &paths,
                                                 QString *password);

} // namespace empathy
