#include "LinearModel.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define EMPATHY_SSE2 1
#endif

namespace empathy::emotion {

namespace {
const QString polarityNames[LinearModel::polarityClasses] = {
    QStringLiteral("negative"), QStringLiteral("neutral"), QStringLiteral("positive")};
} // namespace

void LinearModel::reset(bool polarity, std::vector<Emotion> emotions)
{
    m_hasPolarity = polarity;
    m_emotions = std::move(emotions);
    m_outputs = (polarity ? polarityClasses : 0) + int(m_emotions.size());
    m_stride = (std::size_t(m_outputs) + 15) & ~std::size_t(15);
    m_bias.assign(std::size_t(m_outputs), 0.0f);
    m_keys.clear();
    m_weights.clear();
    m_index = HashIndex();
}

void LinearModel::addFeature(std::uint64_t feature, std::span<const float> weights)
{
    m_index.insert(feature, std::uint32_t(m_keys.size()));
    m_keys.push_back(feature);
    for (int i = 0; i < m_outputs; ++i)
        m_weights.push_back(
            std::int16_t(std::clamp(std::lround(weights[std::size_t(i)] * weightScale), -32767l, 32767l)));
    m_weights.resize(m_keys.size() * m_stride, 0);
}

bool LinearModel::load(QStringView text, QString *error)
{
    auto fail = [&](int line, const QString &why) {
        if (error)
            *error = QStringLiteral("line %1: %2").arg(line).arg(why);
        return false;
    };
    int lineNumber = 0;
    std::vector<float> row;
    for (QStringView line : text.split(u'\n', Qt::SkipEmptyParts)) {
        ++lineNumber;
        const QList<QStringView> fields = line.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (fields.isEmpty())
            continue;
        if (fields.front() == u"#outputs") {
            bool polarity = fields.size() >= 4 && fields.at(1) == polarityNames[0];
            std::vector<Emotion> emotions;
            for (qsizetype i = polarity ? 4 : 1; i < fields.size(); ++i) {
                const auto emotion = emotionFromName(fields.at(i));
                if (!emotion)
                    return fail(lineNumber, QStringLiteral("unknown output %1").arg(fields.at(i)));
                emotions.push_back(*emotion);
            }
            reset(polarity, std::move(emotions));
            if (m_outputs > maxOutputs)
                return fail(lineNumber, QStringLiteral("more than %1 outputs").arg(maxOutputs));
            continue;
        }
        if (m_outputs == 0)
            return fail(lineNumber, QStringLiteral("#outputs must come first"));
        const bool bias = fields.front() == u"#bias";
        if (!bias && fields.front().startsWith(u'#'))
            continue;
        row.assign(std::size_t(m_outputs), 0.0f);
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const qsizetype colon = fields.at(i).indexOf(u':');
            bool okOutput = false;
            bool okWeight = false;
            const int output = fields.at(i).left(colon).toInt(&okOutput);
            const float weight = float(fields.at(i).mid(colon + 1).toInt(&okWeight)) / weightScale;
            if (colon < 0 || !okOutput || !okWeight || output < 0 || output >= m_outputs)
                return fail(lineNumber, QStringLiteral("bad weight %1").arg(fields.at(i)));
            row[std::size_t(output)] = weight;
        }
        if (bias) {
            m_bias = row;
            continue;
        }
        bool ok = false;
        const std::uint64_t key = fields.front().toULongLong(&ok, 16);
        if (!ok)
            return fail(lineNumber, QStringLiteral("bad feature hash"));
        addFeature(key, row);
    }
    return true;
}

QString LinearModel::save() const
{
    QString out = QStringLiteral("#outputs");
    if (m_hasPolarity) {
        for (const QString &name : polarityNames)
            out += u' ' + name;
    }
    for (Emotion e : m_emotions)
        out += u' ' + emotionName(e);
    // Sparse rows: `output:weight` for the weights that round to something.
    auto appendRow = [&](auto w) {
        for (int i = 0; i < m_outputs; ++i) {
            const int scaled = int(std::lround(float(w(i))));
            if (scaled != 0)
                out += u' ' + QString::number(i) + u':' + QString::number(scaled);
        }
        out += u'\n';
    };
    out += QStringLiteral("\n#bias");
    appendRow([&](int i) { return m_bias[std::size_t(i)] * weightScale; });
    for (std::size_t r = 0; r < m_keys.size(); ++r) {
        out += QString::number(m_keys[r], 16);
        appendRow([&](int i) { return m_weights[r * m_stride + std::size_t(i)]; });
    }
    return out;
}

void LinearModel::addRows(const std::int16_t *const *rows, std::size_t count, std::int32_t *sum) const
{
#ifdef EMPATHY_SSE2
    // Eight weights at a time, widened to 32 bits; every model shipped has 16 outputs or fewer, so one
    // row is two loads into four running sums.
    const auto widenLow = [](__m128i x) { return _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16); };
    const auto widenHigh = [](__m128i x) { return _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16); };
    for (std::size_t base = 0; base < m_stride; base += 16) {
        auto *s = reinterpret_cast<__m128i *>(sum + base);
        __m128i s0 = _mm_load_si128(s), s1 = _mm_load_si128(s + 1), s2 = _mm_load_si128(s + 2),
                s3 = _mm_load_si128(s + 3);
        for (std::size_t k = 0; k < count; ++k) {
            const auto *w = reinterpret_cast<const __m128i *>(rows[k] + base);
            const __m128i a = _mm_loadu_si128(w), b = _mm_loadu_si128(w + 1);
            s0 = _mm_add_epi32(s0, widenLow(a));
            s1 = _mm_add_epi32(s1, widenHigh(a));
            s2 = _mm_add_epi32(s2, widenLow(b));
            s3 = _mm_add_epi32(s3, widenHigh(b));
        }
        _mm_store_si128(s, s0);
        _mm_store_si128(s + 1, s1);
        _mm_store_si128(s + 2, s2);
        _mm_store_si128(s + 3, s3);
    }
#else
    for (std::size_t k = 0; k < count; ++k) {
        for (std::size_t i = 0; i < m_stride; ++i)
            sum[i] += rows[k][i];
    }
#endif
}

void LinearModel::score(std::span<const std::uint64_t> features, float *out, const std::int16_t **rowOf) const
{
    // A big model does not fit the caches: fetch every feature's slot at once, then every row, so the
    // memory waits overlap instead of queueing one after another.
    constexpr std::size_t batch = 32;
    alignas(64) std::int32_t sum[maxOutputs] = {};
    const std::int16_t *rows[batch];
    for (std::size_t first = 0; first < features.size(); first += batch) {
        const std::size_t count = std::min(batch, features.size() - first);
        for (std::size_t k = 0; k < count; ++k)
            m_index.prefetch(features[first + k]);
        std::size_t found = 0;
        for (std::size_t k = 0; k < count; ++k) {
            const std::int16_t *w = weights(features[first + k]);
            if (rowOf)
                rowOf[first + k] = w;
            if (w) {
                __builtin_prefetch(w);
                rows[found++] = w;
            }
        }
        addRows(rows, found, sum);
    }
    for (int i = 0; i < m_outputs; ++i)
        out[i] = float(sum[i]) / weightScale + (m_bias.empty() ? 0.0f : m_bias[std::size_t(i)]);
}

} // namespace empathy::emotion
