#pragma once

#include "CommandLine.h"

namespace empathy {

// `--import-conversations FILE.jsonl [--pack OUT]`: a public corpus into a training pack, with what was
// replaced and every line that could not be read reported. Returns the exit code.
int importConversations(const CommandLine &line);

// `--replay PACK`: the replay window over a scratch cache, with no server and no profile touched.
// Needs a QApplication. Returns the exit code.
int runReplay(const CommandLine &line);

} // namespace empathy
