#pragma once

#include <QList>

#include <cstdint>

namespace empathy {

// A small, fully specified pseudo-random source (SplitMix64). Unlike std:: distributions its
// sequence is the same on every compiler and platform, so a seed always produces the same demo.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : int(next() % std::uint64_t(bound)); }
    // Uniform in [low, high].
    qint64 between(qint64 low, qint64 high)
    {
        return high <= low ? low : low + qint64(next() % std::uint64_t(high - low + 1));
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return unit() < probability; }

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

private:
    std::uint64_t m_state;
};

} // namespace empathy
