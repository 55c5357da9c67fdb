#pragma once

#include "Emotion.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace empathy::emotion {

// The weights of a linear model over hashed features exactly as a model file holds them: what the
// trainer produces and LinearModel loads. Outputs: optionally the polarity classes negative/neutral/
// positive (softmax), then one one-vs-rest score per emotion (sigmoid).
//
// File format (text): `#outputs negative neutral positive anger ...`, then `#bias` and one feature a
// line, `<hash in hex>` followed by `output:weight` pairs (weights × 1000, zeros left out). The hashes
// are of folded words (TokenHash.h), so the file holds no text from the data it was trained on.
struct ModelWeights
{
    static constexpr int polarityClasses = 3;
    static constexpr float fileScale = 1000.0f; // weights are stored in thousandths

    bool polarity = false;
    std::vector<Emotion> emotions;
    std::vector<float> bias;         // one per output
    std::vector<std::uint64_t> keys; // feature hashes
    std::vector<float> weights;      // outputs() values per key, in the order of `keys`

    int outputs() const { return (polarity ? polarityClasses : 0) + int(emotions.size()); }
    std::span<const float> row(std::size_t feature) const
    {
        return {weights.data() + feature * std::size_t(outputs()), std::size_t(outputs())};
    }

    // Reads a model file; false with a reason (and the line) in `error` when it is malformed.
    bool parse(QStringView text, QString *error);
    QString save() const;
};

} // namespace empathy::emotion
