#include "MessageAnalysis.h"

namespace empathy::emotion {

namespace {

bool agreesWith(Emotion e, SentimentLabel label)
{
    switch (e) {
    case Emotion::Joy:
    case Emotion::Gratitude:
    case Emotion::Relief:
        return label != SentimentLabel::Negative;
    case Emotion::Anger:
    case Emotion::Disgust:
    case Emotion::Fear:
    case Emotion::Sadness:
    case Emotion::Frustration:
    case Emotion::Disappointment:
        return label != SentimentLabel::Positive;
    case Emotion::Surprise:
    case Emotion::Confusion:
        return true;
    case Emotion::ChurnRisk:
        break;
    }
    return false;
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
