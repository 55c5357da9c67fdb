#include "EmotionEngine.h"

#include "Features.h"
#include "TextScanner.h"
#include "TokenHash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <cmath>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initEmotionResources()
{
    Q_INIT_RESOURCE(emotion);
}

namespace empathy::emotion {

namespace {

// How much the lexicon counts against the trained model when a language has both. The models of
// Romanian and Russian were trained on few, short, emotion-labelled tweets, so the hand-written
// lexicon leads there.
float lexiconShare(Language language)
{
    switch (language) {
    case Language::English:
        return 0.45f;
    case Language::Polish:
        return 0.5f;
    case Language::Romanian:
    case Language::Russian:
        return 0.65f;
    default:
        return 1.0f;
    }
}

// How far the model alone is trusted when no lexicon term was found. The Romanian and Russian models
// learned from a few thousand emotion-labelled sentences and say little about other kinds of text; CEDR's
// sentences without emotion are mostly news, so its model reads any chatty Russian text as a little sad.
float modelAloneShare(Language language)
{
    switch (language) {
    case Language::Romanian:
        return 0.35f;
    case Language::Russian:
        return 0.15f;
    default:
        return 0.9f;
    }
}

constexpr float strongLexiconSum = 6.0f;   // a lexicon sum this large earns the full bonus below
constexpr float strongLexiconBonus = 0.6f; // share of the model's weight the lexicon can take over
constexpr float missingSomething = -0.8f;  // a negated verb on its own (Persian): something was missing
constexpr float negationScale = -0.74f;    // as in VADER
constexpr float concededScale = 0.5f;      // a word in a clause opened by "although"
constexpr float capsBoost = 0.733f;        // a word in CAPS in a text that is not all CAPS
constexpr float stretchBoost = 0.3f;       // "sooo good"
constexpr float exclamationBoost = 0.292f;
constexpr float lexiconAlpha = 15.0f; // sum / sqrt(sum² + alpha) maps the lexicon sum into -1..1
// How far the model alone is trusted in a question with no '!' and no feeling word found.
constexpr float plainQuestionTrust = 0.5f;

float sign(float v)
{
    return v < 0 ? -1.0f : 1.0f;
}

bool readFile(const QString &path, QString *text, QCryptographicHash *digest)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    digest->addData(QFileInfo(path).fileName().toUtf8());
    digest->addData(bytes);
    *text = QString::fromUtf8(bytes);
    return true;
}

std::int8_t strongestEmotion(const EmotionScores &scores)
{
    std::int8_t best = -1;
    float bestScore = 0.0f;
    for (int i = 0; i < emotionCount; ++i) {
        if (scores[std::size_t(i)] > bestScore) {
            bestScore = scores[std::size_t(i)];
            best = std::int8_t(i);
        }
    }
    return best;
}

} // namespace

// What both lexicons found for one word in one language. Words repeat (a few hundred make most of
// any text), so a direct-mapped memo per thread answers most lookups with one probe. Slots are 16 bytes
// and a message's slots are fetched together before they are read. 65,536 of them (1 MB): the English
// eval sets alone have 15,700 different words, and with a quarter of the slots a third of those fought
// over a slot and were looked up again every time (the larger table: +2.5 % messages/s).
struct WordMemo
{
    static constexpr std::size_t size = 65536;
    struct Slot
    {
        std::uint64_t key = 0; // 0: empty; keys are odd
        WordLookup own;
        WordLookup common;
    };
    static_assert(sizeof(Slot) == 16);
    std::vector<Slot> table = std::vector<Slot>(size);

    static std::uint64_t keyOf(const Token &token, Language language)
    {
        // A stretched word ("sooo") also tries its collapsed form, and only words try stems: both are
        // part of what the lookup depends on.
        return hashCombine(hashCombine(token.hash, token.collapsedHash),
                           std::uint64_t(language) << 8 | std::uint64_t(token.kind)) |
               1;
    }
    Slot &slotOf(std::uint64_t key) { return table[std::size_t(key >> 20) & (size - 1)]; }
};

// A piece of evidence, and where its emotion comes from: worked out only for the few that are kept.
struct EvidenceCandidate
{
    Evidence evidence;
    const EmotionScores *lexiconEmotions = nullptr; // a lexicon term's, unless it was negated
    LinearModel::Row modelRow = nullptr;            // a word the model weighs heavily
};

