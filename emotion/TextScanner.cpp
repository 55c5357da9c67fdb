#include "TextScanner.h"

#include "TokenHash.h"

#include <QChar>
#include <QString>

#include <array>
#include <bit>
#include <span>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define EMPATHY_SSE2 1
#endif

namespace empathy::emotion {

namespace {

using namespace std::string_view_literals; // u"."sv: the length known when compiling, not counted per call

// Lower case without diacritics for U+0000..U+024F, computed once from Qt's Unicode tables.
const std::array<char16_t, 0x250> &latinFold()
{
    static const std::array<char16_t, 0x250> table = [] {
        std::array<char16_t, 0x250> t{};
        for (char16_t c = 0; c < 0x250; ++c) {
            char16_t lower = char16_t(QChar::toLower(char32_t(c)));
            const QString decomposed = QChar(lower).decomposition();
            if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 0x250)
                lower = decomposed.at(0).unicode();
            t[c] = lower;
        }
        t[0x0142] = u'l'; // ł
        t[0x0141] = u'l';
        t[0x0111] = u'd'; // đ
        t[0x00F8] = u'o'; // ø
        t[0x0131] = u'i'; // dotless i
        return t;
    }();
    return table;
}

bool inRange(char32_t c, char32_t first, char32_t last)
{
    return c >= first && c <= last;
}

bool isEmoji(char32_t c)
{
    return inRange(c, 0x1F000, 0x1FAFF) || inRange(c, 0x2600, 0x27BF) || inRange(c, 0x2B00, 0x2BFF) ||
           inRange(c, 0x2300, 0x23FF);
}

bool isEmojiModifier(char32_t c)
{
    return c == 0xFE0F || c == 0xFE0E || inRange(c, 0x1F3FB, 0x1F3FF);
}

bool isJoiner(char32_t c)
{
    return c == 0x200C || c == 0x200D;
}

bool isArabicMark(char32_t c)
{
    return inRange(c, 0x064B, 0x065F) || c == 0x0670 || c == 0x0640; // harakat, superscript alef, tatweel
}

int cueOfLetter(char32_t lower)
{
    switch (lower) {
    case u'ą':
    case u'ę':
    case u'ł':
    case u'ń':
    case u'ś':
    case u'ź':
    case u'ż':
    case u'ć':
        return int(Cue::Polish);
    case u'ă':
    case u'ș':
    case u'ț':
    case u'ş':
    case u'ţ':
        return int(Cue::Romanian);
    case u'â':
    case u'î':
        return int(Cue::RomanianOrFrench);
    case u'ä':
    case u'ö':
    case u'ü':
    case u'ß':
        return int(Cue::German);
    case u'è':
    case u'ê':
    case u'ë':
    case u'ç':
    case u'ù':
    case u'û':
    case u'œ':
        return int(Cue::French);
    case u'ñ':
    case u'ã':
    case u'õ':
        return int(Cue::Iberian);
    case u'ě':
    case u'š':
    case u'č':
    case u'ř':
    case u'ž':
    case u'ů':
    case u'ť':
    case u'ď':
    case u'ň':
    case u'ľ':
    case u'ĺ':
    case u'ŕ':
        return int(Cue::CzechSlovak);
    case u'ğ':
    case u'ı':
        return int(Cue::Turkish);
    case u'ő':
    case u'ű':
        return int(Cue::Hungarian);
    case u'å':
    case u'ø':
    case u'æ':
        return int(Cue::Nordic);
    case u'і':
    case u'ї':
    case u'є':
    case u'ґ':
    case u'ў':
        return int(Cue::Ukrainian);
    case u'ђ':
    case u'ј':
    case u'љ':
    case u'њ':
    case u'ћ':
    case u'џ':
    case u'ѓ':
    case u'ќ':
    case u'ѕ':
        return int(Cue::SouthSlavic);
    case u'ы':
    case u'э':
    case u'ё':
        return int(Cue::RussianOnly);
    case u'\u067E':
    case u'\u0686':
    case u'\u0698':
    case u'\u06AF':
    case u'\u06A9':
    case u'\u06CC':
        return int(Cue::Persian);
    case u'\u0629':
    case u'\u0649':
    case u'\u0623':
    case u'\u0625':
    case u'\u0624':
    case u'\u064A':
    case u'\u0643':
        return int(Cue::ArabicOnly);
    case u'\u0679':
    case u'\u0688':
    case u'\u0691':
    case u'\u06BA':
    case u'\u06D2':
    case u'\u06BE':
        return int(Cue::Urdu);
    default:
        return -1;
    }
}

int scriptOf(char32_t c)
{
    if (c < 0x250 || inRange(c, 0x1E00, 0x1EFF))
        return int(Cue::Latin);
    if (inRange(c, 0x0400, 0x052F))
        return int(Cue::Cyrillic);
    if (inRange(c, 0x0600, 0x06FF) || inRange(c, 0x0750, 0x077F) || inRange(c, 0xFB50, 0xFEFF))
        return int(Cue::Arabic);
    return int(Cue::OtherScript);
}

// The folded form of one letter or digit; 0 when the character disappears (marks).
char16_t foldUnit(char32_t c)
{
    if (c < 0x250)
        return latinFold()[c];
    if (inRange(c, 0x0400, 0x052F)) {
        const char16_t lower = char16_t(QChar::toLower(c));
        return lower == u'ё' ? u'е' : lower;
    }
    if (inRange(c, 0x0600, 0x06FF)) {
        if (isArabicMark(c))
            return 0;
        switch (c) {
        case 0x064A:
        case 0x0649:
            return 0x06CC; // yeh, alef maksura -> Persian yeh
        case 0x0643:
            return 0x06A9; // kaf -> Persian kaf
        case 0x0629:
        case 0x06C0:
            return 0x0647; // teh marbuta, heh with yeh -> heh
        case 0x0622:
        case 0x0623:
        case 0x0625:
        case 0x0671:
            return 0x0627; // alef with madda or hamza -> alef ("آبکی" is often typed "ابکی")
        case 0x0624:
            return 0x0648; // waw with hamza -> waw
        default:
            break;
        }
        if (inRange(c, 0x06F0, 0x06F9))
            return char16_t(u'0' + (c - 0x06F0));
        if (inRange(c, 0x0660, 0x0669))
            return char16_t(u'0' + (c - 0x0660));
        return char16_t(c);
    }
    if (QChar::category(c) == QChar::Mark_NonSpacing || QChar::category(c) == QChar::Mark_SpacingCombining)
        return 0;
    if (c > 0xFFFF)
        return char16_t(0xFFFD);
    if (inRange(c, 0x1E00, 0x1EFF)) {
        const QString decomposed = QChar(char16_t(QChar::toLower(c))).decomposition();
        if (!decomposed.isEmpty())
            return latinFold()[decomposed.at(0).unicode() < 0x250 ? decomposed.at(0).unicode() : 0];
    }
    return char16_t(QChar::toLower(c));
}

struct Emoticon
{
    std::u16string_view text;
    std::u16string_view canonical;
};

constexpr std::array<Emoticon, 30> emoticons{{
    {u":-)", u":)"}, {u":)", u":)"},  {u":]", u":)"},   {u"=)", u":)"},  {u":-(", u":("}, {u":(", u":("},
    {u":[", u":("},  {u"=(", u":("},  {u":'(", u":'("}, {u":-D", u":d"}, {u":D", u":d"},  {u"=D", u":d"},
    {u";-)", u";)"}, {u";)", u";)"},  {u":-P", u":p"},  {u":P", u":p"},  {u":p", u":p"},  {u":-/", u":/"},
    {u":/", u":/"},  {u":\\", u":/"}, {u":-|", u":|"},  {u":|", u":|"},  {u":-O", u":o"}, {u":O", u":o"},
    {u":o", u":o"},  {u":*", u":*"},  {u"</3", u"</3"}, {u"<3", u"<3"},  {u"^_^", u"^^"}, {u"^^", u"^^"},
}};

std::uint64_t hashOf(std::u16string_view s)
{
    std::uint64_t h = hashSeed;
    for (char16_t u : s)
        h = hashUnit(h, u);
    return h;
}

class Scanner
{
public:
    Scanner(QStringView text, ScannedText &out)
        : m_text(reinterpret_cast<const char16_t *>(text.utf16()))
        , m_size(std::uint32_t(text.size()))
        , m_out(out)
    {}

