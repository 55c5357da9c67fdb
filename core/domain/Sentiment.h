#pragma once

#include <optional>

namespace empathy {

enum class SentimentLabel : int
{
    Negative = -1,
    Neutral = 0,
    Positive = 1
};

// What the emotion engine concluded about one message. Empty until the engine has scored it.
struct Sentiment
{
    std::optional<float> valence; // -1 .. +1
    SentimentLabel label = SentimentLabel::Neutral;
    float confidence = 0.0f; // 0 .. 1
    float intensity = 0.0f;  // 0 .. 1
    bool correctedByAgent = false;

    bool isScored() const { return valence.has_value(); }
};

} // namespace empathy
