#pragma once

#include <QString>

namespace empathy {

// Turns what an agent typed into an FTS5 MATCH expression: every word must match, each is quoted so
// FTS5 operators typed by the user are taken literally, and the last word matches as a prefix while
// the agent is still typing it. Returns an empty string when nothing searchable was typed.
QString ftsQueryFor(const QString &typed);

} // namespace empathy
