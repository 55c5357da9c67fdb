#pragma once

#include "domain/Language.h"
#include "domain/Sentiment.h"
#include "Emotion.h"

#include <QVarLengthArray>

#include <cstdint>
#include <optional>

namespace empathy::emotion {

// One stretch of the message that moved the result: a word, a phrase, an emoji.
struct Evidence
{
    std::uint32_t start = 0; // in the analysed text, UTF-16 units
    std::uint32_t length = 0;
    float valence = 0.0f;     // its contribution after negation, intensifiers and emphasis
    std::int8_t emotion = -1; // the emotion it carries most (an Emotion), or -1
    bool negated = false;     // turned around by a negator ("not good")
    bool fromModel = false;   // weighed by the trained model rather than the lexicon
};

inline constexpr qsizetype maxEvidence = 8;

struct MessageAnalysis
{
    Language language = Language::Unknown;
    float languageConfidence = 0.0f;
    float valence = 0.0f; // -1 .. +1
    SentimentLabel label = SentimentLabel::Neutral;
    float confidence = 0.0f;                         // 0 .. 1
    float intensity = 0.0f;                          // 0 .. 1
    EmotionScores emotions{};                        // 0 .. 1 each
    QVarLengthArray<Evidence, maxEvidence> evidence; // strongest first

    float score(Emotion e) const { return emotions[std::size_t(e)]; }
    // The strongest emotion scoring at least `threshold` (churn risk excluded), if any, among those
    // that agree with the label: a negative message is not shown as "happy" because a word in it was.
    // A negative or positive message prefers a feeling of its sign to surprise or confusion.
    std::optional<Emotion> dominantEmotion(float threshold = 0.35f) const;
};

} // namespace empathy::emotion
