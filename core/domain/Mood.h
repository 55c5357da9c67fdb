#pragma once

#include <optional>

namespace empathy {

// A conversation's mood: the valence of the customer's messages, the newest counting most. Each new
// message moves the mood by this share of the way towards its own valence.
inline constexpr double moodWeightOfNewest = 0.6;
// A move of the mood smaller than this is no trend.
inline constexpr double moodTrendStep = 0.15;

enum class MoodTrend : int
{
    Falling = -1,
    Steady = 0,
    Rising = 1
};

inline double nextMood(std::optional<double> previous, double valence)
{
    return previous ? (1.0 - moodWeightOfNewest) * *previous + moodWeightOfNewest * valence : valence;
}

inline MoodTrend trendBetween(std::optional<double> before, double after)
{
    if (!before)
        return MoodTrend::Steady;
    if (after - *before > moodTrendStep)
        return MoodTrend::Rising;
    if (*before - after > moodTrendStep)
        return MoodTrend::Falling;
    return MoodTrend::Steady;
}

} // namespace empathy
