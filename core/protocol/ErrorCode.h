#pragma once

#include <QString>

#include <optional>

namespace empathy {

// The stable error codes of the sync protocol (docs/protocol.md). Clients decide by code, never by text.
enum class ErrorCode : int
{
    BadMessage = 1,
    UnknownType,
    UnsupportedProtocol,
    NotAuthenticated,
    BadCredentials,
    TokenExpired,
    Forbidden,
    NotFound,
    Invalid,
    RateLimited,
    FrameTooLarge,
    Internal,
    Conflict, // the thing was done already (a compensation of that kind is active, a decision made)
};

QString errorCodeKey(ErrorCode code);
std::optional<ErrorCode> errorCodeFromKey(QStringView key);

} // namespace empathy
