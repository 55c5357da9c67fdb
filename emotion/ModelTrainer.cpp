#include "ModelTrainer.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <unordered_map>

namespace empathy::emotion {

ModelWeights trainModel(const std::vector<TrainingExample> &examples, bool polarity,
                        std::vector<Emotion> emotions, const TrainingOptions &options)
{
    ModelWeights model;
    model.polarity = polarity;
    model.emotions = emotions;
    const int outputs = model.outputs();
    const int first = polarity ? ModelWeights::polarityClasses : 0;
    const int emotionOutputs = int(emotions.size());

    std::unordered_map<std::uint64_t, std::uint32_t> counts;
    for (const TrainingExample &e : examples) {
        for (std::uint64_t f : e.features)
            ++counts[f];
    }
    std::unordered_map<std::uint64_t, std::uint32_t> rows;
    std::vector<std::uint64_t> keys;
    for (const auto &[feature, count] : counts) {
        if (int(count) >= options.minCount) {
            rows.emplace(feature, std::uint32_t(keys.size()));
            keys.push_back(feature);
        }
    }
    // Sorted so that the file is the same from run to run.
    std::vector<std::uint32_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });

    // Class weights: each polarity class and each emotion's presence counts as much as its absence.
    std::vector<double> classCount(ModelWeights::polarityClasses, 0.0);
    std::vector<double> emotionPositives(std::size_t(emotionOutputs), 0.0);
    double polarityExamples = 0;
    double emotionExamples = 0;
    for (const TrainingExample &e : examples) {
        if (e.polarity >= 0) {
            classCount[std::size_t(e.polarity)] += 1;
            polarityExamples += 1;
        }
        if (e.hasEmotions) {
            emotionExamples += 1;
            for (int k = 0; k < emotionOutputs; ++k)
                emotionPositives[std::size_t(k)] += (e.emotionMask >> k) & 1;
        }
    }
    std::vector<float> classWeight(ModelWeights::polarityClasses, 1.0f);
    for (int c = 0; c < ModelWeights::polarityClasses; ++c)
        classWeight[std::size_t(c)] =
            classCount[std::size_t(c)] > 0
                ? float(std::min(4.0, polarityExamples /
                                          (ModelWeights::polarityClasses * classCount[std::size_t(c)])))
                : 0.0f;
    std::vector<float> positiveWeight(std::size_t(emotionOutputs), 1.0f);
    for (int k = 0; k < emotionOutputs; ++k) {
        const double pos = emotionPositives[std::size_t(k)];
        positiveWeight[std::size_t(k)] =
            pos > 0 ? float(std::min(8.0, std::sqrt((emotionExamples - pos) / pos))) : 1.0f;
    }

    std::vector<float> w(keys.size() * std::size_t(outputs), 0.0f);
    std::vector<float> g2(w.size(), 1e-3f);
    std::vector<float> bias(std::size_t(outputs), 0.0f);
    std::vector<float> biasG2(std::size_t(outputs), 1e-3f);
    std::vector<std::size_t> shuffled(examples.size());
    std::iota(shuffled.begin(), shuffled.end(), std::size_t(0));
    std::mt19937 random(20261123);
    std::vector<std::uint32_t> active;
    std::vector<float> score(std::size_t(outputs), 0.0f);
    std::vector<float> grad(std::size_t(outputs), 0.0f);

    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        for (std::size_t index : shuffled) {
            const TrainingExample &e = examples[index];
            active.clear();
            for (std::uint64_t f : e.features) {
                const auto it = rows.find(f);
                if (it != rows.end())
                    active.push_back(it->second);
            }
            std::copy(bias.begin(), bias.end(), score.begin());
            for (std::uint32_t r : active) {
                const float *row = &w[std::size_t(r) * std::size_t(outputs)];
                for (int o = 0; o < outputs; ++o)
                    score[std::size_t(o)] += row[o];
            }
            std::fill(grad.begin(), grad.end(), 0.0f);
            if (polarity && e.polarity >= 0) {
                const float top = *std::max_element(score.begin(), score.begin() + first);
                float sum = 0;
                float p[ModelWeights::polarityClasses];
                for (int c = 0; c < first; ++c)
                    sum += p[c] = std::exp(score[std::size_t(c)] - top);
                const float weight = classWeight[std::size_t(e.polarity)];
                for (int c = 0; c < first; ++c)
                    grad[std::size_t(c)] = weight * (p[c] / sum - (c == e.polarity ? 1.0f : 0.0f));
            }
            if (e.hasEmotions) {
                for (int k = 0; k < emotionOutputs; ++k) {
                    const std::size_t o = std::size_t(first + k);
                    const float p = 1.0f / (1.0f + std::exp(-score[o]));
                    const bool present = (e.emotionMask >> k) & 1;
                    grad[o] =
                        (present ? positiveWeight[std::size_t(k)] : 1.0f) * (p - (present ? 1.0f : 0.0f));
                }
            }
            for (int o = 0; o < outputs; ++o) {
                const float gr = grad[std::size_t(o)];
                if (gr == 0.0f)
                    continue;
                biasG2[std::size_t(o)] += gr * gr;
                bias[std::size_t(o)] -= options.learningRate * gr / std::sqrt(biasG2[std::size_t(o)]);
            }
            for (std::uint32_t r : active) {
                float *row = &w[std::size_t(r) * std::size_t(outputs)];
                float *acc = &g2[std::size_t(r) * std::size_t(outputs)];
                for (int o = 0; o < outputs; ++o) {
                    const float gr = grad[std::size_t(o)] + options.l2 * row[o];
                    if (gr == 0.0f)
                        continue;
                    acc[o] += gr * gr;
                    row[o] -= options.learningRate * gr / std::sqrt(acc[o]);
                }
            }
        }
    }

    model.bias = bias;
    for (std::uint32_t r : order) {
        const float *row = &w[std::size_t(r) * std::size_t(outputs)];
        const float largest = std::abs(*std::max_element(
            row, row + outputs, [](float a, float b) { return std::abs(a) < std::abs(b); }));
        if (largest >= options.keepThreshold) {
            model.keys.push_back(keys[r]);
            model.weights.insert(model.weights.end(), row, row + outputs);
        }
    }
    return model;
}

} // namespace empathy::emotion
