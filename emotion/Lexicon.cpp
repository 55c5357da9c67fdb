#include "Lexicon.h"

#include "TextScanner.h"
#include "TokenHash.h"

#include <QStringList>

#include <algorithm>
#include <bit>

namespace empathy::emotion {

namespace {

std::uint64_t phraseHash(std::uint64_t soFar, std::uint64_t next)
{
    return hashCombine(soFar, next);
}

bool parseEmotions(QStringView field, EmotionScores &scores)
{
    for (QStringView item : field.split(u',', Qt::SkipEmptyParts)) {
        item = item.trimmed();
        float weight = 1.0f;
        const qsizetype colon = item.indexOf(u':');
        if (colon >= 0) {
            bool ok = false;
            weight = item.mid(colon + 1).toFloat(&ok);
            if (!ok)
                return false;
            item = item.left(colon);
        }
        const auto emotion = emotionFromName(item);
        if (!emotion)
            return false;
        scores[std::size_t(*emotion)] = weight;
    }
    return true;
}

} // namespace

bool Lexicon::load(QStringView text, QString *error)
{
    int lineNumber = 0;
    for (QStringView line : text.split(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (QStringView f : line.split(u'\t'))
            fields.append(f.trimmed().toString());
        if (!add(fields, lineNumber, error))
            return false;
    }
    indexStemStarts();
    markPhrasesStartingWithNegators();
    // The longest ending is tried first: "ترین" before "تر".
    std::stable_sort(m_suffixes.begin(), m_suffixes.end(),
                     [](const std::u16string &a, const std::u16string &b) { return a.size() > b.size(); });
    return true;
}

void Lexicon::indexStemStarts()
{
    m_stemStarts = HashIndex();
    m_shortestStem = std::size_t(std::countr_zero(m_stemLengths));
    ScannedText scanned;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (!m_entries[i].prefix)
            continue;
        scanText(m_entries[i].term, scanned);
        const Token &t = scanned.tokens.front();
        std::uint64_t h = hashSeed;
        for (std::size_t k = 0; k < m_shortestStem; ++k)
            h = hashUnit(h, scanned.folded[t.foldedStart + k]);
        m_stemStarts.insert(h, std::uint32_t(i));
    }
}

void Lexicon::markPhrasesStartingWithNegators()
{
    ScannedText scanned;
    for (LexiconEntry &entry : m_entries) {
        if (entry.tokens < 2)
            continue;
        scanText(entry.term, scanned);
        const WordLookup first = lookup(scanned, scanned.tokens.front());
        entry.startsWithNegator = first.entry && m_entries[first.entry - 1u].role == TermRole::Negator;
    }
}

bool Lexicon::add(const QStringList &fields, int lineNumber, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("line %1: %2").arg(lineNumber).arg(why);
        return false;
    };
    if (fields.size() < 2)
        return fail(QStringLiteral("expected term<TAB>value"));
    if (fields.at(1) == u"SUFFIX") {
        const std::u16string suffix = foldTerm(fields.at(0));
        if (suffix.empty() || suffix.find(u' ') != std::u16string::npos)
            return fail(QStringLiteral("a suffix is one word ending: %1").arg(fields.at(0)));
        m_suffixes.push_back(suffix);
        return true;
    }
    LexiconEntry entry;
    QString term = fields.at(0);
    entry.prefix = term.endsWith(u'*');
    if (entry.prefix)
        term.chop(1);
    entry.term = term;
    const QString &value = fields.at(1);
    if (value == u"NEG") {
        entry.role = TermRole::Negator;
    } else if (value == u"NEGB") {
        entry.role = TermRole::BackwardNegator;
    } else if (value == u"BUT") {
        entry.role = TermRole::Contrast;
        // How much the clause after it gains and the one before loses: VADER's 0.5 unless stated.
        bool ok = true;
        entry.factor = fields.size() > 2 ? fields.at(2).toFloat(&ok) : defaultContrastWeight;
        if (!ok || entry.factor < 0.0f || entry.factor >= 1.0f)
            return fail(QStringLiteral("BUT takes a weight from 0 to below 1: %1").arg(fields.value(2)));
    } else if (value == u"THOUGH") {
        entry.role = TermRole::Concession;
    } else if (value == u"END") {
        entry.role = TermRole::ClauseEnd;
    } else if (value == u"INT") {
        entry.role = TermRole::Intensifier;
        bool ok = false;
        entry.factor = fields.value(2).toFloat(&ok);
        if (!ok)
            return fail(QStringLiteral("INT needs a factor"));
    } else {
        bool ok = false;
        entry.valence = value.toFloat(&ok);
        if (!ok || entry.valence < -4.0f || entry.valence > 4.0f)
            return fail(QStringLiteral("valence must be a number from -4 to 4: %1").arg(value));
        if (fields.size() > 2 && !parseEmotions(fields.at(2), entry.emotions))
            return fail(QStringLiteral("unknown emotion in %1").arg(fields.at(2)));
    }

