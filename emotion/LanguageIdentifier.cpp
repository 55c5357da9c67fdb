#include "LanguageIdentifier.h"

#include "TextScanner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <bit>

namespace empathy::emotion {

namespace {

enum class Script
{
    None,
    Latin,
    Cyrillic,
    Arabic,
    Other
};

Script dominantScript(const ScannedText &text)
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

bool scriptOfCode(QStringView code, Script script)
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
        if (index >= 32) {
            if (error)
                *error = QStringLiteral("line %1: more than 32 languages").arg(lineNumber);
            return false;
        }
        ScannedText scanned;
        scanText(line.mid(tab + 1), scanned);
        for (const Token &t : scanned.tokens) {
            if (t.kind != TokenKind::Word)
                continue;
            std::uint32_t slot = m_words.find(t.hash);
            if (slot == HashIndex::npos) {
                slot = std::uint32_t(m_masks.size());
                m_masks.push_back(0);
                m_words.insert(t.hash, slot);
            }
            m_masks[slot] |= std::uint32_t(1) << index;
        }
    }
    return true;
}

LanguageGuess LanguageIdentifier::identify(const ScannedText &text) const
{
    const Script script = dominantScript(text);
    if (script == Script::None || script == Script::Other)
        return {};

    std::array<float, 32> score{};
    int words = 0;
    for (const Token &t : text.tokens) {
        if (t.kind != TokenKind::Word)
            continue;
        ++words;
        const std::uint32_t slot = m_words.find(t.hash);
        if (slot == HashIndex::npos)
            continue;
        const std::uint32_t mask = m_masks[slot];
        const int shared = std::popcount(mask);
        for (int i = 0; i < int(m_codes.size()); ++i) {
            if (mask >> i & 1)
                score[std::size_t(i)] += 1.0f / float(shared);
        }
    }
    auto boost = [&](const char16_t *code, float amount) {
        const qsizetype i = m_codes.indexOf(QString::fromUtf16(code));
        if (i >= 0)
            score[std::size_t(i)] += amount;
    };
    // Letters of one language are strong evidence, but a single one can be a name or a typo.
    auto letters = [&](Cue cue) { return float(std::min(text.cue(cue), 6)) * 0.6f; };
    boost(u"pl", letters(Cue::Polish));
    boost(u"ro", letters(Cue::Romanian) + letters(Cue::RomanianOrFrench) * 0.5f);
    boost(u"fr", letters(Cue::French) + letters(Cue::RomanianOrFrench) * 0.3f);
    boost(u"de", letters(Cue::German));
    boost(u"es", letters(Cue::Iberian));
    boost(u"pt", letters(Cue::Iberian));
    boost(u"cs", letters(Cue::CzechSlovak));
    boost(u"tr", letters(Cue::Turkish) * 2.0f);
    boost(u"hu", letters(Cue::Hungarian) * 2.0f);
    boost(u"sv", letters(Cue::Nordic));
    boost(u"uk", letters(Cue::Ukrainian) * 3.0f);
    boost(u"sr", letters(Cue::SouthSlavic) * 3.0f);
    boost(u"ru", letters(Cue::RussianOnly));
    boost(u"fa", letters(Cue::Persian) * 0.5f);
    boost(u"ar", letters(Cue::ArabicOnly) * 0.5f);
    boost(u"ur", letters(Cue::Urdu) * 3.0f);

    const std::array<float, 32> wordScore = score; // common words and letters only
    // In Latin script, letter trigrams weigh in for en/pl/ro: short texts often have no common word.
    float fit = 0.0f;
    bool trigramsScored = false;
    if (script == Script::Latin && !m_trigrams.isEmpty()) {
        std::array<float, 8> ll{};
        const int n = m_trigrams.score(text, ll.data());
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
            boost(reinterpret_cast<const char16_t *>(m_trigrams.codes().at(top).utf16()),
                  std::clamp(0.5f + margin, 0.5f, 3.0f));
        }
    }

    int best = -1;
    float bestScore = 0;
    float second = 0;
    for (int i = 0; i < int(m_codes.size()); ++i) {
        if (!scriptOfCode(m_codes.at(i), script))
            continue;
        const float s = score[std::size_t(i)];
        if (s > bestScore) {
            second = bestScore;
            bestScore = s;
            best = i;
        } else if (s > second) {
            second = s;
        }
    }
    if (best < 0) {
        // Cyrillic or Arabic script with no common word at all: Russian and Persian are by far the most
        // likely, but only when no letter of a neighbour language appears.
        if (script == Script::Cyrillic && text.cue(Cue::Ukrainian) == 0 && text.cue(Cue::SouthSlavic) == 0)
            return {Language::Russian, 0.5f};
        if (script == Script::Arabic && text.cue(Cue::Persian) > 0 && text.cue(Cue::ArabicOnly) == 0 &&
            text.cue(Cue::Urdu) == 0)
            return {Language::Persian, 0.5f};
        return {};
    }
    const Language language = m_languages[std::size_t(best)];
    if (language == Language::Unknown)
        return {};
    if (script == Script::Latin && trigramsScored) {
        // Another language's common words at least as strong as ours: not ours.
        float competitor = 0.0f;
        for (int i = 0; i < int(m_codes.size()); ++i) {
            if (m_languages[std::size_t(i)] == Language::Unknown && scriptOfCode(m_codes.at(i), script))
                competitor = std::max(competitor, wordScore[std::size_t(i)]);
        }
        const float ours = wordScore[std::size_t(best)];
        if (competitor >= 1.0f && competitor >= ours)
            return {};
        // Letters that fit none of our languages well, and few of their common words.
        if ((fit < poorTrigramFit && ours < 1.5f) || (fit < weakTrigramFit && ours < 0.5f))
            return {};
    }
    if (script == Script::Latin && !trigramsScored && bestScore < 1.0f && words > 3)
        return {};
    const float margin = (bestScore - second) / (bestScore + 1.0f);
    return {language, std::clamp(0.5f + margin, 0.0f, 1.0f)};
}

} // namespace empathy::emotion
