#pragma once

#include "http/HttpLimits.h"
#include "http/HttpRoutes.h"
#include "http/RateLimiter.h"
#include "net/TrustedProxies.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

namespace empathy {

// What the HTTP port's sessions share, on its I/O thread only (HttpEdge's one thread): the limits, the
// routes, who holds how many connections and the request rates. The two functions are how the I/O thread
// reaches the server's event loop: to run a handler, and to log a refusal (once per kind, source and
// minute, in ThrottledLog).
struct EdgeState
{
    EdgeState(const HttpLimits &l, const HttpRoutes &r, QString spool, TrustedProxies p)
        : limits(l)
        , routes(r)
        , spoolDirectory(std::move(spool))
        , proxies(std::move(p))
        , bySource(l.requestsPerSecondPerSource, l.burstPerSource)
        , byApiKey(l.requestsPerSecondPerApiKey, l.burstPerApiKey)
        , byVisitor(l.requestsPerSecondPerVisitor, l.burstPerVisitor)
    {}

    qint64 nowMs() const
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

    const HttpLimits limits;
    const HttpRoutes &routes;
    const QString spoolDirectory;
    const TrustedProxies proxies; // a request through one of them is from the address it forwards for
    RateLimiter bySource;
    RateLimiter byApiKey;
    RateLimiter byVisitor;
    QHash<QString, int> connectionsBySource;
    int connections = 0;
    std::atomic<int> publishedConnections{0}; // read from other threads (tests, the admin's status)
    quint64 nextSpoolFile = 0;
    std::function<void(std::function<void()>)> onEventLoop;
    // kind (a limit's key), source address, status answered, message
    std::function<void(QString, QString, int, QString)> refused;
};

} // namespace empathy
