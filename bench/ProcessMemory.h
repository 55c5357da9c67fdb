#pragma once

namespace empathy::bench {

// Resident set size of this process in MiB (Linux /proc/self/status VmRSS); 0 where unknown.
double residentMegabytes();

} // namespace empathy::bench