// Which pieces of evidence are kept, strongest first (by the size of their valence; of equals, the
// earlier in the text): their indices in `order`, at most maxEvidence; returns how many. Up to sixteen
// pieces, each one's place is the number of pieces ahead of it, counted without a branch: which of two
// is stronger is a coin toss the CPU cannot learn, and a sort guessed wrong at most of its comparisons
// (+2.4 % messages/s). More pieces (rare) are stable-sorted.
constexpr std::size_t rankedWithoutSort = 16;
std::size_t strongestFirst(std::vector<EvidenceCandidate> &evidence, std::vector<std::uint32_t> &order)
{
    const std::size_t n = evidence.size();
    const std::size_t kept = std::min(n, std::size_t(maxEvidence));
    order.resize(std::max(n, std::size_t(maxEvidence) + 1)); // the last slot takes the dropped ones
    auto strength = [](const EvidenceCandidate &c) { return std::abs(c.evidence.valence); };
    if (n > rankedWithoutSort) {
        std::stable_sort(evidence.begin(), evidence.end(),
                         [&](const EvidenceCandidate &a, const EvidenceCandidate &b) {
                             return strength(a) > strength(b);
                         });
        for (std::size_t i = 0; i < kept; ++i)
            order[i] = std::uint32_t(i);
        return kept;
    }
    float strengths[rankedWithoutSort];
    for (std::size_t i = 0; i < n; ++i)
        strengths[i] = strength(evidence[i]);
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t ahead = 0;
        for (std::size_t j = 0; j < n; ++j)
            ahead +=
                std::size_t(strengths[j] > strengths[i]) + std::size_t(j < i && strengths[j] == strengths[i]);
        order[std::min(ahead, std::size_t(maxEvidence))] = std::uint32_t(i);
    }
    return kept;
}

struct EmotionEngine::Scratch
{
    ScannedText text;
    std::uint64_t engine = 0; // the serial of the engine the memos were filled by
    WordMemo memo;
    IdentifierMemo identifierMemo;
    std::vector<std::uint64_t> memoKeys;     // token -> its key in the word memo
    std::vector<const LexiconEntry *> entry; // at the first token of a match
    std::vector<std::uint8_t> covers;        // how many tokens that match covers
    std::vector<std::uint8_t> negated;
    std::ptrdiff_t contrast = -1; // the last "but", or -1
    float contrastWeight = 0.0f;
    bool backwardNegators = false;
    std::vector<std::uint64_t> features;
    std::vector<std::int32_t> unigramAt; // token -> its own feature in `features`
    std::vector<LinearModel::Row> rows;  // feature -> its row in the model, or nullptr
    std::vector<EvidenceCandidate> evidence;
    std::vector<std::uint32_t> order; // of the evidence kept, strongest first

    void reset(std::size_t tokens)
    {
        entry.assign(tokens, nullptr);
        covers.assign(tokens, 0);
        negated.assign(tokens, 0);
        contrast = -1;
        contrastWeight = 0.0f;
        backwardNegators = false;
        evidence.clear();
    }
};

void EmotionEngine::registerBuiltInData()
{
    initEmotionResources();
}

std::unique_ptr<EmotionEngine> EmotionEngine::loadBuiltIn(QString *error, bool withModels)
{
    registerBuiltInData();
    return load(QStringLiteral(":/empathy/emotion"), error, withModels);
}

std::unique_ptr<EmotionEngine> EmotionEngine::load(const QString &directory, QString *error, bool withModels)
{
    static std::atomic<std::uint64_t> serials{0};
    std::unique_ptr<EmotionEngine> engine(new EmotionEngine);
    engine->m_serial = ++serials;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(QByteArray::number(scoringRevision));
    auto loadInto = [&](const QString &name, auto &target, bool required) {
        QString text;
        const QString path = directory + u'/' + name;
        if (!readFile(path, &text, &digest)) {
            if (required && error)
                *error = QStringLiteral("cannot read %1").arg(path);
            return !required;
        }
        QString why;
        if (!target.load(text, &why)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(path, why);
            return false;
        }
        return true;
    };
    if (!loadInto(QStringLiteral("langid.tsv"), engine->m_identifier, true) ||
        !loadInto(QStringLiteral("lexicon_common.tsv"), engine->m_common, true))
        return nullptr;
    LetterTrigrams trigrams;
    if (!loadInto(QStringLiteral("langid_trigrams.txt"), trigrams, false))
        return nullptr;
    engine->m_identifier.setTrigrams(std::move(trigrams));
    for (Language language : supportedLanguages) {
        const QString code = languageCode(language);
        if (!loadInto(QStringLiteral("lexicon_%1.tsv").arg(code), engine->m_lexicons[std::size_t(language)],
                      true))
            return nullptr;
        if (withModels && !loadInto(QStringLiteral("model_%1.txt").arg(code),
                                    engine->m_models[std::size_t(language)], false))
            return nullptr;
    }
    engine->m_fingerprint = QString::fromLatin1(digest.result().toHex().left(16));
    return engine;
}

