#include "net/LimitsFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace empathy {

namespace {

// A section's keys and where each lands; reads every key present, refusing unknown ones.
class Section
{
public:
    Section(const QJsonObject &json, QString name, QString *error)
        : m_json(json)
        , m_name(std::move(name))
        , m_error(error)
    {}

    template<typename Number>
    void read(const char *key, Number &into)
    {
        m_known.append(QLatin1String(key));
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (value.isUndefined() || !m_error->isEmpty())
            return;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number <= 0 || number != double(qint64(number)) || number > 1e15) {
            *m_error =
                QStringLiteral("%1.%2 must be a positive whole number").arg(m_name, QLatin1String(key));
            return;
        }
        into = Number(number);
    }

    bool finish()
    {
        for (auto it = m_json.constBegin(); it != m_json.constEnd() && m_error->isEmpty(); ++it) {
            if (!m_known.contains(it.key()))
                *m_error = QStringLiteral("%1.%2 is not a limit this server knows").arg(m_name, it.key());
        }
        return m_error->isEmpty();
    }

private:
    const QJsonObject &m_json;
    QString m_name;
    QString *m_error;
    QStringList m_known;
};

bool readSync(const QJsonObject &json, ConnectionLimits &l, QString *error)
{
    Section s(json, QStringLiteral("sync"), error);
    s.read("max_connections", l.maxConnections);
    s.read("max_unauthenticated", l.maxUnauthenticated);
    s.read("max_unauthenticated_per_source", l.maxUnauthenticatedPerSource);
    s.read("max_connections_per_account", l.maxConnectionsPerAccount);
    s.read("handshake_timeout_ms", l.handshakeTimeoutMs);
    s.read("hello_timeout_ms", l.helloTimeoutMs);
    s.read("login_timeout_ms", l.loginTimeoutMs);
    s.read("max_login_checks_waiting", l.maxLoginChecksWaiting);
    s.read("max_frame_bytes", l.maxFrameBytes);
    s.read("max_frames_per_window", l.maxFramesPerWindow);
    s.read("window_ms", l.windowMs);
    s.read("max_page_bytes", l.maxPageBytes);
    s.read("max_unsent_bytes", l.maxUnsentBytes);
    s.read("disconnect_unsent_bytes", l.disconnectUnsentBytes);
    s.read("stalled_ms", l.stalledMs);
    s.read("max_unsent_before_sync", l.maxUnsentBeforeSync);
    s.read("max_total_unsent_bytes", l.maxTotalUnsentBytes);
    s.read("visitor_messages_per_minute", l.visitorMessagesPerMinute);
    s.read("visitor_message_burst", l.visitorMessageBurst);
    s.read("address_messages_per_minute", l.addressMessagesPerMinute);
    s.read("address_message_burst", l.addressMessageBurst);
    if (!s.finish())
        return false;
    if (l.disconnectUnsentBytes <= l.maxPageBytes || l.disconnectUnsentBytes < l.maxUnsentBytes) {
        *error = QStringLiteral("sync.disconnect_unsent_bytes must be above max_page_bytes (a page is queued "
                                "whole) and at least max_unsent_bytes");
        return false;
    }
    if (l.visitorMessagesPerMinute > l.addressMessagesPerMinute ||
        l.visitorMessageBurst > l.addressMessageBurst) {
        *error = QStringLiteral("sync: a visitor's messages a minute and burst are at most their address's");
        return false;
    }
    if (l.maxUnauthenticatedPerSource > l.maxUnauthenticated || l.maxUnauthenticated > l.maxConnections) {
        *error =
            QStringLiteral("sync: max_unauthenticated_per_source ≤ max_unauthenticated ≤ max_connections");
        return false;
    }
    return true;
}

bool readHttp(const QJsonObject &json, HttpLimits &l, QString *error)
{
    Section s(json, QStringLiteral("http"), error);
    s.read("max_connections", l.maxConnections);
    s.read("max_connections_per_source", l.maxConnectionsPerSource);
    s.read("max_header_bytes", l.maxHeaderBytes);
    s.read("max_header_count", l.maxHeaderCount);
    s.read("header_timeout_ms", l.headerTimeoutMs);
    s.read("body_timeout_ms", l.bodyTimeoutMs);
    s.read("upload_idle_ms", l.uploadIdleMs);
    s.read("upload_timeout_ms", l.uploadTimeoutMs);
    s.read("keep_alive_idle_ms", l.keepAliveIdleMs);
    s.read("write_timeout_ms", l.writeTimeoutMs);
    s.read("max_message_body_bytes", l.maxMessageBodyBytes);
    s.read("max_upload_bytes", l.maxUploadBytes);
    s.read("requests_per_second_per_source", l.requestsPerSecondPerSource);
    s.read("burst_per_source", l.burstPerSource);
    s.read("requests_per_second_per_api_key", l.requestsPerSecondPerApiKey);
    s.read("burst_per_api_key", l.burstPerApiKey);
    s.read("requests_per_second_per_visitor", l.requestsPerSecondPerVisitor);
    s.read("burst_per_visitor", l.burstPerVisitor);
    if (!s.finish())
        return false;
    if (l.maxConnectionsPerSource > l.maxConnections) {
        *error = QStringLiteral("http: max_connections_per_source ≤ max_connections");
        return false;
    }
    if (l.maxHeaderBytes > 1024 * 1024) {
        *error = QStringLiteral("http.max_header_bytes is at most 1048576");
        return false;
    }
    return true;
}

} // namespace

std::optional<ServerLimits> ServerLimits::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    ServerLimits limits;
    const QJsonObject root = document.object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != u"sync" && it.key() != u"http" && it.key() != u"trusted_proxies") {
            *error = QStringLiteral("\"%1\" is not a section of the limits (sync, http, trusted_proxies)")
                         .arg(it.key());
            return std::nullopt;
        }
    }
    error->clear();
    if (!readSync(root.value(QStringLiteral("sync")).toObject(), limits.sync, error) ||
        !readHttp(root.value(QStringLiteral("http")).toObject(), limits.http, error))
        return std::nullopt;
    const QJsonValue proxies = root.value(QStringLiteral("trusted_proxies"));
    if (!proxies.isUndefined()) {
        QStringList entries;
        const QJsonArray list = proxies.toArray();
        for (const QJsonValue &entry : list)
            entries.append(entry.toString());
        if (!proxies.isArray() || entries.contains(QString())) {
            *error = QStringLiteral("trusted_proxies is a list of addresses and networks, as strings");
            return std::nullopt;
        }
        QString problem;
        const auto parsed = TrustedProxies::parse(entries, &problem);
        if (!parsed) {
            *error = QStringLiteral("trusted_proxies: %1").arg(problem);
            return std::nullopt;
        }
        limits.trustedProxies = *parsed;
    }
    return limits;
}

} // namespace empathy
