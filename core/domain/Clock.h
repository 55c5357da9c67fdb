#pragma once

#include <QDateTime>

#include <functional>

namespace empathy {

// "Now", in UTC, injected wherever time matters (SLA countdowns, waiting times, operations, logs) so that
// tests can fix it. systemClock() is the only place the program reads the system's time.
using Clock = std::function<QDateTime()>;

Clock systemClock();

} // namespace empathy
