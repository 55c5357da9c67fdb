#pragma once

#include "domain/Mood.h"

#include <optional>
#include <vector>

namespace empathy {

// The mood of a conversation from the valences of the customer's messages, oldest first, smoothed as
// the cache does it (domain/Mood.h): the current mood, its trend, the turning points and whether the
// customer recovered from a negative mood to a positive one.
struct ConversationMood
{
    std::optional<double> current;
    MoodTrend trend = MoodTrend::Steady;
    std::vector<std::size_t> turningPoints; // indices of messages where the mood changed side or jumped
    bool recovered = false;                 // negative at some point, positive now
    std::vector<double> curve;              // the smoothed mood after each message
};

ConversationMood conversationMood(const std::vector<double> &customerValences);

// A move of the smoothed mood at least this large is a turning point even without changing side.
inline constexpr double turningPointJump = 0.5;

} // namespace empathy
