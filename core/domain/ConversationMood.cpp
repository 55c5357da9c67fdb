#include "domain/ConversationMood.h"

#include "domain/Sentiment.h"

#include <cmath>

namespace empathy {

namespace {

// -1, 0 or +1: which side of the neutral band a mood is on.
int sideOf(double mood)
{
    return int(labelOfValence(mood)); // SentimentLabel is -1, 0, +1
}

} // namespace

ConversationMood conversationMood(const std::vector<double> &valences)
{
    ConversationMood result;
    std::optional<double> mood;
    std::optional<double> before;
    int lastSide = 0;
    bool wasNegative = false;
    for (std::size_t i = 0; i < valences.size(); ++i) {
        before = mood;
        mood = nextMood(mood, valences[i]);
        result.curve.push_back(*mood);
        const int side = sideOf(*mood);
        const bool changedSide = side != 0 && lastSide != 0 && side != lastSide;
        const bool jumped = before && std::abs(*mood - *before) >= turningPointJump;
        if (i > 0 && (changedSide || jumped))
            result.turningPoints.push_back(i);
        if (side != 0)
            lastSide = side;
        wasNegative = wasNegative || side < 0;
    }
    result.current = mood;
    if (mood) {
        result.trend = trendBetween(before, *mood);
        result.recovered = wasNegative && sideOf(*mood) > 0;
    }
    return result;
}

} // namespace empathy
