#pragma once

#include "domain/Channel.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace empathy {

// The response-time promises per channel: how long until the first answer and until the conversation is
// resolved. Defaults follow what customers expect (docs/supervisor.md): 30 minutes for chat and the
// messengers, 24 hours for e-mail complaints. Teams change them with a JSON file:
//   {"channels": {"email": {"first_response_minutes": 720, "resolution_minutes": 2880}, ...}}
class SlaPolicy
{
public:
    struct Targets
    {
        qint64 firstResponseSeconds = 0; // 0: no promise on this channel
        qint64 resolutionSeconds = 0;
    };

    static SlaPolicy defaults();
    // Channels the file leaves out keep their defaults.
    static std::optional<SlaPolicy> fromJson(const QByteArray &json, QString *error);

    Targets targets(Channel channel) const { return m_targets.value(int(channel)); }
    void setTargets(Channel channel, Targets targets) { m_targets.insert(int(channel), targets); }

    QDateTime firstResponseDue(Channel channel, const QDateTime &from) const;
    QDateTime resolutionDue(Channel channel, const QDateTime &from) const;

private:
    QHash<int, Targets> m_targets;
};

} // namespace empathy
