#include "LetterTrigrams.h"

#include "TextScanner.h"
#include "TokenHash.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace empathy::emotion {

namespace {

// Calls f(hash) for every trigram of "^word$".
template<typename F>
void forEachTrigram(const ScannedText &text, const Token &t, F &&f)
{
    if (t.kind != TokenKind::Word)
        return;
    const char16_t *w = text.folded.data() + t.foldedStart;
    const std::size_t n = t.foldedLength;
    auto at = [&](std::size_t k) -> char16_t { return k == 0 ? u'^' : k == n + 1 ? u'$' : w[k - 1]; };
    for (std::size_t k = 0; k + 2 < n + 2; ++k)
        f(hashUnit(hashUnit(hashUnit(hashSeed, at(k)), at(k + 1)), at(k + 2)));
}

} // namespace

int LetterTrigrams::score(const ScannedText &text, float *perLanguage) const
{
    int count = 0;
    for (const Token &t : text.tokens)
        count += scoreWord(text, t, perLanguage);
    return count;
}

int LetterTrigrams::scoreWord(const ScannedText &text, const Token &word, float *perLanguage) const
{
    const std::size_t languages = std::size_t(m_codes.size());
    float sum[maxLanguages] = {};
    int count = 0;
    forEachTrigram(text, word, [&](std::uint64_t h) {
        ++count;
        const std::uint32_t row = m_index.find(h);
        for (std::size_t l = 0; l < languages; ++l)
            sum[l] += row == HashIndex::npos ? m_floor[l] : m_logp[std::size_t(row) * languages + l];
    });
    for (std::size_t l = 0; l < languages; ++l)
        perLanguage[l] += sum[l];
    return count;
}

void LetterTrigrams::train(const std::vector<Corpus> &corpora, int keepPerLanguage)
{
    m_codes.clear();
    m_floor.clear();
    m_index = HashIndex();
    m_keys.clear();
    m_logp.clear();
    const std::size_t languages = corpora.size();
    std::vector<std::unordered_map<std::uint64_t, double>> counts(languages);
    std::vector<double> totals(languages, 0.0);
    ScannedText scanned;
    for (std::size_t l = 0; l < languages; ++l) {
        m_codes.append(corpora[l].code);
        for (const QString &text : corpora[l].texts) {
            scanText(text, scanned);
            for (const Token &t : scanned.tokens)
                forEachTrigram(scanned, t, [&](std::uint64_t h) {
                    counts[l][h] += 1;
                    totals[l] += 1;
                });
        }
    }
    // The most frequent trigrams of each language, sorted by hash so that the file is stable.
    std::map<std::uint64_t, bool> kept;
    for (std::size_t l = 0; l < languages; ++l) {
        std::vector<std::pair<double, std::uint64_t>> byCount;
        for (const auto &[h, c] : counts[l])
            byCount.push_back({-c, h});
        std::sort(byCount.begin(), byCount.end());
        for (std::size_t i = 0; i < byCount.size() && int(i) < keepPerLanguage; ++i)
            kept[byCount[i].second] = true;
    }
    for (std::size_t l = 0; l < languages; ++l)
        m_floor.push_back(float(std::log(0.5 / std::max(totals[l], 1.0))));
    for (const auto &[h, unused] : kept) {
        m_index.insert(h, std::uint32_t(m_keys.size()));
        m_keys.push_back(h);
        for (std::size_t l = 0; l < languages; ++l) {
            const auto it = counts[l].find(h);
            m_logp.push_back(it == counts[l].end() ? m_floor[l] : float(std::log(it->second / totals[l])));
        }
    }
}

QString LetterTrigrams::save() const
{
    QString out = QStringLiteral("#languages ") + m_codes.join(u' ') + QStringLiteral("\n#floor");
    for (float f : m_floor)
        out += u' ' + QString::number(double(f), 'f', 3);
    out += u'\n';
    const std::size_t languages = std::size_t(m_codes.size());
    for (std::size_t r = 0; r < m_keys.size(); ++r) {
        out += QString::number(m_keys[r], 16);
        for (std::size_t l = 0; l < languages; ++l)
            out += u' ' + QString::number(double(m_logp[r * languages + l]), 'f', 2);
        out += u'\n';
    }
    return out;
}

bool LetterTrigrams::load(QStringView text, QString *error)
{
    int lineNumber = 0;
    for (QStringView line : text.split(u'\n', Qt::SkipEmptyParts)) {
        ++lineNumber;
        const QList<QStringView> fields = line.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (fields.isEmpty())
            continue;
        if (fields.front() == u"#languages") {
            for (qsizetype i = 1; i < fields.size(); ++i)
                m_codes.append(fields.at(i).toString());
            if (std::size_t(m_codes.size()) > maxLanguages) {
                *error = QStringLiteral("line %1: more than %2 languages").arg(lineNumber).arg(maxLanguages);
                return false;
            }
            continue;
        }
        const std::size_t languages = std::size_t(m_codes.size());
        if (fields.size() != qsizetype(languages) + 1) {
            *error = QStringLiteral("line %1: expected %2 values").arg(lineNumber).arg(languages);
            return false;
        }
        std::vector<float> values;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            bool ok = false;
            values.push_back(fields.at(i).toFloat(&ok));
            if (!ok) {
                *error = QStringLiteral("line %1: bad number").arg(lineNumber);
                return false;
            }
        }
        if (fields.front() == u"#floor") {
            m_floor = values;
            continue;
        }
        bool ok = false;
        const std::uint64_t key = fields.front().toULongLong(&ok, 16);
        if (!ok) {
            *error = QStringLiteral("line %1: bad hash").arg(lineNumber);
            return false;
        }
        m_index.insert(key, std::uint32_t(m_keys.size()));
        m_keys.push_back(key);
        m_logp.insert(m_logp.end(), values.begin(), values.end());
    }
    if (m_floor.size() != std::size_t(m_codes.size())) {
        *error = QStringLiteral("missing #languages or #floor");
        return false;
    }
    return true;
}

} // namespace empathy::emotion
