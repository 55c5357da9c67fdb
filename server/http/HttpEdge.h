#pragma once

#include "domain/Clock.h"
#include "http/HttpLimits.h"
#include "http/HttpRoutes.h"
#include "net/TrustedProxies.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace empathy {

class ServerLog;
class ThrottledLog;

// The server's HTTP port, facing the internet: Boost.Beast on one I/O thread of its own, in place of
// Qt 6.4's QHttpServer, which has no header, body, time, connection or rate limits (docs/ARCHITECTURE.md,
// "The internet edge"). Every request is held to HttpLimits before a route's handler sees it; the
// handlers run on the thread this object lives on (the server's event loop), so they use the store as
// everything else does. Refusals are answered with their status and logged once per kind, source and
// minute.
class HttpEdge : public QObject
{
    Q_OBJECT

public:
    // Files uploaded to routes that take one are streamed into `spoolDirectory` (created if missing).
    HttpEdge(HttpRoutes routes, const HttpLimits &limits, QString spoolDirectory, ServerLog &log, Clock clock,
             QObject *parent = nullptr);
    ~HttpEdge() override; // stops the I/O thread; open connections are closed

    // Requests through these proxies count against the address they forward for (X-Forwarded-For), and
    // a proxy is not held to the connections per source. Set before listen().
    void trustProxies(TrustedProxies proxies) { m_proxies = std::move(proxies); }

    // Port 0 picks a free port; false with the reason when the address cannot be listened on.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    // Connections open now.
    int connectionCount() const;

private:
    struct Io;
    void refused(const QString &kind, const QString &source, int status, const QString &message);

    HttpRoutes m_routes;
    HttpLimits m_limits;
    TrustedProxies m_proxies;
    QString m_spoolDirectory;
    std::unique_ptr<ThrottledLog> m_refusals;
    std::unique_ptr<Io> m_io;
    quint16 m_port = 0;
};

} // namespace empathy
