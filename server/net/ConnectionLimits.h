#pragma once

#include <QtGlobal>

namespace empathy {

// What one connection may send (docs/protocol.md, "Transport").
struct ConnectionLimits
{
    qint64 maxFrameBytes = 1024 * 1024;
    int maxFramesPerWindow = 200;
    qint64 windowMs = 10'000;
    // A page or a push carries changes up to about this many bytes, and is always sent as one frame:
    // Qt 6.4's QWebSocket splits a fragmented text message inside UTF-8 characters, and the receiving
    // side then drops the connection.
    qint64 maxPageBytes = 4 * 1024 * 1024;
    // A client that has this much unsent gets no pushes until its socket drains; it then catches up
    // from its cursor. Slow clients cost the server bounded memory.
    qint64 maxUnsentBytes = 8 * 1024 * 1024;
};

} // namespace empathy
