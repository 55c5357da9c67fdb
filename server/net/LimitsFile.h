#pragma once

#include "http/HttpLimits.h"
#include "net/ConnectionLimits.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace empathy {

// What `empathy-server --limits FILE` reads: {"sync": {"max_unauthenticated_per_source": 16, …},
// "http": {"max_upload_bytes": 26214400, …}}, every key optional (docs/SECURITY.md lists them with their
// defaults). Unknown keys, and values that are not positive whole numbers or break a rule between limits, are
// refused with the reason.
struct ServerLimits
{
    ConnectionLimits sync;
    HttpLimits http;

    static ServerLimits defaults() { return {}; }
    static std::optional<ServerLimits> fromJson(const QByteArray &json, QString *error);
};

} // namespace empathy
