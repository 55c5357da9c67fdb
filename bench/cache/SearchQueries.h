#pragma once

#include <QStringList>

namespace empathy::bench {

// Deterministic, mixed-language search queries as agents type them: whole words, words still being
// typed (prefixes), two-word queries, customer names and order numbers, in all five languages.
QStringList searchQueries(int count, quint64 seed);

} // namespace empathy::bench
