#include "auth/LoginChecks.h"

#include <algorithm>

namespace empathy {

LoginChecks::LoginChecks(int maxWaiting, int threads, QObject *parent)
    : QObject(parent)
    , m_maxWaiting(std::max(0, maxWaiting))
{
    m_pool.setMaxThreadCount(std::max(1, threads));
    m_pool.setObjectName(QStringLiteral("login-checks"));
}

LoginChecks::~LoginChecks()
{
    m_pool.waitForDone();
}

bool LoginChecks::start(std::function<bool()> check, QObject *requester, std::function<void(bool)> done)
{
    if (m_pending >= m_pool.maxThreadCount() + m_maxWaiting)
        return false;
    ++m_pending;
    QPointer<QObject> guard(requester);
    m_pool.start([this, check = std::move(check), guard, done = std::move(done)] {
        const bool answer = check();
        // This object outlives the pool's work (the destructor waits), so posting to it is safe; the
        // requester is looked at only back on this object's thread.
        QMetaObject::invokeMethod(
            this, [this, guard, done, answer] { finish(guard, done, answer); }, Qt::QueuedConnection);
    });
    return true;
}

void LoginChecks::finish(QPointer<QObject> requester, const std::function<void(bool)> &done, bool answer)
{
    --m_pending;
    if (requester)
        done(answer);
}

} // namespace empathy