const Lexicon *EmotionEngine::lexicon(Language language) const
{
    return language == Language::Unknown ? nullptr : &m_lexicons[std::size_t(language)];
}

const LinearModel *EmotionEngine::model(Language language) const
{
    const LinearModel &m = m_models[std::size_t(language)];
    return language == Language::Unknown || m.isEmpty() ? nullptr : &m;
}

std::size_t EmotionEngine::memoryBytes() const
{
    std::size_t total = m_identifier.memoryBytes() + m_common.memoryBytes();
    for (const Lexicon &l : m_lexicons)
        total += l.memoryBytes();
    for (const LinearModel &m : m_models)
        total += m.memoryBytes();
    return total;
}

LanguageGuess EmotionEngine::identifyLanguage(QStringView text) const
{
    Scratch &s = threadScratch();
    scanText(text, s.text);
    return m_identifier.identify(s.text, &s.identifierMemo);
}

void EmotionEngine::markScopes(const ScannedText &text, Language language, Scratch &s) const
{
    const Lexicon *own = lexicon(language);
    WordMemo &memo = s.memo;
    const std::size_t n = text.tokens.size();
    s.reset(n);
    // Every slot is asked for first, so that the cache misses overlap instead of queueing.
    s.memoKeys.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        s.memoKeys[i] = WordMemo::keyOf(text.tokens[i], language);
        __builtin_prefetch(&memo.slotOf(s.memoKeys[i]));
    }
    for (std::size_t i = 0; i < n;) {
        const Token &token = text.tokens[i];
        const std::uint64_t key = s.memoKeys[i];
        WordMemo::Slot &slot = memo.slotOf(key);
        if (slot.key != key) {
            slot.key = key;
            slot.own = own ? own->lookup(text, token) : WordLookup{};
            slot.common = m_common.lookup(text, token);
        }
        LexiconMatch m;
        if (own)
            m = own->match(text, i, slot.own);
        if (!m.entry)
            m = m_common.match(text, i, slot.common);
        s.entry[i] = m.entry;
        s.covers[i] = std::uint8_t(std::max(1, m.tokens));
        i += s.covers[i];
    }
    auto isWordLike = [&](std::size_t j) {
        const TokenKind k = text.tokens[j].kind;
        return k == TokenKind::Word || k == TokenKind::Number || k == TokenKind::Emoji;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const LexiconEntry *e = s.entry[i];
        if (!e)
            continue;
        if (e->role == TermRole::Contrast) {
            s.contrast = std::ptrdiff_t(i);
            s.contrastWeight = e->factor;
        } else if (e->role == TermRole::Negator) {
            int count = 0;
            for (std::size_t j = i + s.covers[i]; j < n && count < 3; ++j) {
                // A second negator takes over: Russian, Polish and Romanian negate twice for emphasis
                // ("ничего не работает", "nic nie działa", "nimic nu merge": nothing works).
                const LexiconEntry *next = s.entry[j];
                if (text.tokens[j].kind == TokenKind::Break ||
                    (next && (next->role == TermRole::Contrast || next->role == TermRole::Concession ||
                              next->role == TermRole::Negator || next->startsWithNegator)))
                    break;
                if (isWordLike(j)) {
                    s.negated[j] = 1;
                    ++count;
                }
            }
        } else if (e->role == TermRole::BackwardNegator) {
            s.backwardNegators = true;
            int count = 0;
            for (std::size_t j = i; j-- > 0 && count < 2;) {
                // "نپخته بود نشد بخورم" ("it was raw, [I] could not eat it"): the negator starts a clause of
                // its own after "بود", and leaves "raw" as it was.
                if (text.tokens[j].kind == TokenKind::Break ||
                    (s.entry[j] && s.entry[j]->role == TermRole::ClauseEnd))
                    break;
                if (isWordLike(j)) {
                    s.negated[j] = 1;
                    ++count;
                }
            }
        }
    }
}

