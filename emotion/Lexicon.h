#pragma once

#include "Emotion.h"
#include "HashIndex.h"
#include "ScannedText.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace empathy::emotion {

// What a lexicon term does to the words around it, or what it carries itself.
enum class TermRole : std::uint8_t
{
    Sentiment,       // carries valence and emotions
    Negator,         // flips the next few words ("not", "nie", "nu", "не")
    BackwardNegator, // flips the words just before it (Persian "نبود", "نیست": "خوب نبود")
    Intensifier,     // scales the next word by its factor ("very" +0.3, "slightly" -0.3)
    Contrast,        // "but": what follows counts more than what came before
    Concession,      // "although": the clause it opens, up to the next punctuation, counts less
    ClauseEnd, // a verb that closes a clause (Persian "بود", "است"): no backward negator reaches past it
};

inline constexpr float defaultContrastWeight = 0.5f; // after "but" ×1.5, before it ×0.5, as in VADER

struct LexiconEntry
{
    QString term;
    TermRole role = TermRole::Sentiment;
    float valence = 0.0f; // -4 .. +4 for Sentiment terms
    float factor = 0.0f;  // for intensifiers; for contrast words, the weight of the clauses around them
    EmotionScores emotions{};
    std::uint8_t tokens = 1; // words in a phrase
    bool prefix = false;     // a stem: matches every word that starts with it
    // A phrase whose first word is a negator ("не работает", "nie działa"): its valence already holds the
    // negation, and a negator before it agrees with it rather than turning it around ("ничего не работает").
    bool startsWithNegator = false;
};

struct LexiconMatch
{
    const LexiconEntry *entry = nullptr;
    int tokens = 0; // how many tokens the match covers
};

// What a lexicon knows about one word on its own: the same for every occurrence of the word, so the
// engine can remember it (EmotionEngine's word memo).
// Four bytes, so that the memo's table stays inside the CPU's second-level cache.
struct WordLookup
{
    std::uint16_t entry = 0;        // 1 + index of the word or the longest stem it starts with; 0: none
    std::uint8_t longestPhrase = 0; // tokens of the longest phrase starting with this word, or 0
};

// A hand-written list of terms for one language (or for all: emoji and emoticons). Lines are
// `term<TAB>value[<TAB>emotions]`: value is a valence from -4 to +4, or NEG, NEGB, INT <factor>,
// BUT [<weight>] (the clause after it counts 1 + weight, the one before 1 - weight; 0.5 unless stated),
// THOUGH, END, or SUFFIX: an ending that keeps a feeling word's feeling (Persian "تر", "ترین"), so a word
// found nowhere else is looked up once more without it. Emotions are `name` or `name:weight` separated
// by commas. A term ending in '*' is a stem; a term with spaces is a phrase. Terms are folded like
// message text, so one entry covers spellings with and without diacritics.
class Lexicon
{
public:
    static constexpr std::size_t maxEntries = 65535; // WordLookup keeps an entry's index in 16 bits

    // Parses `text`; returns false and describes the first bad line in `error`.
    bool load(QStringView text, QString *error);

    // The longest phrase or word starting at token `index`, or no entry.
    LexiconMatch match(const ScannedText &text, std::size_t index) const
    {
        return match(text, index, lookup(text, text.tokens[index]));
    }
    // The same in two steps, so that the word's own lookup can be remembered.
    WordLookup lookup(const ScannedText &text, const Token &token) const;
    LexiconMatch match(const ScannedText &text, std::size_t index, const WordLookup &word) const
    {
        if (word.longestPhrase > 1) {
            const LexiconMatch phrase = matchPhrase(text, index, word.longestPhrase);
            if (phrase.entry)
                return phrase;
        }
        if (word.entry)
            return {&m_entries[word.entry - 1u], 1};
        return {};
    }

    const std::vector<LexiconEntry> &entries() const { return m_entries; }
    // Whether `entry` is one of this lexicon's (and not, say, the common emoji lexicon's).
    bool contains(const LexiconEntry *entry) const
    {
        const std::less<const LexiconEntry *> before;
        return !m_entries.empty() && !before(entry, m_entries.data()) &&
               before(entry, m_entries.data() + m_entries.size());
    }
    std::size_t memoryBytes() const;

private:
    bool add(const QStringList &fields, int lineNumber, QString *error);
    void indexStemStarts();
    void markPhrasesStartingWithNegators();
    const LexiconEntry *matchWord(const ScannedText &text, const Token &token) const;
    const LexiconEntry *matchStem(const ScannedText &text, const Token &token) const;
    LexiconMatch matchPhrase(const ScannedText &text, std::size_t index, std::size_t longest) const;
    const LexiconEntry *matchWithoutSuffix(const ScannedText &text, const Token &token) const;

    std::vector<LexiconEntry> m_entries;
    std::vector<std::u16string> m_suffixes; // folded, longest first
    HashIndex m_words;
    HashIndex m_stems;
    HashIndex m_stemStarts;          // the first m_shortestStem units of every stem: most words stop here
    HashIndex m_phrases;             // combined hash of the phrase's tokens
    HashIndex m_phraseStarts;        // first token -> longest phrase starting with it
    HashIndex m_phrasePairs;         // combined hash of the first two tokens of every phrase
    std::uint64_t m_stemLengths = 0; // bit n set: some stem is n units long
    std::size_t m_shortestStem = 64;
};

} // namespace empathy::emotion
