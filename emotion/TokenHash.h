#pragma once

#include <cstdint>

namespace empathy::emotion {

// FNV-1a over UTF-16 code units. Stable across platforms and builds, because trained model files store
// these hashes instead of the words. Feeding one unit at a time gives the hash of every prefix of a
// word for free, which is how stems ("terribl*") are matched.
inline constexpr std::uint64_t hashSeed = 14695981039346656037ull;

constexpr std::uint64_t hashUnit(std::uint64_t hash, char16_t unit)
{
    return (hash ^ std::uint64_t(unit)) * 1099511628211ull;
}

// Order-dependent combination for n-grams and for marking a feature (negated, prefix, ...).
constexpr std::uint64_t hashCombine(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t h = a * 0x9E3779B97F4A7C15ull ^ (b + 0x7F4A7C159E3779B9ull + (a << 6) + (a >> 2));
    h ^= h >> 29;
    return h * 0xBF58476D1CE4E5B9ull;
}

} // namespace empathy::emotion
