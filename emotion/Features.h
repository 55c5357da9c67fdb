#pragma once

#include "ScannedText.h"

#include <cstdint>
#include <span>
#include <vector>

namespace empathy::emotion {

// The features a LinearModel sees for a scanned message: every word (marked when a negator's scope
// covers it), every pair of neighbouring words, the first five letters of longer words (so Polish and
// Russian endings share weight), emoji, emoticons, '!' and '?'. Used by the engine and the trainer
// alike, so training and scoring cannot drift apart.
// The feature of token `index` on its own (the word, marked if negated).
std::uint64_t unigramFeature(const ScannedText &text, std::size_t index, bool negated);

// With `unigramAt`, also where each token's own feature went in `out` (-1 for clause breaks).
void collectFeatures(const ScannedText &text, std::span<const std::uint8_t> negated,
                     std::vector<std::uint64_t> &out, std::vector<std::int32_t> *unigramAt = nullptr);

} // namespace empathy::emotion
