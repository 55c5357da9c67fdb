#pragma once

#include "domain/Clock.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace empathy {

class ServerLog;

// Refusals at the edge (a limit reached, a deadline missed) logged once per kind and source a minute: a
// flood from one address is one line a minute saying how many it stood for, not a line per attempt (which
// would be a second flood, into the log).
class ThrottledLog
{
public:
    ThrottledLog(ServerLog &log, Clock clock);

    // Logs `event` (a warning) for `source` unless it was logged for that source (and `kind`, when given)
    // in the last minute; the next line logged says how many were left out since ("suppressed").
    void refused(const QString &event, const QString &source, QJsonObject fields = {},
                 const QString &kind = {});

private:
    struct Entry
    {
        qint64 loggedAtMs = 0;
        qint64 suppressed = 0;
    };
    ServerLog &m_log;
    Clock m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace empathy
