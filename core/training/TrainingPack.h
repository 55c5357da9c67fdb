#pragma once

#include "domain/Language.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace empathy {

// Who wrote a message of a training conversation.
enum class PackRole : int
{
    Customer = 1,
    Agent,
    System, // a note of the tool or bot ("Account has been pulled up"), shown but never practised on
};

struct PackMessage
{
    PackRole role = PackRole::Customer;
    QString speaker; // as the pack shows it, already replaced ("Customer A", "Agent A")
    QDateTime at;    // UTC; null when the source did not say (the replay then estimates the pause)
    QString text;
};

// A trainer's comment pinned to a message.
struct PackAnnotation
{
    int message = 0; // index into PackConversation::messages
    QString text;
    QString author;
    QDateTime at;
};

struct PackConversation
{
    QString id;     // the source's id, or the desk's conversation id
    QString source; // where it came from: "empathy-desk", "ibm_twitter_cdp", ...
    QString topic;  // the company account, the queue or the subject
    Language language = Language::Unknown;
    QList<PackMessage> messages;
    QList<PackAnnotation> annotations;
};

// A file a trainer takes away: conversations with their personal data replaced (consistently across
// the whole pack), what was replaced and how often (never the original values), and the trainers'
// annotations.
struct TrainingPack
{
    QString title;
    QDateTime created;
    QList<PackConversation> conversations;
    QMap<QString, int> replaced; // kind ("name", "email", "phone", ...) -> values replaced
};

} // namespace empathy
