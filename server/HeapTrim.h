#pragma once

#include <QObject>
#include <QTimer>

namespace empathy {

// Gives the memory the server has freed back to the system every few seconds.
//
// Under steady traffic (messages written, pages encoded, frames sent to hundreds of desks) glibc keeps the
// freed memory in its heap: measured with 500 messages a second, the memory in use stayed at 11 MB while
// the heap grew by 0.3 MB a second, 70 MB after three minutes, because a few long-lived blocks sit above
// the freed ones and only the top of the heap is returned on its own. malloc_trim() hands back every
// free page, wherever it is: with it the same server stays at 35 MB. One trim took 1.5-2.6 ms there, every
// five seconds. It also fixes glibc's thresholds (blocks from 256 KiB get their own mapping, given back
// when freed; more than 1 MiB free at the top is given back at once): left to itself glibc raises them
// after the first large block, and with 200 desks live the heap then filled with 50 MB of free memory
// between two trims. Elsewhere than glibc this does nothing.
class HeapTrim : public QObject
{
    Q_OBJECT

public:
    explicit HeapTrim(int intervalMs, QObject *parent = nullptr);

    // Trims now; true when memory went back to the system.
    static bool trim();

private:
    QTimer m_timer;
};

} // namespace empathy
