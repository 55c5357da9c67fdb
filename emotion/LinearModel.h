#pragma once

#include "Emotion.h"
#include "HashIndex.h"
#include "ModelWeights.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace empathy::emotion {

// A linear model over hashed features, trained by `empathy-emotion train` (see ModelTrainer and
// ModelWeights for the file), kept for scoring: each output's weights quantised to 8 bits with a scale
// of its own, so that a row of up to 16 outputs is 16 bytes and four share a cache line. Quantising
// moved no eval figure by more than 0.002 (docs/EMOTION.md) and took the engine's memory from 21.0 to
// 17.9 MB: the models are its largest tables.
class LinearModel
{
public:
    static constexpr int polarityClasses = ModelWeights::polarityClasses;
    static constexpr int maxOutputs = 32;

    // Reads a model file (ModelWeights' format).
    bool load(QStringView text, QString *error);

    bool isEmpty() const { return m_outputs == 0; }
    bool hasPolarity() const { return m_hasPolarity; }
    const std::vector<Emotion> &emotions() const { return m_emotions; }
    int outputs() const { return m_outputs; }

    // One feature's quantised weights: read them with weight().
    using Row = const std::int8_t *;
    // Raw scores (before softmax/sigmoid) for the features, into `out` (room for maxOutputs values).
    // With `rows` (room for one per feature), also each feature's row, or nullptr.
    void score(std::span<const std::uint64_t> features, float *out, Row *rows = nullptr) const;
    // The row of one feature, or nullptr when the model does not know it.
    Row row(std::uint64_t feature) const
    {
        // Found or not is a coin toss for the CPU: the answer is worked out with masks rather than a branch.
        const std::uint32_t index = m_index.find(feature);
        const std::uintptr_t found = std::uintptr_t(0) - std::uintptr_t(index != HashIndex::npos);
        const std::size_t at = std::size_t(index & std::uint32_t(found)) * m_blocksPerRow;
        return reinterpret_cast<Row>(reinterpret_cast<std::uintptr_t>(m_blocks[at].w) & found);
    }
    float weight(Row row, int output) const { return float(row[output]) * m_scale[std::size_t(output)]; }

    std::size_t featureCount() const { return m_index.size(); }
    std::size_t memoryBytes() const { return m_blocks.capacity() * sizeof(Block) + m_index.memoryBytes(); }

private:
    // Quantises the weights of a model with at most maxOutputs outputs.
    void build(const ModelWeights &weights);

    struct alignas(16) Block
    {
        std::int8_t w[16];
    };
    // Adds `count` rows (at most scoreBatch) to `sum` (16-byte aligned, m_blocksPerRow × 16 values).
    void addRows(const Row *rows, std::size_t count, std::int32_t *sum) const;
    static constexpr std::size_t scoreBatch = 32; // 32 × 127 still fits a 16-bit sum

    bool m_hasPolarity = false;
    std::vector<Emotion> m_emotions;
    int m_outputs = 0;
    std::size_t m_blocksPerRow = 0;
    std::vector<float> m_bias;
    std::vector<float> m_scale;                          // per output: a weight is its stored value × this
    std::vector<Block> m_blocks = std::vector<Block>(1); // never empty, so that row() need not check
    HashIndex m_index;
};

} // namespace empathy::emotion
