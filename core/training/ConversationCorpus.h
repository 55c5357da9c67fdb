#pragma once

#include "training/TrainingPackBuilder.h"

#include <QStringList>

#include <optional>

namespace empathy {

// Reads a public corpus of customer-care threads in the JSON-lines form of ../shared/conversations/:
// one thread a line, `{"id", "source", "domain", "turns": [{"role", "speaker", "time", "text"}]}`.
// Roles are customer, agent or system (anything else is kept as system and reported); times are ISO
// 8601, Twitter's "Wed Oct 11 06:55:44 +0000 2017", or null. A line that is not a thread is skipped and
// reported in `problems` ("line 7: ..."); nothing else is dropped. Speakers are user names on a channel:
// the customer's and agents' become handles to replace, an agent speaker that is the company's account
// (the domain) is kept, and generic labels ("customer", "agent") name no one.
std::optional<QList<SourceConversation>> readConversationCorpus(const QString &path, QStringList *problems,
                                                                QString *error);

// The time forms the corpora use; a null QDateTime when `text` is none of them.
QDateTime parseCorpusTime(const QString &text);

} // namespace empathy
