#include "protocol/ErrorCode.h"

#include <array>
#include <utility>

namespace empathy {

namespace {

constexpr std::array<std::pair<ErrorCode, const char *>, 13> keys{{
    {ErrorCode::BadMessage, "bad_message"},
    {ErrorCode::UnknownType, "unknown_type"},
    {ErrorCode::UnsupportedProtocol, "unsupported_protocol"},
    {ErrorCode::NotAuthenticated, "not_authenticated"},
    {ErrorCode::BadCredentials, "bad_credentials"},
    {ErrorCode::TokenExpired, "token_expired"},
    {ErrorCode::Forbidden, "forbidden"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::Invalid, "invalid"},
    {ErrorCode::RateLimited, "rate_limited"},
    {ErrorCode::FrameTooLarge, "frame_too_large"},
    {ErrorCode::Internal, "internal"},
    {ErrorCode::Conflict, "conflict"},
}};

} // namespace

QString errorCodeKey(ErrorCode code)
{
    for (const auto &[value, key] : keys) {
        if (value == code)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("internal");
}

std::optional<ErrorCode> errorCodeFromKey(QStringView key)
{
    for (const auto &[value, name] : keys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace empathy
