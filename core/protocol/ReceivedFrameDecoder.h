#pragma once

#include "protocol/ChangeBatch.h"
#include "protocol/Frames.h"

#include <memory>

namespace empathy {

// What a desk makes of a frame from the server: the frame, and for a page or a push of changes the objects
// they carry, ready for the cache.
struct ReceivedFrame
{
    Frame frame;
    ChangeBatch changes;
};

// Decodes the frames a desk receives. Pages and pushes of changes, nearly all the bytes, are read with
// simdjson straight into their ChangeBatch (Qt's JSON parser took ten times as long, most of an initial
// sync's decoding); their frame keeps the envelope, with no changes in a page and only the last change
// (its seq, the cursor) in a push. Any other frame, and any text simdjson finds malformed, goes through
// FrameCodec, so errors read exactly as before. One decoder per thread: it keeps its parser's buffers.
class ReceivedFrameDecoder
{
public:
    ReceivedFrameDecoder();
    ~ReceivedFrameDecoder();
    ReceivedFrameDecoder(const ReceivedFrameDecoder &) = delete;
    ReceivedFrameDecoder &operator=(const ReceivedFrameDecoder &) = delete;

    ReceivedFrame decode(const QString &text);

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser;
};

} // namespace empathy
