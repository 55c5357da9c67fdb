#include "MessageAnalysis.h"

namespace empathy::emotion {

std::optional<Emotion> MessageAnalysis::dominantEmotion(float threshold) const
{
    std::optional<Emotion> best;
    float bestScore = threshold;
    for (int i = 0; i < emotionCount; ++i) {
        if (Emotion(i) == Emotion::ChurnRisk)
            continue;
        if (emotions[std::size_t(i)] >= bestScore) {
            bestScore = emotions[std::size_t(i)];
            best = Emotion(i);
        }
    }
    return best;
}

Sentiment MessageAnalysis::toSentiment() const
{
    Sentiment s;
    s.valence = valence;
    s.label = label;
    s.confidence = confidence;
    s.intensity = intensity;
    return s;
}

} // namespace empathy::emotion
