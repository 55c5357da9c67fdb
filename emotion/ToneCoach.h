#pragma once

#include "domain/Language.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace empathy::emotion {

class EmotionEngine;

enum class Register
{
    Formal,
    Warm
};

// What the coach knows about the conversation the reply answers.
struct ReplyContext
{
    Language customerLanguage = Language::Unknown;
    QString customerFirstName;
    std::optional<Register> preferredRegister;
    bool customerUpset = false; // the customer's last message was angry, frustrated or strongly negative
};

enum class ToneIssue
{
    StockPhrase,      // a cliché ("your call is very important to us")
    MissingName,      // the customer's name appears nowhere in the reply
    RegisterMismatch, // warm where the customer prefers formal, or the reverse
    NoApology,        // the customer is upset and the reply does not apologise
    LanguageMismatch, // the reply is in another language than the customer's
};

struct ToneNote
{
    ToneIssue issue;
    std::uint32_t start = 0; // the stretch of the reply concerned (StockPhrase, RegisterMismatch)
    std::uint32_t length = 0;
    QString detail; // the phrase, or the reply's language code
};

// Reviews a reply as the agent types it. Its phrase lists (tone_<lang>.tsv: `cliche`, `apology`,
// `formal`, `warm` phrases, written by the project) are matched on folded words, so spellings without
// diacritics count too. A review takes microseconds: the reply box runs it on every pause in typing.
class ToneCoach
{
public:
    // Loads tone_<lang>.tsv for every language from `directory` (":/empathy/emotion" built in).
    static std::optional<ToneCoach> load(const QString &directory, QString *error);
    static std::optional<ToneCoach> loadBuiltIn(QString *error);

    QList<ToneNote> review(QStringView reply, const ReplyContext &context, const EmotionEngine &engine) const;

private:
    enum Kind
    {
        Cliche,
        Apology,
        Formal,
        Warm,
        KindCount
    };
    struct Phrase
    {
        std::vector<std::u16string> words; // folded
        QString text;
    };
    using Phrases = std::array<std::vector<Phrase>, KindCount>;

    std::array<Phrases, 6> m_phrases; // by Language
};

} // namespace empathy::emotion
