#include "net/ThrottledLog.h"

#include "net/ServerLog.h"

namespace empathy {

namespace {

constexpr qint64 minuteMs = 60'000;
// Entries older than a minute are dropped once there are this many, so a flood from many addresses costs
// bounded memory.
constexpr qsizetype prunedAbove = 10'000;

} // namespace

ThrottledLog::ThrottledLog(ServerLog &log, Clock clock)
    : m_log(log)
    , m_clock(std::move(clock))
{}

void ThrottledLog::refused(const QString &event, const QString &source, QJsonObject fields,
                           const QString &kind)
{
    const qint64 now = m_clock().toMSecsSinceEpoch();
    if (m_entries.size() > prunedAbove) {
        m_entries.removeIf([now](const auto &entry) { return now - entry.value().loggedAtMs >= minuteMs; });
    }
    Entry &entry = m_entries[event + u'|' + kind + u'|' + source];
    if (entry.loggedAtMs != 0 && now - entry.loggedAtMs < minuteMs) {
        ++entry.suppressed;
        return;
    }
    fields.insert(QStringLiteral("source"), source);
    if (entry.suppressed > 0)
        fields.insert(QStringLiteral("suppressed"), entry.suppressed); // since the last line for it
    m_log.warning(event, fields);
    entry = Entry{now, 0};
}

} // namespace empathy
