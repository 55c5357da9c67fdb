#pragma once

#include "http/HttpLimits.h"
#include "net/ConnectionLimits.h"
#include "net/TrustedProxies.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace empathy {

// What `empathy-server --limits FILE` reads: {"sync": {"max_unauthenticated_per_source": 16, …},
// "http": {"max_upload_bytes": 26214400, …}, "trusted_proxies": ["127.0.0.1"]}, every key optional
// (docs/SECURITY.md lists them with their defaults). Unknown keys, and values that are not positive whole
// numbers or break a rule between limits, are refused with the reason.
struct ServerLimits
{
    ConnectionLimits sync;
    HttpLimits http;
    TrustedProxies trustedProxies; // "trusted_proxies": ["127.0.0.1", "10.0.0.0/8"]; none by default

    static ServerLimits defaults() { return {}; }
    static std::optional<ServerLimits> fromJson(const QByteArray &json, QString *error);
};

} // namespace empathy
