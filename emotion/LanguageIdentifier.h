#pragma once

#include "HashIndex.h"
#include "LetterTrigrams.h"
#include "ScannedText.h"

#include "domain/Language.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace empathy::emotion {

struct LanguageGuess
{
    Language language = Language::Unknown;
    float confidence = 0.0f; // 0 .. 1
};

// Tells English, Polish, Romanian, Russian and Persian apart, and answers Unknown for anything else
// rather than guessing. Decides by script, by letters only some languages use (ą ł ż, ă ș ț, ы э,
// پ چ گ, і ї є, ة, ...) and by common words of these five and of the languages most often confused
// with them (German, French, Spanish, Italian, Portuguese, Dutch, Czech, Slovak, Turkish, Swedish,
// Hungarian, Indonesian, Ukrainian, Bulgarian, Serbian, Arabic, Urdu).
class LanguageIdentifier
{
public:
    // Lines `code<TAB>word word word ...`; codes other than en/pl/ro/ru/fa are competitors.
    bool load(QStringView text, QString *error);
    // Letter trigrams for the Latin-script languages (optional).
    void setTrigrams(LetterTrigrams trigrams) { m_trigrams = std::move(trigrams); }
    LanguageGuess identify(const ScannedText &text) const;
    // The average log-probability per trigram of the text under its best Latin language, for tools.
    float trigramFit(const ScannedText &text) const;
    std::size_t memoryBytes() const
    {
        return m_words.memoryBytes() + m_masks.capacity() * 4 + m_trigrams.memoryBytes();
    }

private:
    int indexOf(QStringView code);

    QStringList m_codes;           // index -> code
    std::vector<Language> m_languages; // index -> Language (Unknown for competitors)
    HashIndex m_words;             // word -> index into m_masks
    std::vector<std::uint32_t> m_masks; // bit i: the word is common in language i
    LetterTrigrams m_trigrams;
};

} // namespace empathy::emotion