    ScannedText scanned;
    scanText(term, scanned);
    if (scanned.tokens.empty())
        return fail(QStringLiteral("no word in %1").arg(term));
    // Phrases are matched word by word: a stem at their end would silently match only its own letters.
    if (entry.prefix && scanned.tokens.size() > 1)
        return fail(QStringLiteral("a phrase cannot end in a stem (*): %1").arg(term));
    entry.tokens = std::uint8_t(std::min<std::size_t>(scanned.tokens.size(), 8));
    if (m_entries.size() == maxEntries)
        return fail(QStringLiteral("more than %1 terms").arg(maxEntries));
    const auto index = std::uint32_t(m_entries.size());
    if (scanned.tokens.size() == 1) {
        const Token &t = scanned.tokens.front();
        if (entry.prefix) {
            if (t.foldedLength >= 64)
                return fail(QStringLiteral("stem too long"));
            m_stems.insert(t.hash, index);
            m_stemLengths |= std::uint64_t(1) << t.foldedLength;
        } else {
            m_words.insert(t.hash, index);
        }
    } else {
        std::uint64_t h = scanned.tokens.front().hash;
        for (std::size_t k = 1; k < entry.tokens; ++k)
            h = phraseHash(h, scanned.tokens[k].hash);
        m_phrases.insert(h, index);
        m_phrasePairs.insert(phraseHash(scanned.tokens[0].hash, scanned.tokens[1].hash), 0);
        const std::uint64_t first = scanned.tokens.front().hash;
        const std::uint32_t longest = m_phraseStarts.find(first);
        if (longest == HashIndex::npos || longest < entry.tokens)
            m_phraseStarts.insert(first, entry.tokens);
    }
    m_entries.push_back(std::move(entry));
    return true;
}

const LexiconEntry *Lexicon::matchWord(const ScannedText &text, const Token &token) const
{
    std::uint32_t found = m_words.find(token.hash);
    if (found == HashIndex::npos && token.collapsedHash)
        found = m_words.find(token.collapsedHash);
    if (found != HashIndex::npos)
        return &m_entries[found];
    if (token.kind != TokenKind::Word)
        return nullptr;
    const LexiconEntry *stem = matchStem(text, token);
    return stem || m_suffixes.empty() ? stem : matchWithoutSuffix(text, token);
}

// A feeling word with one of the lexicon's endings ("بی‌کیفیت‌ترین", "the most shoddy"): the
// word itself or its longest stem, when that carries a feeling. Found on a miss of the word memo only, so the
// extra probes cost nothing on the words that repeat.
const LexiconEntry *Lexicon::matchWithoutSuffix(const ScannedText &text, const Token &token) const
{
    const std::u16string_view word(text.folded.data() + token.foldedStart, token.foldedLength);
    for (const std::u16string &suffix : m_suffixes) {
        if (word.size() < suffix.size() + 2 || !word.ends_with(suffix))
            continue;
        ScannedText base;
        scanText(QStringView(word.data(), qsizetype(word.size() - suffix.size())), base);
        if (base.tokens.size() != 1)
            continue;
        const LexiconEntry *entry = matchWord(base, base.tokens.front());
        if (entry && entry->role == TermRole::Sentiment)
            return entry;
    }
    return nullptr;
}

