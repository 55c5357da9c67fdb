#pragma once

#include "training/TrainingPack.h"

#include <QPair>
#include <QStringList>

#include <functional>
#include <optional>

namespace empathy {

// A conversation as the desk or a corpus has it, before its personal data is replaced, with what is
// known about who is in it.
struct SourceConversation
{
    PackConversation conversation;
    QStringList customers;       // the customer's names ("Katarzyna Nowak", "Kasia")
    QStringList agents;          // names of the agents who answered
    QStringList customerHandles; // the customer's user names on a channel ("CinVakas", "jane_d77")
    QStringList agentHandles;
    QStringList companies;                 // accounts that are a company's, kept as they are ("TeamYouTube")
    QList<QPair<QString, QString>> values; // exact personal values the desk knows, with their kind
};

// Makes a pack: every person and personal value of every conversation is replaced by the same
// stand-in throughout the pack (PersonalDataScrubber), and the pack records how many of each kind.
TrainingPack buildTrainingPack(const QList<SourceConversation> &sources, const QString &title,
                               const QDateTime &created);

// Told after each conversation is scrubbed how many are done of how many; answering false stops the work.
using PackProgress = std::function<bool(int done, int total)>;
// The same, reporting progress; nothing when the progress callback stopped it.
std::optional<TrainingPack> buildTrainingPack(const QList<SourceConversation> &sources, const QString &title,
                                              const QDateTime &created, const PackProgress &progress);

} // namespace empathy
