#pragma once

#include "ScannedText.h"

#include <QStringView>

namespace empathy::emotion {

// Cuts text into words, numbers, emoji, emoticons and emphasis marks, and folds every word the same way
// the lexicons and models are written: lower case, Latin diacritics removed (so Polish and Romanian typed
// without them match; ş/ţ and ș/ț are one), Russian ё as е, Persian and Arabic letter variants unified,
// harakat, tatweel and ZWNJ removed, Persian and Arabic digits as ASCII.
// Reuses the buffers of `out`: scanning allocates nothing once they have grown.
void scanText(QStringView text, ScannedText &out);

// The folded form of a single lexicon term, for building tables with the same folding.
std::u16string foldTerm(QStringView term);

} // namespace empathy::emotion
