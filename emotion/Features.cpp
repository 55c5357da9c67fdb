#include "Features.h"

#include "TokenHash.h"

namespace empathy::emotion {

namespace {
constexpr std::uint64_t negatedSalt = 0x6E65676174656421ull;
constexpr std::uint64_t bigramSalt = 0x62696772616D2121ull;
constexpr std::uint64_t prefixSalt = 0x7072656669783521ull;
constexpr std::uint64_t sentenceStart = 0x5E5E5E5E5E5E5E5Eull;
constexpr std::uint64_t numberKey = 0x6E756D6265722121ull;
constexpr std::size_t prefixLength = 5;
} // namespace

std::uint64_t unigramFeature(const ScannedText &text, std::size_t index, bool negated)
{
    const Token &t = text.tokens[index];
    const std::uint64_t key =
        t.kind == TokenKind::Number ? numberKey : (t.collapsedHash ? t.collapsedHash : t.hash);
    return negated ? hashCombine(key, negatedSalt) : key;
}

void collectFeatures(const ScannedText &text, std::span<const std::uint8_t> negated,
                     std::vector<std::uint64_t> &out, std::vector<std::int32_t> *unigramAt)
{
    out.clear();
    if (unigramAt)
        unigramAt->assign(text.tokens.size(), -1);
    std::uint64_t previous = sentenceStart;
    for (std::size_t i = 0; i < text.tokens.size(); ++i) {
        const Token &t = text.tokens[i];
        if (t.kind == TokenKind::Break) {
            previous = sentenceStart;
            continue;
        }
        const bool isNegated = i < negated.size() && negated[i];
        const std::uint64_t key = unigramFeature(text, i, isNegated);
        if (unigramAt)
            (*unigramAt)[i] = std::int32_t(out.size());
        out.push_back(key);
        out.push_back(hashCombine(hashCombine(previous, bigramSalt), key));
        previous = key;
        if (t.kind == TokenKind::Word && t.foldedLength > prefixLength + 1) {
            std::uint64_t p = hashSeed;
            for (std::size_t k = 0; k < prefixLength; ++k)
                p = hashUnit(p, text.folded[t.foldedStart + k]);
            p = hashCombine(p, prefixSalt);
            out.push_back(isNegated ? hashCombine(p, negatedSalt) : p);
        }
    }
    out.push_back(previous == sentenceStart ? sentenceStart
                                            : hashCombine(hashCombine(previous, bigramSalt), sentenceStart));
}

} // namespace empathy::emotion
