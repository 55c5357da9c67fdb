#include "HeapTrim.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace empathy {

HeapTrim::HeapTrim(int intervalMs, QObject *parent)
    : QObject(parent)
{
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
