#pragma once

#include "domain/Language.h"
#include "HashIndex.h"
#include "LetterTrigrams.h"
#include "ScannedText.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <vector>

namespace empathy::emotion {

struct LanguageGuess
{
    Language language = Language::Unknown;
    float confidence = 0.0f; // 0 .. 1
    // With Unknown: true when the text showed another language (its words, letters or script), false
    // when it was merely too short or plain to tell.
    bool foreign = false;
};

// The letter-trigram sums of single words, kept between messages by LanguageIdentifier's caller: one
// per thread, cleared when the identifier changes. Words repeat, so most are scored once.
class IdentifierMemo
{
public:
    void clear() { std::fill(m_table.begin(), m_table.end(), Slot{}); }

private:
    friend class LanguageIdentifier;
    struct Slot
    {
        std::uint64_t key = 0;                    // the word's hash | 1; 0: empty
        std::int32_t trigrams = 0;                // how many trigrams the word has
        float logp[LetterTrigrams::maxLanguages]; // their log-probabilities summed, per trigram language
    };
    static constexpr std::size_t size = 16384; // 512 KB, for the 15,700 words of the English eval sets
    std::vector<Slot> m_table = std::vector<Slot>(size);
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
    void setTrigrams(LetterTrigrams trigrams);
    // With a memo, the same answer sooner.
    LanguageGuess identify(const ScannedText &text, IdentifierMemo *memo = nullptr) const;
    // The average log-probability per trigram of the text under its best Latin language, for tools.
    float trigramFit(const ScannedText &text) const;
    std::size_t memoryBytes() const
    {
        return m_words.memoryBytes() + m_shares.capacity() * sizeof(Shares) + m_trigrams.memoryBytes();
    }

    enum class Script;

private:
    struct CueWeight
    {
        int index; // into m_codes
        Cue cue;
        float factor;
    };
    int indexOf(QStringView code);
    void prepareTables();
    struct Ranking
    {
        int best = -1; // index into m_codes, -1 when no language scored
        float bestScore = 0.0f;
        float second = 0.0f;
    };
    Ranking rank(const std::array<float, 32> &score, Script script) const;
    static bool decisive(const Ranking &byWords);
    int scoreTrigrams(const ScannedText &text, IdentifierMemo *memo, float *perLanguage) const;

    static constexpr int maxCodes = 24;
    // What a common word adds to each language's score: 1 / n for each of the n languages it is common in.
    struct alignas(16) Shares
    {
        std::array<float, maxCodes> of{};
    };

    QStringList m_codes;                                   // index -> code
    std::vector<Language> m_languages;                     // index -> Language (Unknown for competitors)
    HashIndex m_words;                                     // word -> its shares in m_shares
    std::vector<Shares> m_shares = std::vector<Shares>(1); // one per set of languages; [0]: no common word
    LetterTrigrams m_trigrams;
    std::vector<int> m_scripts;                      // index -> Script
    std::array<std::vector<int>, 5> m_codesOfScript; // Script -> indices into m_codes, in order
    std::vector<CueWeight> m_cueWeights;
    std::vector<int> m_trigramTargets; // trigram language -> index into m_codes
};

} // namespace empathy::emotion
