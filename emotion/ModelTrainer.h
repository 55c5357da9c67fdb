#pragma once

#include "ModelWeights.h"

#include <cstdint>
#include <vector>

namespace empathy::emotion {

struct TrainingExample
{
    std::vector<std::uint64_t> features;
    int polarity = -1;             // 0 negative, 1 neutral, 2 positive; -1 when the example has none
    bool hasEmotions = false;      // whether emotionMask is a label (all zero = no emotion)
    std::uint32_t emotionMask = 0; // bit i: the model's i-th emotion is present
};

struct TrainingOptions
{
    int epochs = 8;
    float learningRate = 0.2f;
    float l2 = 2e-6f;
    int minCount = 2;            // features seen fewer times are not given weights
    float keepThreshold = 0.03f; // features whose weights all stay below this are left out of the file
};

// Multinomial logistic regression for polarity and one-vs-rest logistic regression for emotions,
// trained together by AdaGrad over hashed features, with classes weighted so that rare ones count.
// Deterministic: the same examples give the same model.
ModelWeights trainModel(const std::vector<TrainingExample> &examples, bool polarity,
                        std::vector<Emotion> emotions, const TrainingOptions &options = {});

} // namespace empathy::emotion
