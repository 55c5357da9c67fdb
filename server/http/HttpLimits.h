#pragma once

#include <QtGlobal>

namespace empathy {

// What the HTTP port allows (docs/SECURITY.md lists each limit, what it answers and its test). Every
// figure is configurable ("http" in `empathy-server --limits FILE`); these are the defaults.
struct HttpLimits
{
    // Connections: past these a new socket is answered 503 and closed before anything is read.
    int maxConnections = 2'000;
    int maxConnectionsPerSource = 64;
    // The request line and headers: at most this many bytes and header lines (431).
    int maxHeaderBytes = 16 * 1024;
    int maxHeaderCount = 100;
    // Deadlines: the whole header from the connection's start (408, or closed when nothing was sent),
    // a body that is not an upload (408), each upload chunk and a whole upload (408), an idle kept-alive
    // connection (closed), writing an answer to a client that does not read it (closed).
    int headerTimeoutMs = 8'000;
    int bodyTimeoutMs = 10'000;
    int uploadIdleMs = 15'000;
    int uploadTimeoutMs = 30 * 60'000;
    int keepAliveIdleMs = 5'000;
    int writeTimeoutMs = 10'000;
    // Bodies (413, from Content-Length before a byte of the body is read, or counted as a chunked body
    // arrives): routes that take a message (web chat, webhooks, the API) and routes that take a file,
    // which is streamed to disk and never held in memory.
    qint64 maxMessageBodyBytes = 64 * 1024;
    qint64 maxUploadBytes = 25 * 1024 * 1024;
    // Requests per second, with bursts: per source address, per API key, per web chat visitor (429 with
    // Retry-After).
    int requestsPerSecondPerSource = 50;
    int burstPerSource = 100;
    int requestsPerSecondPerApiKey = 100;
    int burstPerApiKey = 200;
    int requestsPerSecondPerVisitor = 5;
    int burstPerVisitor = 20;
};

} // namespace empathy
