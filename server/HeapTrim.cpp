#include "HeapTrim.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace empathy {

HeapTrim::HeapTrim(int intervalMs, QObject *parent)
    : QObject(parent)
{
#if defined(__GLIBC__)
    // Fixed thresholds: glibc otherwise raises both after the first large block is freed (to 10 and 20 MB
    // after the first big sync page), and then keeps up to 20 MB free at the top of the heap.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024);
#endif
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [] { trim(); });
    if (intervalMs > 0)
        m_timer.start();
}

bool HeapTrim::trim()
{
#if defined(__GLIBC__)
    return malloc_trim(0) != 0;
#else
    return false;
#endif
}

} // namespace empathy
