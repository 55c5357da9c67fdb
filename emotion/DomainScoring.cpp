#include "DomainScoring.h"

namespace empathy::emotion {

Sentiment sentimentOf(const MessageAnalysis &analysis)
{
    Sentiment s;
    s.valence = analysis.valence;
    s.label = analysis.label;
    s.confidence = analysis.confidence;
    s.intensity = analysis.intensity;
    if (const auto dominant = analysis.dominantEmotion())
        s.emotion = emotionName(*dominant);
    s.churnRisk = analysis.score(Emotion::ChurnRisk);
    return s;
}

bool scoreMessage(const EmotionEngine &engine, Message &message)
{
    if (message.direction != Direction::Inbound || message.sentiment.isScored() || message.body.isEmpty())
        return false;
    const MessageAnalysis analysis = engine.analyze(message.body, message.language);
    message.sentiment = sentimentOf(analysis);
    if (message.language == Language::Unknown)
        message.language = analysis.language;
    return true;
}

} // namespace empathy::emotion
