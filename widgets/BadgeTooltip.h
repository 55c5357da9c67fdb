#pragma once

#include <QString>

class QModelIndex;

namespace empathy {
namespace emotion {
class EmotionEngine;
}

// What a message's badge means, in words: the mood and whether an agent corrected it, the confidence,
// the emotions the engine found, and the words that drove the result. The words come from analysing
// the text again on this machine (a few microseconds); without an engine only the stored facts are given.
QString badgeTooltip(const QModelIndex &message, const emotion::EmotionEngine *engine);

} // namespace empathy
