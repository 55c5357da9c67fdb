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
    std::optional<Emotion> best;
    float bestScore = threshold;
    for (int i = 0; i < emotionCount; ++i) {
        if (!agreesWith(Emotion(i), label))
            continue;
        if (emotions[std::size_t(i)] >= bestScore) {
            bestScore = emotions[std::size_t(i)];
            best = Emotion(i);
        }
    }
    return best;
}

} // namespace empathy::emotion
