#include "LinearModel.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define EMPATHY_SSE2 1
#endif

namespace empathy::emotion {

bool LinearModel::load(QStringView text, QString *error)
{
    ModelWeights weights;
    if (!weights.parse(text, error))
        return false;
    if (weights.outputs() > maxOutputs) {
        if (error)
            *error = QStringLiteral("more than %1 outputs").arg(maxOutputs);
        return false;
    }
    build(weights);
    return true;
}

void LinearModel::build(const ModelWeights &weights)
{
    m_hasPolarity = weights.polarity;
    m_emotions = weights.emotions;
    m_outputs = weights.outputs();
    m_blocksPerRow = (std::size_t(m_outputs) + 15) / 16;
    m_bias = weights.bias;
    m_bias.resize(std::size_t(m_outputs), 0.0f);
    m_scale.assign(std::size_t(m_outputs), 1.0f);
    for (int o = 0; o < m_outputs; ++o) {
        float largest = 0.0f;
        for (std::size_t r = 0; r < weights.keys.size(); ++r)
            largest = std::max(largest, std::abs(weights.row(r)[std::size_t(o)]));
        if (largest > 0.0f)
            m_scale[std::size_t(o)] = largest / 127.0f;
    }
    m_blocks.assign(std::max<std::size_t>(weights.keys.size() * m_blocksPerRow, 1), Block{});
    m_index = HashIndex();
    for (std::size_t r = 0; r < weights.keys.size(); ++r) {
        m_index.insert(weights.keys[r], std::uint32_t(r));
        std::int8_t *out = m_blocks[r * m_blocksPerRow].w;
        for (int o = 0; o < m_outputs; ++o) {
            const long q = std::lround(weights.row(r)[std::size_t(o)] / m_scale[std::size_t(o)]);
            out[o] = std::int8_t(std::clamp(q, -127l, 127l));
        }
    }
}

void LinearModel::addRows(const Row *rows, std::size_t count, std::int32_t *sum) const
{
    assert(count <= scoreBatch);
#ifdef EMPATHY_SSE2
    // Sixteen weights at a time: summed in 16 bits over the batch (it cannot overflow), then widened.
    const auto widenLow = [](__m128i x) { return _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16); };
    const auto widenHigh = [](__m128i x) { return _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16); };
    for (std::size_t block = 0; block < m_blocksPerRow; ++block) {
        __m128i low = _mm_setzero_si128();
        __m128i high = _mm_setzero_si128();
        for (std::size_t k = 0; k < count; ++k) {
            const __m128i w = _mm_load_si128(reinterpret_cast<const __m128i *>(rows[k]) + block);
            low = _mm_add_epi16(low, _mm_srai_epi16(_mm_unpacklo_epi8(w, w), 8));
            high = _mm_add_epi16(high, _mm_srai_epi16(_mm_unpackhi_epi8(w, w), 8));
        }
        auto *s = reinterpret_cast<__m128i *>(sum + block * 16);
        _mm_store_si128(s, _mm_add_epi32(_mm_load_si128(s), widenLow(low)));
        _mm_store_si128(s + 1, _mm_add_epi32(_mm_load_si128(s + 1), widenHigh(low)));
        _mm_store_si128(s + 2, _mm_add_epi32(_mm_load_si128(s + 2), widenLow(high)));
        _mm_store_si128(s + 3, _mm_add_epi32(_mm_load_si128(s + 3), widenHigh(high)));
    }
#else
    for (std::size_t k = 0; k < count; ++k) {
        for (std::size_t i = 0; i < m_blocksPerRow * 16; ++i)
            sum[i] += rows[k][i];
    }
#endif
}

void LinearModel::score(std::span<const std::uint64_t> features, float *out, Row *rowOf) const
{
    // The model does not fit the caches: fetch every feature's slot at once, then every row, so the
    // memory waits overlap instead of queueing one after another.
    alignas(64) std::int32_t sum[maxOutputs] = {};
    Row rows[scoreBatch];
    for (std::size_t first = 0; first < features.size(); first += scoreBatch) {
        const std::size_t count = std::min(scoreBatch, features.size() - first);
        for (std::size_t k = 0; k < count; ++k)
            m_index.prefetch(features[first + k]);
        std::size_t found = 0;
        for (std::size_t k = 0; k < count; ++k) {
            const Row w = row(features[first + k]);
            if (rowOf)
                rowOf[first + k] = w;
            __builtin_prefetch(w); // harmless on nullptr; found or not is no branch to guess
            rows[found] = w;
            found += w != nullptr;
        }
        addRows(rows, found, sum);
    }
    for (int i = 0; i < m_outputs; ++i)
        out[i] = float(sum[i]) * m_scale[std::size_t(i)] + m_bias[std::size_t(i)];
}

} // namespace empathy::emotion