    void run()
    {
        // Folding never writes more units than the text has (emoticons at most 3 for 2+), so the buffer
        // is sized once and written by index.
        if (m_out.folded.size() < std::size_t(m_size) * 2 + 8)
            m_out.folded.resize(std::size_t(m_size) * 2 + 8);
        std::uint32_t i = 0;
        while (i < m_size) {
            if (m_text[i] == u' ') { // the most common character that is no letter: nothing else to check
                endWord(i);
                ++i;
                continue;
            }
            if (!m_inWord &&
                startsLink(i)) { // links and @mentions carry no feeling, and ":/" in them is no emoticon
                while (i < m_size && !QChar::isSpace(m_text[i]))
                    ++i;
                continue;
            }
            char32_t c = m_text[i];
            if (isAsciiAlnum(c)) { // most text: a tight loop over the run of ASCII letters and digits
                i = asciiRun(i);
                continue;
            }
            std::uint32_t width = 1;
            if (QChar::isHighSurrogate(c) && i + 1 < m_size && QChar::isLowSurrogate(m_text[i + 1])) {
                c = QChar::surrogateToUcs4(char16_t(c), m_text[i + 1]);
                width = 2;
            }
            if (isWordChar(c, i)) {
                addToWord(c, i, width);
            } else if (m_inWord && isJoiner(c)) {
                // ZWNJ inside a Persian word keeps the word whole
            } else {
                endWord(i);
                i = punctuation(c, i, width);
                continue;
            }
            i += width;
        }
        endWord(m_size);
    }

private:
    bool startsLink(std::uint32_t i) const
    {
        const std::u16string_view rest(m_text + i, m_size - i);
        if (rest.front() == u'@')
            return rest.size() > 1 && !QChar::isSpace(rest[1]);
        const auto first = char16_t(rest.front() | 0x20); // lower case, for ASCII letters
        if (first != u'h' && first != u'w')               // most words: one test
            return false;
        auto startsWithNoCase = [&](std::u16string_view prefix) {
            if (rest.size() < prefix.size())
                return false;
            for (std::size_t k = 0; k < prefix.size(); ++k) {
                const char16_t u = rest[k];
                if ((u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) != prefix[k])
                    return false;
            }
            return true;
        };
        return startsWithNoCase(u"http://") || startsWithNoCase(u"https://") || startsWithNoCase(u"www.");
    }

