#pragma once

#include "protocol/Frames.h"

#include <QByteArray>

namespace empathy {

// Turns frames into JSON text and back. decode() never throws: text that is not a frame of this
// protocol version comes back as an ErrorFrame (bad_message or unknown_type) describing the problem.
class FrameCodec
{
public:
    static QByteArray encode(const Frame &frame);
    static Frame decode(const QByteArray &text);
    static QString typeOf(const Frame &frame);
};

} // namespace empathy
