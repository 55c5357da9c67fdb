#pragma once

#include "protocol/Frames.h"

namespace empathy {

// The acknowledgement refusing an operation, with a stable code and words for the person.
inline AckFrame refused(const QString &opId, ErrorCode code, const QString &message)
{
    return AckFrame{opId, {}, errorCodeKey(code), message};
}

} // namespace empathy
