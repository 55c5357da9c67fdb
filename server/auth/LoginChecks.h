#pragma once

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <functional>

namespace empathy {

// Runs password checks (Argon2id, tens of milliseconds of CPU each) on worker threads, so a burst of
// log-ins does not stall the event loop every connected desk is served from. At most `maxWaiting`
// checks wait for a thread; past that, check() answers false at once and the caller refuses the
// log-in as rate-limited ("try again shortly") rather than queueing without bound.
class LoginChecks : public QObject
{
    Q_OBJECT

public:
    // By default one thread fewer than the machine has cores (at least one): a log-in storm never takes
    // the core the desks are served on.
    explicit LoginChecks(int maxWaiting, int threads = std::max(1, QThread::idealThreadCount() - 1),
                         QObject *parent = nullptr);
    ~LoginChecks() override; // waits for running checks

    // Runs `check` on a worker thread, then `done` with its answer on this object's thread, unless
    // `requester` was destroyed meanwhile. `check` must only touch what is safe from another thread.
    bool start(std::function<bool()> check, QObject *requester, std::function<void(bool)> done);
    // Checks accepted and not yet answered.
    int pending() const { return m_pending; }

private:
    void finish(QPointer<QObject> requester, const std::function<void(bool)> &done, bool answer);

    QThreadPool m_pool;
    int m_maxWaiting;
    int m_pending = 0;
};

} // namespace empathy
