#pragma once

#include <QString>

#include <array>
#include <optional>

namespace empathy::emotion {

// The emotions the engine scores. The first six map onto Ekman's basic emotions for evaluation
// (see ekmanOf); the rest are the ones customer service cares about.
enum class Emotion : int
{
    Anger = 0,
    Disgust,
    Fear,
    Joy,
    Sadness,
    Surprise,
    Gratitude,
    Frustration,
    Disappointment,
    Confusion,
    Relief,
    ChurnRisk, // threats to cancel or leave, "third time I write", demands for a manager or a refund
};
inline constexpr int emotionCount = 12;

using EmotionScores = std::array<float, emotionCount>;

// Stable machine names: "anger", "churn_risk", ...
QString emotionName(Emotion emotion);
std::optional<Emotion> emotionFromName(QStringView name);

// +1 for the pleasant emotions (joy, gratitude, relief), -1 for the unpleasant ones (anger, disgust,
// fear, sadness, frustration, disappointment), 0 for surprise, confusion and churn risk.
int polarityOf(Emotion emotion);

// The Ekman emotion an emotion counts as (gratitude and relief are joy, frustration is anger, ...);
// churn risk has none.
std::optional<Emotion> ekmanOf(Emotion emotion);

} // namespace empathy::emotion
