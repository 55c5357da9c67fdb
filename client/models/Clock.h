#pragma once

#include <QDateTime>

#include <functional>

namespace empathy {

// "Now", injected wherever time matters (SLA countdowns, waiting times) so tests can fix it.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace empathy
