#pragma once

#include "domain/Message.h"
#include "EmotionEngine.h"

namespace empathy::emotion {

// Scores a customer's message that has no score yet: sets its sentiment (valence, label, confidence,
// intensity, strongest emotion, churn risk) and, when unknown, its language. Agents' messages and
// messages already scored (by the server, or corrected by an agent) are left alone. Returns whether
// it scored.
bool scoreMessage(const EmotionEngine &engine, Message &message);

// The sentiment fields of an analysis.
Sentiment sentimentOf(const MessageAnalysis &analysis);

} // namespace empathy::emotion
