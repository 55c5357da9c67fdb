#pragma once

#include <QtGlobal>

namespace empathy::bench {

// CPU time (user + system) a process of this user has used so far, in seconds (Linux /proc/<pid>/stat);
// 0 where unknown.
double cpuSeconds(qint64 pid);

} // namespace empathy::bench
