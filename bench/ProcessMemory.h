#pragma once

#include <QtGlobal>

namespace empathy::bench {

// Resident set size of this process in MiB (Linux /proc/self/status VmRSS); 0 where unknown.
double residentMegabytes();
// The same for another process of this user.
double residentMegabytes(qint64 pid);

} // namespace empathy::bench
