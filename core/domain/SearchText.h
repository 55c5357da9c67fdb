#pragma once

#include <QString>

namespace empathy {

// Folds text for search so that what an agent types finds what a customer wrote:
// lower case; Arabic letter variants to their Persian forms (ي→ی, ك→ک, ة→ه), tatweel and the zero-width
// non-joiner removed; Persian and Arabic-Indic digits to ASCII; Romanian cedilla ş ţ to comma-below ș ț;
// Polish ł to l. Accents themselves are folded later by the full-text tokenizer.
QString foldForSearch(QStringView text);

} // namespace empathy