    bool isWordChar(char32_t c, std::uint32_t i) const
    {
        if (c < 0x80) {
            if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
                return true;
            // an apostrophe between letters belongs to the word: don't, it's
            return (c == u'\'') && m_inWord && i + 1 < m_size && QChar::isLetter(m_text[i + 1]);
        }
        if (c == 0x2019)
            return m_inWord && i + 1 < m_size && QChar::isLetter(m_text[i + 1]);
        if (isEmoji(c) || isEmojiModifier(c))
            return false;
        return QChar::isLetterOrNumber(c) || (m_inWord && QChar::isMark(c));
    }

    // One table lookup rather than three range tests, which the CPU has to guess between on mixed text.
    static bool isAsciiAlnum(char32_t c) { return c < 0x80 && asciiAlnum[c]; }
    static constexpr std::array<bool, 0x80> asciiAlnum = [] {
        std::array<bool, 0x80> table{};
        for (char16_t c = 0; c < 0x80; ++c)
            table[c] = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        return table;
    }();

    // The same as addToWord() for each unit of a run of ASCII letters and digits, with the counts kept
    // in registers. Returns where the run ends.
    std::uint32_t asciiRun(std::uint32_t i)
    {
        if (!m_inWord)
            startWord(i);
        // Everything the loop touches is a local, so that the compiler keeps it in registers: the hash
        // especially, whose multiply chain is the loop's critical path.
        const char16_t *const text = m_text;
        const std::uint32_t size = m_size;
        char16_t *const out = m_out.folded.data();
        std::uint32_t folded = m_folded;
        std::uint64_t hash = m_hash;
        char16_t previous = m_previous;
        int run = m_run;
        int letters = 0;
        int upper = 0;
        bool stretched = false;
#ifdef EMPATHY_SSE2
        eightAtATime(i, folded, hash, previous, run, letters, upper);
#endif
        for (; i < size; ++i) {
            const char16_t c = text[i];
            if (!isAsciiAlnum(c))
                break;
            const bool letter = c >= u'A';
            letters += letter;
            upper += char16_t(c - u'A') < 26;
            const auto unit = char16_t(c | 0x20); // lower case; digits already have that bit
            run = unit == previous ? run + 1 : 1;
            previous = unit;
            if (run > 2 && letter) {
                stretched = true;
                continue;
            }
            out[folded++] = unit;
            hash = hashUnit(hash, unit);
        }
        m_hash = hash;
        m_folded = folded;
        m_previous = previous;
        m_run = run;
        if (stretched)
            m_token.flags |= Stretched;
        m_token.length = i - m_token.start;
        m_wordLetters += letters;
        m_wordUpper += upper;
        m_out.letters += letters;
        m_out.upperLetters += upper;
        m_out.cues[std::size_t(Cue::Latin)] += letters;
        m_allDigits = m_allDigits && letters == 0;
        return i;
    }

#ifdef EMPATHY_SSE2
    // asciiRun()'s loop for eight units at a time, while the text has eight more and no unit repeats the
    // two before it (a stretched word, or "000", is left to the loop one unit at a time). Most words
    // end inside their first eight units.
    void eightAtATime(std::uint32_t &i, std::uint32_t &folded, std::uint64_t &hash, char16_t &previous,
                      int &run, int &letters, int &upper) const
    {
        const char16_t *const text = m_text;
        char16_t *const out = m_out.folded.data();
        __m128i letterBytes = _mm_setzero_si128(); // two per letter (one per byte), summed by psadbw
        __m128i upperBytes = _mm_setzero_si128();
        const __m128i ones = _mm_set1_epi8(1);
        while (i + 8 <= m_size) {
            const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
            const __m128i unit = _mm_or_si128(c, _mm_set1_epi16(0x20)); // lower case; digits have the bit
            // Signed compares: units from U+8000 up are negative and so neither letters nor digits.
            const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(unit, _mm_set1_epi16(u'a' - 1)),
                                                 _mm_cmplt_epi16(unit, _mm_set1_epi16(u'z' + 1)));
            const __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(c, _mm_set1_epi16(u'0' - 1)),
                                                _mm_cmplt_epi16(c, _mm_set1_epi16(u'9' + 1)));
            // Two mask bits per unit from here on.
            const unsigned alnum = unsigned(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
            const unsigned n = unsigned(std::countr_zero(~alnum)) / 2; // units of the run among these eight
            const unsigned inRun = (1u << (2 * n)) - 1;
            // Each unit against the one before it: a third in a row is a stretched word.
            const __m128i before = _mm_insert_epi16(_mm_slli_si128(unit, 2), previous, 0);
            const unsigned same = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi16(unit, before)));
            const unsigned third = same & (same << 2 | (run >= 2 ? 3u : 0u));
            if (n == 0 || (third & inRun))
                break;
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + folded), unit);
            const __m128i counted = _mm_load_si128(reinterpret_cast<const __m128i *>(firstUnits[n].data()));
            const __m128i isUpper = _mm_and_si128(letter, _mm_cmplt_epi16(c, _mm_set1_epi16(u'Z' + 1)));
            letterBytes =
                _mm_add_epi64(letterBytes, _mm_sad_epu8(_mm_and_si128(_mm_and_si128(letter, counted), ones),
                                                        _mm_setzero_si128()));
            upperBytes =
                _mm_add_epi64(upperBytes, _mm_sad_epu8(_mm_and_si128(_mm_and_si128(isUpper, counted), ones),
                                                       _mm_setzero_si128()));
            for (unsigned k = 0; k < n; ++k)
                hash = hashUnit(hash, char16_t(text[i + k] | 0x20));
            previous = char16_t(text[i + n - 1] | 0x20);
            run = (same >> (2 * n - 1)) & 1 ? 2 : 1;
            i += n;
            folded += n;
            if (n < 8)
                break;
        }
        letters += (_mm_cvtsi128_si32(letterBytes) + _mm_cvtsi128_si32(_mm_srli_si128(letterBytes, 8))) / 2;
        upper += (_mm_cvtsi128_si32(upperBytes) + _mm_cvtsi128_si32(_mm_srli_si128(upperBytes, 8))) / 2;
    }
    // firstUnits[n]: the first n of eight 16-bit lanes set.
    alignas(16) static constexpr std::array<std::array<std::uint16_t, 8>, 9> firstUnits = [] {
        std::array<std::array<std::uint16_t, 8>, 9> t{};
        for (std::size_t n = 0; n <= 8; ++n)
            for (std::size_t k = 0; k < n; ++k)
                t[n][k] = 0xFFFF;
        return t;
    }();
