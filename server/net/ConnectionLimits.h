#pragma once

#include <QtGlobal>

namespace empathy {

// What one connection may send (docs/protocol.md, "Transport").
struct ConnectionLimits
{
    qint64 maxFrameBytes = 1024 * 1024;
    int maxFramesPerWindow = 200;
    qint64 windowMs = 10'000;
};

} // namespace empathy
