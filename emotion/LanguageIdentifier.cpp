#include "LanguageIdentifier.h"

#include "TextScanner.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <unordered_map>

namespace empathy::emotion {

enum class LanguageIdentifier::Script
{
    None,
    Latin,
    Cyrillic,
    Arabic,
    Other
};

namespace {

using Script = LanguageIdentifier::Script;

LanguageIdentifier::Script dominantScript(const ScannedText &text)
{
    const int latin = text.cue(Cue::Latin);
    const int cyrillic = text.cue(Cue::Cyrillic);
    const int arabic = text.cue(Cue::Arabic);
    const int other = text.cue(Cue::OtherScript);
    const int total = latin + cyrillic + arabic + other;
    if (total == 0)
        return Script::None;
    if (other * 2 > total)
        return Script::Other;
    // Latin letters inside Russian or Persian text are mostly brand and model names ("Galaxy Note 8"),
    // so a quarter of Cyrillic or Arabic letters is enough to decide the script.
    if (cyrillic >= arabic && cyrillic * 4 >= total)
        return Script::Cyrillic;
    if (arabic * 4 >= total)
        return Script::Arabic;
    return Script::Latin;
}

bool scriptOfCode(QStringView code, LanguageIdentifier::Script script)
{
    static constexpr std::array<std::u16string_view, 4> cyrillic{u"ru", u"uk", u"bg", u"sr"};
    static constexpr std::array<std::u16string_view, 3> arabic{u"fa", u"ar", u"ur"};
    const std::u16string_view c(reinterpret_cast<const char16_t *>(code.utf16()), std::size_t(code.size()));
    const bool isCyrillic = std::find(cyrillic.begin(), cyrillic.end(), c) != cyrillic.end();
    const bool isArabic = std::find(arabic.begin(), arabic.end(), c) != arabic.end();
    switch (script) {
    case Script::Cyrillic:
        return isCyrillic;
    case Script::Arabic:
        return isArabic;
    case Script::Latin:
        return !isCyrillic && !isArabic;
    default:
        return false;
    }
}

// Average log-probability per letter trigram under the best of en/pl/ro: below these a text looks
// less and less like any of them (measured on the eval sets and tests/data/langid_other_languages.txt).
constexpr float weakTrigramFit = -7.8f;
constexpr float poorTrigramFit = -8.1f;
constexpr int shortText = 3; // words

} // namespace

float LanguageIdentifier::trigramFit(const ScannedText &text) const
{
    std::array<float, 8> ll{};
    const int n = m_trigrams.score(text, ll.data());
    if (n == 0)
        return 0.0f;
    return *std::max_element(ll.begin(), ll.begin() + m_trigrams.codes().size()) / float(n);
}

int LanguageIdentifier::indexOf(QStringView code)
{
    const qsizetype found = m_codes.indexOf(code.toString());
    if (found >= 0)
        return int(found);
    m_codes.append(code.toString());
    m_languages.push_back(languageFromCode(code));
    return int(m_codes.size() - 1);
}

bool LanguageIdentifier::load(QStringView text, QString *error)
{
    int lineNumber = 0;
    std::vector<std::uint64_t> words;
    std::vector<std::uint32_t> masks; // bit i: the word is common in language i
    HashIndex positions;              // word -> index into `words` and `masks`
    for (QStringView line : text.split(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0) {
            if (error)
                *error = QStringLiteral("line %1: expected code<TAB>words").arg(lineNumber);
            return false;
        }
        const int index = indexOf(line.left(tab));
        if (index >= maxCodes) {
            if (error)
                *error = QStringLiteral("line %1: more than %2 languages").arg(lineNumber).arg(maxCodes);
            return false;
        }
        ScannedText scanned;
        scanText(line.mid(tab + 1), scanned);
        for (const Token &t : scanned.tokens) {
            if (t.kind != TokenKind::Word)
                continue;
            std::uint32_t slot = positions.find(t.hash);
            if (slot == HashIndex::npos) {
                slot = std::uint32_t(masks.size());
                masks.push_back(0);
                words.push_back(t.hash);
                positions.insert(t.hash, slot);
            }
            masks[slot] |= std::uint32_t(1) << index;
        }
    }
    // Each word points at the shares of its set of languages (about 120 sets), so that a message adds
    // them without a branch per word or per language: whether a word is common, and in how many
    // languages, is nothing the CPU can learn to guess.
    m_words = HashIndex();
    m_shares.assign(1, Shares{});
    std::unordered_map<std::uint32_t, std::uint32_t> sharesOfMask;
    for (std::size_t i = 0; i < words.size(); ++i) {
        auto [known, added] = sharesOfMask.try_emplace(masks[i], std::uint32_t(m_shares.size()));
        if (added) {
            Shares &shares = m_shares.emplace_back();
            const float share = 1.0f / float(std::popcount(masks[i]));
            for (std::size_t l = 0; l < shares.of.size(); ++l)
                shares.of[l] = masks[i] >> l & 1 ? share : 0.0f;
        }
        m_words.insert(words[i], known->second);
    }
    prepareTables();
    return true;
}

void LanguageIdentifier::setTrigrams(LetterTrigrams trigrams)
{
    m_trigrams = std::move(trigrams);
    prepareTables();
}

// Everything identify() needs by index, so that it compares no strings.
void LanguageIdentifier::prepareTables()
{
    m_scripts.clear();
    for (std::vector<int> &codes : m_codesOfScript)
        codes.clear();
    for (const QString &code : m_codes) {
        int script = int(Script::Other);
        for (Script candidate : {Script::Latin, Script::Cyrillic, Script::Arabic}) {
            if (scriptOfCode(code, candidate))
                script = int(candidate);
        }
        m_codesOfScript[std::size_t(script)].push_back(int(m_scripts.size()));
        m_scripts.push_back(script);
    }
    struct Rule
    {
        const char16_t *code;
        Cue cue;
        float factor;
    };
    static constexpr Rule rules[] = {
        {u"pl", Cue::Polish, 1.0f},           {u"ro", Cue::Romanian, 1.0f},
        {u"ro", Cue::RomanianOrFrench, 0.5f}, {u"fr", Cue::French, 1.0f},
        {u"fr", Cue::RomanianOrFrench, 0.3f}, {u"de", Cue::German, 1.0f},
        {u"es", Cue::Iberian, 1.0f},          {u"pt", Cue::Iberian, 1.0f},
        {u"cs", Cue::CzechSlovak, 1.0f},      {u"tr", Cue::Turkish, 2.0f},
        {u"hu", Cue::Hungarian, 2.0f},        {u"sv", Cue::Nordic, 1.0f},
        {u"uk", Cue::Ukrainian, 3.0f},        {u"sr", Cue::SouthSlavic, 3.0f},
        {u"ru", Cue::RussianOnly, 1.0f},      {u"fa", Cue::Persian, 0.5f},
        {u"ar", Cue::ArabicOnly, 0.5f},       {u"ur", Cue::Urdu, 3.0f},
    };
    m_cueWeights.clear();
    for (const Rule &r : rules) {
        const qsizetype index = m_codes.indexOf(QString::fromUtf16(r.code));
        if (index >= 0)
            m_cueWeights.push_back({int(index), r.cue, r.factor});
    }
    m_trigramTargets.clear();
    for (const QString &code : m_trigrams.codes())
        m_trigramTargets.push_back(int(m_codes.indexOf(code)));
}

// The best and second best of the languages written in `script` (the first of equals wins).
LanguageIdentifier::Ranking LanguageIdentifier::rank(const std::array<float, 32> &score, Script script) const
{
    Ranking r;
    for (const int i : m_codesOfScript[std::size_t(script)]) {
        const float s = score[std::size_t(i)];
        if (s > r.bestScore) {
            r.second = r.bestScore;
            r.bestScore = s;
            r.best = i;
        } else if (s > r.second) {
            r.second = s;
        }
    }
    return r;
}

// Common words alone settle it: one Latin language far ahead of every other.
bool LanguageIdentifier::decisive(const Ranking &byWords)
{
    return byWords.bestScore >= 3.0f && byWords.second * 3.0f <= byWords.bestScore;
}

// Letter trigrams of every word, each word's own sums remembered: the same sums, added in the same
// order, as LetterTrigrams::score().
int LanguageIdentifier::scoreTrigrams(const ScannedText &text, IdentifierMemo *memo, float *perLanguage) const
{
    if (!memo)
        return m_trigrams.score(text, perLanguage);
    const std::size_t languages = std::size_t(m_trigrams.codes().size());
    int count = 0;
    for (const Token &t : text.tokens) {
        if (t.kind != TokenKind::Word)
            continue;
        IdentifierMemo::Slot &slot = memo->m_table[std::size_t(t.hash >> 24) & (IdentifierMemo::size - 1)];
        if (slot.key != (t.hash | 1)) {
            slot.key = t.hash | 1;
            std::fill(std::begin(slot.logp), std::end(slot.logp), 0.0f);
            slot.trigrams = m_trigrams.scoreWord(text, t, slot.logp);
        }
        for (std::size_t l = 0; l < languages; ++l)
            perLanguage[l] += slot.logp[l];
        count += slot.trigrams;
    }
    return count;
}

LanguageGuess LanguageIdentifier::identify(const ScannedText &text, IdentifierMemo *memo) const
{
    constexpr LanguageGuess foreign{Language::Unknown, 0.0f, true};
    const Script script = dominantScript(text);
    if (script == Script::None)
        return {};
    if (script == Script::Other)
        return foreign;

    alignas(16) std::array<float, 32> wordScore{}; // common words and letters only
    int words = 0;
    for (const Token &t : text.tokens)
        m_words.prefetch(t.hash); // the misses overlap instead of queueing
    for (const Token &t : text.tokens) {
        const bool word = t.kind == TokenKind::Word;
        words += word;
        // Each language a word is common in gets an equal share of it; anything else adds shares of 0.
        const std::uint32_t entry = m_words.find(t.hash);
        const std::uint32_t common = std::uint32_t(0) - std::uint32_t(word && entry != HashIndex::npos);
        const Shares &shares = m_shares[entry & common];
        for (std::size_t l = 0; l < shares.of.size(); ++l)
            wordScore[l] += shares.of[l];
    }
    // Letters of one language are strong evidence, but a single one can be a name or a typo. (Most texts
    // have none: the cues after the four scripts are all zero.)
    if (std::any_of(text.cues.begin() + int(Cue::OtherScript) + 1, text.cues.end(),
                    [](int n) { return n > 0; })) {
        for (const CueWeight &w : m_cueWeights)
            wordScore[std::size_t(w.index)] += float(std::min(text.cue(w.cue), 6)) * 0.6f * w.factor;
    }

    Ranking ranking = rank(wordScore, script);
    // In Latin script, letter trigrams weigh in for en/pl/ro: short texts often have no common word.
    float fit = 0.0f;
    bool trigramsScored = false;
    if (script == Script::Latin && !m_trigrams.isEmpty() && !decisive(ranking)) {
        std::array<float, 8> ll{};
        const int n = scoreTrigrams(text, memo, ll.data());
        if (n >= 4) {
            trigramsScored = true;
            int top = 0;
            for (int l = 1; l < int(m_trigrams.codes().size()); ++l)
                top = ll[std::size_t(l)] > ll[std::size_t(top)] ? l : top;
            float second = -1e30f;
            for (int l = 0; l < int(m_trigrams.codes().size()); ++l)
                second = l != top ? std::max(second, ll[std::size_t(l)]) : second;
            fit = ll[std::size_t(top)] / float(n);
            const float margin = (ll[std::size_t(top)] - second) / std::sqrt(float(n));
            const int target = m_trigramTargets[std::size_t(top)];
            if (target >= 0) {
                std::array<float, 32> withTrigrams = wordScore;
                withTrigrams[std::size_t(target)] += std::clamp(0.5f + margin, 0.5f, 3.0f);
                ranking = rank(withTrigrams, script);
            }
        }
    }

    const int best = ranking.best;
    const float bestScore = ranking.bestScore;
    const float second = ranking.second;
    if (best < 0) {
        // Cyrillic or Arabic script with no common word at all: Russian and Persian are by far the most
        // likely, but only when no letter of a neighbour language appears.
        if (script == Script::Cyrillic && text.cue(Cue::Ukrainian) == 0 && text.cue(Cue::SouthSlavic) == 0)
            return {Language::Russian, 0.5f};
        if (script == Script::Arabic && text.cue(Cue::Persian) > 0 && text.cue(Cue::ArabicOnly) == 0 &&
            text.cue(Cue::Urdu) == 0)
            return {Language::Persian, 0.5f};
        const bool neighbourLetters = text.cue(Cue::Ukrainian) > 0 || text.cue(Cue::SouthSlavic) > 0 ||
                                      text.cue(Cue::ArabicOnly) > 0 || text.cue(Cue::Urdu) > 0;
        return neighbourLetters ? foreign : LanguageGuess{};
    }
    const Language language = m_languages[std::size_t(best)];
    if (language == Language::Unknown)
        return foreign;
    if (script == Script::Latin && trigramsScored) {
        // Another language's common words at least as strong as ours: not ours.
        float competitor = 0.0f;
        for (int i = 0; i < int(m_codes.size()); ++i) {
            if (m_languages[std::size_t(i)] == Language::Unknown && m_scripts[std::size_t(i)] == int(script))
                competitor = std::max(competitor, wordScore[std::size_t(i)]);
        }
        const float ours = wordScore[std::size_t(best)];
        if (competitor >= 1.0f && competitor >= ours)
            return foreign;
        // Letters that fit none of our languages well, and few of their common words: another language,
        // unless the text is a word or three ("Simply beautiful.") and too short for letters to tell.
        if ((fit < poorTrigramFit && ours < 1.5f) || (fit < weakTrigramFit && ours < 0.5f))
            return words > shortText ? foreign : LanguageGuess{};
    }
    if (script == Script::Latin && !trigramsScored && bestScore < 1.0f && words > shortText)
        return foreign;
    const float margin = (bestScore - second) / (bestScore + 1.0f);
    return {language, std::clamp(0.5f + margin, 0.0f, 1.0f)};
}

} // namespace empathy::emotion