#endif

    void startWord(std::uint32_t i)
    {
        m_inWord = true;
        m_token = Token{};
        m_token.start = i;
        m_token.foldedStart = m_folded;
        m_hash = hashSeed;
        m_previous = 0;
        m_run = 0;
        m_wordLetters = 0;
        m_wordUpper = 0;
        m_allDigits = true;
    }

    void addToWord(char32_t c, std::uint32_t i, std::uint32_t width)
    {
        if (!m_inWord)
            startWord(i);
        if (c < 0x80) { // ASCII: no tables needed
            const bool upper = c >= u'A' && c <= u'Z';
            const bool letter = upper || (c >= u'a' && c <= u'z');
            if (letter) {
                ++m_wordLetters;
                ++m_out.letters;
                ++m_out.cues[std::size_t(Cue::Latin)];
                m_wordUpper += upper;
                m_out.upperLetters += upper;
                m_allDigits = false;
            } else if (c == u'\'') {
                m_allDigits = false;
            }
            appendUnit(upper ? char16_t(c + 32) : char16_t(c), letter, i, width);
            return;
        }
        const bool letter = QChar::isLetter(c);
        if (letter) {
            ++m_wordLetters;
            ++m_out.letters;
            if (QChar::isUpper(c)) {
                ++m_wordUpper;
                ++m_out.upperLetters;
            }
            ++m_out.cues[std::size_t(scriptOf(c))];
            const int cue = cueOfLetter(c < 0x80 ? c : QChar::toLower(c));
            if (cue >= 0)
                ++m_out.cues[std::size_t(cue)];
            m_allDigits = false;
        } else if (!QChar::isDigit(c)) {
            m_allDigits = false;
        }
        appendUnit(c == 0x2019 ? u'\'' : foldUnit(c), letter, i, width);
    }

    void appendUnit(char16_t unit, bool letter, std::uint32_t i, std::uint32_t width)
    {
        m_token.length = i + width - m_token.start;
        if (unit == 0)
            return;
        m_run = unit == m_previous ? m_run + 1 : 1;
        m_previous = unit;
        if (m_run > 2 && letter) {
            m_token.flags |= Stretched;
            return;
        }
        m_out.folded[m_folded++] = unit;
        m_hash = hashUnit(m_hash, unit);
    }

    void endWord(std::uint32_t)
    {
        if (!m_inWord)
            return;
        m_inWord = false;
        m_token.foldedLength = std::uint16_t(std::min<std::size_t>(m_folded - m_token.foldedStart, 0xFFFF));
        if (m_token.foldedLength == 0)
            return;
        m_token.kind = m_allDigits ? TokenKind::Number : TokenKind::Word;
        m_token.hash = m_hash;
        if (m_wordLetters >= 2 && m_wordUpper == m_wordLetters)
            m_token.flags |= AllCaps;
        if (m_token.flags & Stretched) {
            std::uint64_t h = hashSeed;
            char16_t last = 0;
            for (std::size_t k = 0; k < m_token.foldedLength; ++k) {
                const char16_t u = m_out.folded[m_token.foldedStart + k];
                if (u != last)
                    h = hashUnit(h, u);
                last = u;
            }
            m_token.collapsedHash = h;
        }
        m_out.tokens.push_back(m_token);
    }

    void pushSymbol(TokenKind kind, std::uint32_t start, std::uint32_t length, std::u16string_view folded)
    {
        Token t;
        t.kind = kind;
        t.start = start;
        t.length = length;
        t.foldedStart = m_folded;
        t.foldedLength = std::uint16_t(folded.size());
        std::copy(folded.begin(), folded.end(), m_out.folded.begin() + m_folded);
        m_folded += std::uint32_t(folded.size());
        t.hash = hashOf(folded);
        m_out.tokens.push_back(t);
    }

    std::uint32_t runOf(char16_t unit, std::uint32_t i) const
    {
        std::uint32_t end = i;
        while (end < m_size && m_text[end] == unit)
            ++end;
        return end - i;
    }

    // Handles the character at i that is not part of a word; returns where scanning continues.
    std::uint32_t punctuation(char32_t c, std::uint32_t i, std::uint32_t width)
    {
        if (isEmojiModifier(c) || isJoiner(c))
            return i + width;
        if (isEmoji(c)) {
            const char16_t units[2] = {m_text[i], width == 2 ? m_text[i + 1] : char16_t(0)};
            pushSymbol(TokenKind::Emoji, i, width, std::u16string_view(units, width));
            return i + width;
        }
        const std::u16string_view rest(m_text + i, m_size - i);
        const bool mayStartEmoticon = c == u':' || c == u';' || c == u'=' || c == u'<' || c == u'^';
        for (const Emoticon &e :
             mayStartEmoticon ? std::span<const Emoticon>(emoticons) : std::span<const Emoticon>()) {
            if (rest.starts_with(e.text)) {
                pushSymbol(TokenKind::Emoticon, i, std::uint32_t(e.text.size()), e.canonical);
                return i + std::uint32_t(e.text.size());
            }
        }
        switch (c) {
        case u'!': {
            const std::uint32_t n = runOf(u'!', i);
            pushSymbol(TokenKind::Exclamation, i, n, u"!"sv);
            m_out.exclamations += int(std::min<std::uint32_t>(n, 3));
            return i + n;
        }
        case u'?':
        case u'\u061F': { // Arabic question mark
            std::uint32_t n = 1;
            while (i + n < m_size &&
                   (m_text[i + n] == u'?' || m_text[i + n] == u'\u061F' || m_text[i + n] == u'!'))
                ++n;
            pushSymbol(TokenKind::Question, i, n, u"?"sv);
            m_out.questions += int(n);
            return i + n;
        }
        case u'(': {
            const std::uint32_t n = runOf(u'(', i);
            if (n >= 2) { // Russian-style sad face: "(((" after a word
                pushSymbol(TokenKind::Emoticon, i, n, u":("sv);
                return i + n;
            }
            ++m_openParens;
            return i + 1;
        }
        case u')': {
            const std::uint32_t n = runOf(u')', i);
            if (n >= 2 || m_openParens == 0) { // ")))" or a lone ")" that closes nothing: a smile
                pushSymbol(TokenKind::Emoticon, i, n, u":)"sv);
                return i + n;
            }
            --m_openParens;
            return i + 1;
        }
        case u'.':
        case u',':
        case u';':
        case u':':
        case u'\n':
        case u'\u060C': // Arabic comma
        case u'\u061B': // Arabic semicolon
        case u'\u06D4': // Arabic full stop
        case u'\u2026': // ellipsis
            if (m_out.tokens.empty() || m_out.tokens.back().kind != TokenKind::Break)
                pushSymbol(TokenKind::Break, i, 1, u"."sv);
            return i + 1;
        default:
            return i + width;
        }
    }

    const char16_t *m_text;
    std::uint32_t m_size;
    ScannedText &m_out;
    bool m_inWord = false;
    Token m_token;
    std::uint64_t m_hash = hashSeed;
    char16_t m_previous = 0;
    int m_run = 0;
    int m_wordLetters = 0;
    int m_wordUpper = 0;
    bool m_allDigits = true;
    int m_openParens = 0;
    std::uint32_t m_folded = 0; // units written to m_out.folded
};

} // namespace

