#pragma once

#include "LanguageIdentifier.h"
#include "Lexicon.h"
#include "LinearModel.h"
#include "MessageAnalysis.h"

#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace empathy::emotion {

// The multilingual emotion engine: language, valence, label, confidence, intensity, emotions and the
// evidence behind them, for one message. Immutable once loaded and safe to share between threads.
//
// Scoring: the language's lexicon (with negation, intensifiers, "but", CAPS, "!!!", stretched letters,
// emoji and emoticons) gives a valence the way VADER does; where the project trained a model for the
// language (LinearModel), its polarity and emotion scores are blended in. See docs/EMOTION.md.
class EmotionEngine
{
public:
    // Loads langid.tsv, lexicon_common.tsv, lexicon_<lang>.tsv and, when present, model_<lang>.txt
    // from `directory` (":/empathy/emotion" for the built-in data). `withModels` false loads the
    // lexicons only (the trainer uses that). Returns nullptr and explains in `error` on failure.
    static std::unique_ptr<EmotionEngine> load(const QString &directory, QString *error,
                                               bool withModels = true);
    static std::unique_ptr<EmotionEngine> loadBuiltIn(QString *error, bool withModels = true);
    // Makes the compiled-in data readable under ":/empathy/emotion" (the tone coach's files live there too).
    static void registerBuiltInData();

    // `hint` is used when the text alone does not tell the language (short texts): typically the
    // conversation's language.
    MessageAnalysis analyze(QStringView text, Language hint = Language::Unknown) const;
    LanguageGuess identifyLanguage(QStringView text) const;

    // The model features of a text in a given language, exactly as analyze() computes them.
    void features(QStringView text, Language language, std::vector<std::uint64_t> &out) const;

    // Names what scores this engine gives: a digest of its data files and of scoringRevision. Two engines
    // with the same fingerprint score every text alike; the server re-scores stored messages when it
    // changes (SentimentRescorer).
    const QString &fingerprint() const { return m_fingerprint; }
    // Raised whenever a change to the code changes scores (the data files are in the fingerprint anyway).
    // 2: a second negator ends the first one's reach; 3: a plain question trusts the model alone half as much
    static constexpr int scoringRevision = 3;

    const Lexicon *lexicon(Language language) const;
    const LinearModel *model(Language language) const;
    std::size_t memoryBytes() const;
    const LanguageIdentifier &languageIdentifier() const { return m_identifier; }

private:
    EmotionEngine() = default;
    struct Scratch;
    // Per-thread buffers and word memos: analyze() allocates nothing once warm. The memos are cleared
    // when the thread last worked for another engine.
    Scratch &threadScratch() const;
    void markScopes(const ScannedText &text, Language language, Scratch &scratch) const;
    Language languageByFeelingWords(const ScannedText &text, Scratch &scratch) const;

    std::uint64_t m_serial = 0; // tells this engine's entries in a thread's word memo from another's
    QString m_fingerprint;
    LanguageIdentifier m_identifier;
    Lexicon m_common;
    std::array<Lexicon, 6> m_lexicons;   // indexed by Language
    std::array<LinearModel, 6> m_models; // empty where none was trained
};

} // namespace empathy::emotion
