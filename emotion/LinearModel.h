#pragma once

#include "Emotion.h"
#include "HashIndex.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace empathy::emotion {

// A linear model over hashed features, trained by `empathy-emotion train` (see ModelTrainer).
// Outputs: optionally the polarity classes negative/neutral/positive (softmax), then one
// one-vs-rest score per emotion (sigmoid).
//
// File format (text): `#outputs negative neutral positive anger ...`, then `#bias` and one feature a
// line, `<hash in hex>` followed by `output:weight` pairs (weights × 1000, zeros left out). The hashes
// are of folded words (TokenHash.h), so the file holds no text from the data it was trained on.
class LinearModel
{
public:
    static constexpr int polarityClasses = 3;

    bool load(QStringView text, QString *error);
    QString save() const;

    bool isEmpty() const { return m_outputs == 0; }
    bool hasPolarity() const { return m_hasPolarity; }
    const std::vector<Emotion> &emotions() const { return m_emotions; }
    int outputs() const { return m_outputs; }

    // Raw scores (before softmax/sigmoid) for the features, into `out` (room for maxOutputs values).
    // With `rows` (room for one pointer per feature), also each feature's weights, or nullptr.
    static constexpr int maxOutputs = 32;
    void score(std::span<const std::uint64_t> features, float *out,
               const std::int16_t **rows = nullptr) const;
    // The weights of one feature in thousandths, or nullptr when the model does not know it.
    static constexpr float weightScale = 1000.0f;
    const std::int16_t *weights(std::uint64_t feature) const
    {
        const std::uint32_t row = m_index.find(feature);
        return row == HashIndex::npos ? nullptr : &m_weights[std::size_t(row) * m_stride];
    }
    std::size_t featureCount() const { return m_index.size(); }
    std::size_t memoryBytes() const
    {
        return m_weights.capacity() * sizeof(std::int16_t) + m_keys.capacity() * 8 + m_index.memoryBytes();
    }

    // For the trainer: define the outputs, then add features.
    void reset(bool polarity, std::vector<Emotion> emotions);
    void setBias(std::vector<float> bias) { m_bias = std::move(bias); }
    void addFeature(std::uint64_t feature, std::span<const float> weights);

private:
    // Adds `count` rows of weights to `sum` (m_stride values, 16-byte aligned).
    void addRows(const std::int16_t *const *rows, std::size_t count, std::int32_t *sum) const;

    bool m_hasPolarity = false;
    std::vector<Emotion> m_emotions;
    int m_outputs = 0;
    std::size_t m_stride = 0; // outputs rounded up to 16, so that summing rows vectorises
    std::vector<float> m_bias;
    std::vector<std::uint64_t> m_keys;
    std::vector<std::int16_t> m_weights; // thousandths: a row is 32 bytes, half a cache line
    HashIndex m_index;
};

} // namespace empathy::emotion
