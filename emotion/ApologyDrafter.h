#pragma once

#include "domain/Language.h"
#include "domain/PreferredTone.h"
#include "templates/MessageTemplate.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace empathy::emotion {

// What the apology is drafted from: the customer, the conversation's order if any, the agent, and the
// customer's messages (newest first) in which the actual problem is looked for.
struct ApologyContext
{
    Language language = Language::Unknown;       // the customer's; English when unknown
    PreferredTone tone = PreferredTone::Unknown; // formal unless the customer prefers warm
    QString customerFirstName;
    QString orderNumber;
    QString orderSummary;
    QString agentFirstName;
    QStringList customerMessages; // newest first
};

struct ApologyDraft
{
    Language language = Language::English;
    QString problem; // the problem's key: "late", "damaged", ... or "other"
    QString text;    // ready to edit before sending
};

// Drafts a personal apology in the customer's language and preferred tone that names the actual problem
// (a late or damaged delivery, a wrong item, a double charge, a refund, no answer, rudeness, a faulty
// product, found by cue words in the customer's messages) and the customer's first name (in the vocative
// in Polish). The cues and the ways to name each problem are data/apology_<lang>.tsv; the apology itself is
// the reply library's (apology_formal, apology_warm), all written by the project.
class ApologyDrafter
{
public:
    static std::optional<ApologyDrafter> load(const QString &directory, QString *error);
    static std::optional<ApologyDrafter> loadBuiltIn(QString *error);

    // `templateText`, when given and valid, is the apology to fill in (the reply library's, as agents
    // edited it); otherwise the shipped one for the customer's tone.
    ApologyDraft draft(const ApologyContext &context, const QString &templateText = QString()) const;

    // The Polish vocative of a first name ("Anna" -> "Anno", "Piotr" -> "Piotrze"); other languages and
    // names it does not know keep the name as it is.
    static QString vocative(const QString &firstName, Language language);
    // Whether a first name reads as a woman's in languages whose apologies depend on it (Polish, Russian,
    // Romanian), by its ending; false when it cannot tell.
    static bool looksFemale(const QString &firstName, Language language);

private:
    struct Problem
    {
        QString key;
        std::vector<std::vector<std::u16string>> cues; // folded words; a word ending in '*' is a stem
        MessageTemplate phrase;
    };
    struct Language_
    {
        std::vector<Problem> problems; // the last one, without cues, is the fallback
        MessageTemplate formal;
        MessageTemplate warm;
    };
    QString findProblem(const Language_ &language, const QStringList &messages, const Problem **found) const;

    std::array<Language_, 6> m_languages; // indexed by Language
};

} // namespace empathy::emotion