void EmotionEngine::features(QStringView text, Language language, std::vector<std::uint64_t> &out) const
{
    Scratch &s = threadScratch();
    scanText(text, s.text);
    markScopes(s.text, language, s);
    collectFeatures(s.text, s.negated, out);
}

// Too short to tell ("Awful.", "Simply beautiful."): the language whose lexicon knows the most of its
// words, in the order of the Language enum when two know as many; Unknown when none knows any.
Language EmotionEngine::languageByFeelingWords(const ScannedText &text, Scratch &s) const
{
    Language best = Language::Unknown;
    int bestHits = 0;
    for (const Language language :
         {Language::English, Language::Polish, Language::Romanian, Language::Russian, Language::Persian}) {
        const Lexicon *own = lexicon(language);
        markScopes(text, language, s);
        int hits = 0;
        for (std::size_t i = 0; i < text.tokens.size(); ++i) {
            const LexiconEntry *e = s.entry[i];
            hits += e && e->role == TermRole::Sentiment && own->contains(e);
        }
        if (hits > bestHits) {
            bestHits = hits;
            best = language;
        }
    }
    return best;
}

MessageAnalysis EmotionEngine::analyze(QStringView text, Language hint) const
{
    Scratch &s = threadScratch();
    const ScannedText &t = s.text;
    scanText(text, s.text);
    MessageAnalysis result;
    const LanguageGuess guess = m_identifier.identify(t, &s.identifierMemo);
    result.language = guess.language != Language::Unknown ? guess.language : hint;
    result.languageConfidence =
        guess.language != Language::Unknown ? guess.confidence : (hint != Language::Unknown ? 0.3f : 0.0f);
    if (result.language == Language::Unknown && !guess.foreign) {
        result.language = languageByFeelingWords(t, s);
        result.languageConfidence = result.language != Language::Unknown ? 0.2f : 0.0f;
    }
    markScopes(t, result.language, s);

    const std::size_t n = t.tokens.size();
    const bool allCapsText = t.letters >= 4 && t.upperLetters == t.letters;
    const std::ptrdiff_t contrast = s.contrast;
    const float contrastWeight = s.contrastWeight;
    const int exclamations = t.exclamations;
    const int questions = t.questions;
    int emphasised = 0;

    float sum = 0.0f;
    int hits = 0;
    EmotionScores lexEmotions{};
    bool conceded = false; // inside a clause opened by "although" ("deși", "хотя"): the point is elsewhere
    for (std::size_t i = 0; i < n; ++i) {
        const LexiconEntry *e = s.entry[i];
        if (t.tokens[i].kind == TokenKind::Break)
            conceded = false;
        else if (e && e->role == TermRole::Concession)
            conceded = true;
        if (!e || e->role != TermRole::Sentiment)
            continue;
        const Token &token = t.tokens[i];
        float v = e->valence;
        bool emphasis = false;
        if (v != 0.0f) {
            for (std::size_t k = 1; k <= 2 && k <= i; ++k) {
                const std::size_t j = i - k;
                if (t.tokens[j].kind == TokenKind::Break)
                    break;
                if (s.entry[j] && s.entry[j]->role == TermRole::Intensifier) {
                    const float boosted = v + sign(v) * s.entry[j]->factor * (k == 1 ? 1.0f : 0.95f);
                    v = sign(boosted) == sign(v) ? boosted : sign(v) * 0.1f;
                }
            }
            if ((token.flags & AllCaps) && !allCapsText) {
                v += sign(v) * capsBoost;
                emphasis = true;
            }
            if (token.flags & Stretched) {
                v += sign(v) * stretchBoost;
                emphasis = true;
            }
        }
        emphasised += emphasis;
        const bool negated = s.negated[i] != 0;
        if (negated)
            v *= negationScale;
        if (contrast >= 0)
            v *= std::ptrdiff_t(i) < contrast ? 1.0f - contrastWeight : 1.0f + contrastWeight;
        if (conceded)
            v *= concededScale;
        sum += v;
        ++hits;
        const float strength = e->valence != 0.0f ? std::abs(v) / 2.0f : 0.6f;
        // Every emotion is added, those the term does not carry as 0, rather than a branch per emotion
        // the CPU cannot guess. A negator turns the term's emotions off, except a threat to leave.
        const float carried = negated ? 0.0f : strength;
        for (std::size_t k = 0; k < std::size_t(emotionCount); ++k)
            lexEmotions[k] += e->emotions[k] * carried;
        if (negated)
            lexEmotions[std::size_t(Emotion::ChurnRisk)] +=
                e->emotions[std::size_t(Emotion::ChurnRisk)] * strength;
        if (negated && e->valence > 0)
            lexEmotions[std::size_t(Emotion::Disappointment)] += 0.4f * strength;
        const Token &last = t.tokens[i + s.covers[i] - 1];
        s.evidence.push_back({{token.start, last.start + last.length - token.start, v, -1, negated, false},
                              negated ? nullptr : &e->emotions,
                              nullptr});
    }
    // A Persian negated verb that turns no feeling word around states that something was missing or did
    // not happen ("سس نبود", "there was no sauce"; "جواب ندادن", "they did not answer"): a complaint.
    for (std::size_t i = 0; s.backwardNegators && i < n; ++i) {
        const LexiconEntry *e = s.entry[i];
        if (!e || e->role != TermRole::BackwardNegator)
            continue;
        bool turnedSomething = false;
        for (std::size_t j = i; j-- > 0 && i - j <= 2;) {
            if (t.tokens[j].kind == TokenKind::Break ||
                (s.entry[j] && s.entry[j]->role == TermRole::ClauseEnd))
                break;
            turnedSomething = turnedSomething || (s.entry[j] && s.entry[j]->role == TermRole::Sentiment);
        }
        if (turnedSomething)
            continue;
        sum += missingSomething;
        ++hits;
        lexEmotions[std::size_t(Emotion::Frustration)] += 0.3f;
        s.evidence.push_back({{t.tokens[i].start, t.tokens[i].length, missingSomething,
                               std::int8_t(Emotion::Frustration), false, false},
                              nullptr,
                              nullptr});
    }
    if (sum != 0.0f && exclamations > 0)
        sum += sign(sum) * float(std::min(exclamations, 4)) * exclamationBoost;
    if (questions >= 2)
        lexEmotions[std::size_t(Emotion::Confusion)] += 0.3f;
    const float lexValence = sum / std::sqrt(sum * sum + lexiconAlpha);

    for (int k = 0; k < emotionCount; ++k) {
        const float x = lexEmotions[std::size_t(k)];
        result.emotions[std::size_t(k)] = x == 0.0f ? 0.0f : 1.0f - std::exp(-x);
    }

    float valence = lexValence;
    float confidence = std::min(0.35f + 0.15f * float(hits), 0.9f);
    // A question without '!' in which no feeling word is found ("How long does shipping take?") asks rather
    // than complains; the model, trained on reviews and comments, leans its plain words ("shipping") either
    // way.
    const float questionTrust = questions > 0 && exclamations == 0 ? plainQuestionTrust : 1.0f;
    const LinearModel *m = model(result.language);
    if (m) {
        collectFeatures(t, s.negated, s.features, &s.unigramAt);
        s.rows.resize(s.features.size());
        float out[LinearModel::maxOutputs];
        m->score(s.features, out, s.rows.data());
        int first = 0;
        float modelValence = 0.0f;
        float modelNeutral = 0.0f;
        if (m->hasPolarity()) {
            const float top = std::max({out[0], out[1], out[2]});
            const float e0 = std::exp(out[0] - top), e1 = std::exp(out[1] - top), e2 = std::exp(out[2] - top);
            const float total = e0 + e1 + e2;
            // The model's own belief that the text is neutral pulls its valence towards zero.
            modelNeutral = e1 / total;
            modelValence = (e2 - e0) / total * (1.0f - modelNeutral);
            first = LinearModel::polarityClasses;
            // The more the hand-written lexicon found, the more it counts: its customer-service phrases
            // ("I want a refund", "third time") are exactly what the model's training text lacked.
            const float base = lexiconShare(result.language);
            const float share =
                base + (1.0f - base) * strongLexiconBonus * std::min(1.0f, std::abs(sum) / strongLexiconSum);
            valence = hits > 0 ? share * lexValence + (1.0f - share) * modelValence
                               : modelAloneShare(result.language) * modelValence * questionTrust;
            const float modelConfidence = std::max({e0, e1, e2}) / total;
            confidence = hits > 0 ? 0.5f * (confidence + modelConfidence) : modelConfidence * 0.9f;
            if (hits > 0 && std::abs(lexValence) > 0.2f && std::abs(modelValence) > 0.2f &&
                sign(lexValence) != sign(modelValence))
                confidence *= 0.7f;
        }
        // A model emotion is no more likely than the trust in the model alone, and with no feeling word
        // found, than the text carrying any feeling at all: the one-vs-rest scores, trained with rare
        // emotions weighted up, otherwise light up on plain requests ("Where is my order?", "Можно оплатить в
        // рассрочку?"), and the Romanian tweets' model reads a late parcel as joy and sadness at once.
        const float trust = modelAloneShare(result.language);
        const float ceiling = sum != 0.0f ? trust : trust * (1.0f - modelNeutral) * questionTrust;
        for (std::size_t k = 0; k < m->emotions().size(); ++k) {
            const float p = std::min(ceiling, 1.0f / (1.0f + std::exp(-out[first + int(k)])));
            float &slot = result.emotions[std::size_t(m->emotions()[k])];
            slot = std::max(slot, p);
        }
        // Words the model weighs heavily explain the result too, unless a lexicon term already covers them
        // ("линии" inside "вишу на линии").
        std::size_t coveredUntil = 0;
        for (std::size_t i = 0; i < n && m->hasPolarity(); ++i) {
            if (s.entry[i])
                coveredUntil = i + s.covers[i];
            if (t.tokens[i].kind != TokenKind::Word || i < coveredUntil)
                continue;
            const LinearModel::Row w = s.rows[std::size_t(s.unigramAt[i])]; // every word has a unigram
            if (!w)
                continue;
            const float contribution = m->weight(w, 2) - m->weight(w, 0);
            if (std::abs(contribution) < 0.8f)
                continue;
            s.evidence.push_back(
                {{t.tokens[i].start, t.tokens[i].length, contribution, -1, s.negated[i] != 0, true},
                 nullptr,
                 w});
        }
    }

    result.valence = std::clamp(valence, -1.0f, 1.0f);
    result.label = labelOfValence(result.valence);
    const float strongestFeeling = *std::max_element(result.emotions.begin(), result.emotions.end() - 1);
    const float emphasis = 1.0f + 0.15f * float(std::min(exclamations, 3)) +
                           0.2f * float(std::min(emphasised, 2)) + (allCapsText ? 0.3f : 0.0f);
    result.intensity =
        std::clamp(std::max(std::abs(result.valence), strongestFeeling * 0.8f) * emphasis, 0.0f, 1.0f);
    result.confidence = std::clamp(confidence * (0.6f + 0.4f * result.languageConfidence), 0.0f, 1.0f);

    const std::size_t kept = strongestFirst(s.evidence, s.order);
    for (std::size_t r = 0; r < kept; ++r) {
        const EvidenceCandidate &candidate = s.evidence[s.order[r]];
        Evidence evidence = candidate.evidence;
        if (const EmotionScores *emotions = candidate.lexiconEmotions) {
            evidence.emotion = strongestEmotion(*emotions);
        } else if (const LinearModel::Row row = candidate.modelRow) {
            const int first = m->hasPolarity() ? LinearModel::polarityClasses : 0;
            EmotionScores scores{};
            for (std::size_t k = 0; k < m->emotions().size(); ++k)
                scores[std::size_t(m->emotions()[k])] = std::max(0.0f, m->weight(row, first + int(k)) - 0.5f);
            evidence.emotion = strongestEmotion(scores);
        }
        result.evidence.append(evidence);
    }
    return result;
}

EmotionEngine::Scratch &EmotionEngine::threadScratch() const
{
    thread_local Scratch scratch;
    if (scratch.engine != m_serial) {
        std::fill(scratch.memo.table.begin(), scratch.memo.table.end(), WordMemo::Slot{});
        scratch.identifierMemo.clear();
        scratch.engine = m_serial;
    }
    return scratch;
}

} // namespace empathy::emotion
