#pragma once

#include "http/HttpExchange.h"

#include <functional>
#include <optional>
#include <vector>

namespace empathy {

// The HTTP port's addresses: each with its method, what body it takes and its handler. The edge reads a
// request's body only for a route that takes one, and only up to its limit.
struct HttpRoute
{
    enum class Body
    {
        None,    // any body is refused (413) before it is read
        Message, // held in memory, up to HttpLimits::maxMessageBodyBytes (or maxBodyBytes when set)
        File, // streamed to a file in the spool directory, up to HttpLimits::maxUploadBytes (or maxBodyBytes)
    };

    QByteArray method;
    QString path;
    Body body = Body::None;
    // Runs on the thread the edge lives on (the server's event loop).
    std::function<HttpAnswer(const HttpRequest &)> handle;
    qint64 maxBodyBytes = 0; // 0: the limits' figure for the kind of body
};

class HttpRoutes
{
public:
    void add(HttpRoute route) { m_routes.push_back(std::move(route)); }

    struct Match
    {
        const HttpRoute *route = nullptr; // null: no route for this method
        bool pathKnown = false;           // some route has this path (405 rather than 404)
    };
    Match find(const QByteArray &method, const QString &path) const
    {
        Match match;
        for (const HttpRoute &route : m_routes) {
            if (route.path != path)
                continue;
            match.pathKnown = true;
            if (route.method == method || (method == "HEAD" && route.method == "GET"))
                match.route = &route;
        }
        return match;
    }

private:
    std::vector<HttpRoute> m_routes;
};

} // namespace empathy