const LexiconEntry *Lexicon::matchStem(const ScannedText &text, const Token &token) const
{
    if (m_stemLengths == 0)
        return nullptr;
    const std::size_t length = std::min<std::size_t>(token.foldedLength, 63);
    if (length < m_shortestStem)
        return nullptr;
    // Hashes of every prefix, then the longest stem that matches; most words share no start with any
    // stem and stop after one probe.
    std::uint64_t prefixes[64];
    std::uint64_t h = hashSeed;
    std::size_t hashed = 0;
    for (; hashed < length; ++hashed) {
        h = hashUnit(h, text.folded[token.foldedStart + hashed]);
        prefixes[hashed + 1] = h;
        if (hashed + 1 == m_shortestStem && m_stemStarts.find(h) == HashIndex::npos)
            break;
    }
    // The longest stem among the first `count` prefixes.
    const auto longestStem = [&](std::size_t count) -> const LexiconEntry * {
        for (std::size_t n = count; n >= 2; --n) {
            if (!(m_stemLengths >> n & 1))
                continue;
            const std::uint32_t stem = m_stems.find(prefixes[n]);
            if (stem != HashIndex::npos)
                return &m_entries[stem];
        }
        return nullptr;
    };
    if (hashed == length) {
        if (const LexiconEntry *entry = longestStem(length))
            return entry;
    }
    // A stretched word ("greaaaat", "عااالییی") also tries the stems with its runs collapsed.
    if (!token.collapsedHash)
        return nullptr;
    std::size_t collapsed = 0;
    h = hashSeed;
    char16_t last = 0;
    for (std::size_t k = 0; k < length; ++k) {
        const char16_t unit = text.folded[token.foldedStart + k];
        if (unit == last)
            continue;
        last = unit;
        h = hashUnit(h, unit);
        prefixes[++collapsed] = h;
    }
    return longestStem(collapsed);
}

WordLookup Lexicon::lookup(const ScannedText &text, const Token &token) const
{
    const std::uint32_t longest = m_phraseStarts.find(token.hash);
    const LexiconEntry *entry = matchWord(text, token);
    return {entry ? std::uint16_t(entry - m_entries.data() + 1) : std::uint16_t(0),
            longest == HashIndex::npos ? std::uint8_t(0) : std::uint8_t(longest)};
}

// The longest phrase of at most `longest` tokens starting at token `index`, or no entry.
LexiconMatch Lexicon::matchPhrase(const ScannedText &text, std::size_t index, std::size_t longest) const
{
    const std::size_t available = std::min(longest, text.tokens.size() - index);
    std::uint64_t hashes[8];
    std::uint64_t h = text.tokens[index].hash;
    // Most words that start a phrase ("i", "not") are followed by none of its second words.
    if (available < 2 || m_phrasePairs.find(phraseHash(h, text.tokens[index + 1].hash)) == HashIndex::npos)
        return {};
    std::size_t n = 1;
    for (; n < available; ++n) {
        const Token &next = text.tokens[index + n];
        if (next.kind != TokenKind::Word && next.kind != TokenKind::Number)
            break;
        h = phraseHash(h, next.hash);
        hashes[n] = h;
    }
    for (std::size_t len = n; len >= 2; --len) {
        const std::uint32_t found = m_phrases.find(hashes[len - 1]);
        if (found != HashIndex::npos)
            return {&m_entries[found], int(len)};
    }
    return {};
}

std::size_t Lexicon::memoryBytes() const
{
    return m_entries.capacity() * sizeof(LexiconEntry) + m_words.memoryBytes() + m_stems.memoryBytes() +
           m_stemStarts.memoryBytes() + m_phrases.memoryBytes() + m_phraseStarts.memoryBytes() +
           m_phrasePairs.memoryBytes();
}

} // namespace empathy::emotion
