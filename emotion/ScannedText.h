#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace empathy::emotion {

enum class TokenKind : std::uint8_t
{
    Word,
    Number,
    Emoji,
    Emoticon,
    Exclamation, // one token per run of '!', count in `length`
    Question,
    Break, // clause punctuation: ends negation scope
};

enum TokenFlag : std::uint8_t
{
    AllCaps = 1,   // every letter upper case, at least two letters
    Stretched = 2, // a letter repeated three times or more ("sooo")
};

struct Token
{
    std::uint32_t start = 0; // in the original text, UTF-16 units
    std::uint32_t length = 0;
    std::uint32_t foldedStart = 0; // in ScannedText::folded
    std::uint16_t foldedLength = 0;
    TokenKind kind = TokenKind::Word;
    std::uint8_t flags = 0;
    std::uint64_t hash = 0;          // of the folded form
    std::uint64_t collapsedHash = 0; // stretched words: runs collapsed to one letter; else 0
};

// Letters that tell languages apart; counted by the scanner for the language identifier.
enum class Cue : int
{
    Latin,
    Cyrillic,
    Arabic,
    OtherScript, // Greek, Hebrew, CJK, Indic, ...
    Polish,      // ą ę ł ń ś ź ż ć
    Romanian,    // ă ș ț ş ţ (â î are shared with French)
    RomanianOrFrench,
    German,      // ä ö ü ß
    French,      // è ê ë ç ù û œ
    Iberian,     // ñ ¿ ¡ ã õ
    CzechSlovak, // ě š č ř ž ů ť ď ň ľ ĺ ŕ
    Turkish,     // ğ ı ş-less: ğ ı İ
    Hungarian,   // ő ű
    Nordic,      // å ø æ
    Ukrainian,   // і ї є ґ ў
    SouthSlavic, // ђ ј љ њ ћ џ ѓ ќ ѕ
    RussianOnly, // ы э ё (ъ is common in Bulgarian)
    Persian,     // پ چ ژ گ and the Persian forms of kaf and yeh
    ArabicOnly,  // ة ى أ إ ؤ and the Arabic forms of kaf and yeh
    Urdu,        // ٹ ڈ ڑ ں ے ھ
};
inline constexpr int cueCount = 20;

// A message cut into tokens, each with the hash of its folded form and its place in the original text.
struct ScannedText
{
    std::u16string folded; // a buffer: only the ranges the tokens name are meaningful
    std::vector<Token> tokens;
    std::array<int, cueCount> cues{};
    int letters = 0;
    int upperLetters = 0;
    int exclamations = 0; // '!' marks, at most three counted per run
    int questions = 0;    // units of the runs of '?' (with any '!' among them)

    int cue(Cue c) const { return cues[std::size_t(c)]; }
    void clear()
    {
        tokens.clear();
        cues.fill(0);
        letters = 0;
        upperLetters = 0;
        exclamations = 0;
        questions = 0;
    }
};

} // namespace empathy::emotion
