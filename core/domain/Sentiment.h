#pragma once

#include <QString>

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
    QString emotion;         // the strongest emotion's machine name ("anger", "gratitude", ...), or empty
    float churnRisk = 0.0f;  // 0 .. 1: threats to leave, demands for a manager or a refund
    bool correctedByAgent = false; // the label is an agent's correction, not the engine's

    bool isScored() const { return valence.has_value(); }
    bool operator==(const Sentiment &) const = default;
};

// |valence| below this is neutral: for a message, a conversation's mood, anything on the valence scale.
inline constexpr double neutralBand = 0.1;
SentimentLabel labelOfValence(double valence);

// The label's key in the protocol and files: "negative", "neutral", "positive".
QString sentimentLabelKey(SentimentLabel label);
std::optional<SentimentLabel> sentimentLabelFromKey(QStringView key);

} // namespace empathy