namespace {

// Persian writes the verb prefixes می / نمی sometimes joined by ZWNJ, sometimes with a space: "نمی ارزه"
// and "نمی‌ارزه" are the same word, so a separated prefix is joined to the word that follows it.
void joinPersianVerbPrefixes(ScannedText &out)
{
    static constexpr std::u16string_view mi = u"\u0645\u06CC";         // می
    static constexpr std::u16string_view nami = u"\u0646\u0645\u06CC"; // نمی
    auto &tokens = out.tokens;
    std::size_t write = 0;
    for (std::size_t read = 0; read < tokens.size(); ++read, ++write) {
        Token t = tokens[read];
        const std::u16string_view folded(out.folded.data() + t.foldedStart, t.foldedLength);
        if ((folded == mi || folded == nami) && read + 1 < tokens.size() &&
            tokens[read + 1].kind == TokenKind::Word &&
            tokens[read + 1].foldedStart == t.foldedStart + t.foldedLength) {
            const Token &next = tokens[++read];
            t.foldedLength = std::uint16_t(t.foldedLength + next.foldedLength);
            t.length = next.start + next.length - t.start;
            t.hash = hashOf(std::u16string_view(out.folded.data() + t.foldedStart, t.foldedLength));
            t.collapsedHash = 0;
        }
        tokens[write] = t;
    }
    tokens.resize(write);
}

} // namespace

void scanText(QStringView text, ScannedText &out)
{
    out.clear();
    Scanner(text, out).run();
    if (out.cues[std::size_t(Cue::Arabic)] > 0)
        joinPersianVerbPrefixes(out);
}

std::u16string foldTerm(QStringView term)
{
    ScannedText scanned;
    scanText(term, scanned);
    std::u16string folded;
    for (const Token &t : scanned.tokens) {
        if (!folded.empty())
            folded.push_back(u' ');
        folded.append(scanned.folded, t.foldedStart, t.foldedLength);
    }
    return folded;
}

} // namespace empathy::emotion
