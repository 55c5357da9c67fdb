#pragma once

#include "HashIndex.h"
#include "ScannedText.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace empathy::emotion {

// Letter-trigram statistics of the Latin-script languages the engine supports, for telling English,
// Polish and Romanian apart in short texts with few common words ("Karygodne zachowanie."). Trained by
// `empathy-emotion train-langid` from licensed sets (see docs/EMOTION.md); stored as hashes and
// log-probabilities, no text.
class LetterTrigrams
{
public:
    struct Corpus
    {
        QString code;
        std::vector<QString> texts;
    };

    static constexpr std::size_t maxLanguages = 4; // en, pl, ro and one to spare

    bool load(QStringView text, QString *error);
    QString save() const;
    // At most maxLanguages corpora.
    void train(const std::vector<Corpus> &corpora, int keepPerLanguage);

    bool isEmpty() const { return m_codes.isEmpty(); }
    const QStringList &codes() const { return m_codes; }
    // Adds the log-probability of the text's word trigrams under each language to `perLanguage`
    // (codes().size() values); returns how many trigrams were scored.
    int score(const ScannedText &text, float *perLanguage) const;
    // The same for one word: its log-probabilities summed first, then added, so that a caller that
    // remembers them per word gets exactly what score() gives.
    int scoreWord(const ScannedText &text, const Token &word, float *perLanguage) const;
    std::size_t memoryBytes() const { return m_index.memoryBytes() + m_logp.capacity() * sizeof(float); }

private:
    QStringList m_codes;
    std::vector<float> m_floor; // log-probability of a trigram a language never showed
    HashIndex m_index;
    std::vector<std::uint64_t> m_keys; // row -> trigram hash
    std::vector<float> m_logp;         // row per trigram, one column per language
};

} // namespace empathy::emotion
