#pragma once

#include "protocol/ErrorCode.h"

#include <QString>

#include <variant>

namespace empathy {

// An operation refused, with a stable code and words for the person who asked.
struct Refusal
{
    ErrorCode code = ErrorCode::Invalid;
    QString message;
};

// What a handler answers: the operation's acknowledgement, or why it was refused.
template<typename Ack>
using Answer = std::variant<Ack, Refusal>;

} // namespace empathy
