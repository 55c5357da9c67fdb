#include "MessageAnalysis.h"

namespace empathy::emotion {

namespace {

bool agreesWith(Emotion e, SentimentLabel label)
{
    if (e == Emotion::ChurnRisk)
        return false;
    const int polarity = polarityOf(e);
    return polarity == 0 ||
           (polarity > 0 ? label != SentimentLabel::Negative : label != SentimentLabel::Positive);
}

} // namespace

std::optional<Emotion> MessageAnalysis::dominantEmotion(float threshold) const
{
    // A negative or positive message is named by a feeling of its sign when it has one: "Seriously?? You
    // kept the money?" is angry, although its question marks make it confused too.
    const auto strongest = [&](bool polarOnly) {
        std::optional<Emotion> best;
        float bestScore = threshold;
        for (int i = 0; i < emotionCount; ++i) {
            if (!agreesWith(Emotion(i), label) || (polarOnly && polarityOf(Emotion(i)) == 0))
                continue;
            if (emotions[std::size_t(i)] >= bestScore) {
                bestScore = emotions[std::size_t(i)];
                best = Emotion(i);
            }
        }
        return best;
    };
    if (label != SentimentLabel::Neutral) {
        if (const auto polar = strongest(true))
            return polar;
    }
    return strongest(false);
}

} // namespace empathy::emotion
