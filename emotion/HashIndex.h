#pragma once

#include <bit>
#include <cassert>
#include <cstdint>
#include <vector>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

namespace empathy::emotion {

// Map from a 64-bit token hash to a 32-bit value (typically an index into the owner's entry array),
// built once and then only read: the engine's hot path is a few of these lookups per word.
//
// Slots come in buckets of eight, one cache line each: the lower bits of the hash choose the bucket, and a
// slot keeps the upper 32 bits as its tag. A lookup compares the eight tags at once and, unless the bucket
// is full, is done with that one line: whether the key was found is not a branch the CPU has to guess,
// which matters because a model's features are found about as often as not. Two different hashes would
// have to agree in their upper 32 bits and in the bucket bits to be confused.
class HashIndex
{
public:
    static constexpr std::uint32_t npos = 0xFFFFFFFFu;

    // `value` must not be npos.
    void insert(std::uint64_t key, std::uint32_t value);
    std::uint32_t find(std::uint64_t key) const
    {
        assert(!m_buckets.empty()); // only a moved-from index has none
        const auto tag = std::uint32_t(key >> 32);
        for (std::size_t b = std::size_t(key) & m_mask;; b = (b + 1) & m_mask) {
            const Bucket &bucket = m_buckets[b];
            // Slots fill in order and empty ones hold npos, so the first matching slot is the key's, or
            // an empty one (tag 0) and then the key is nowhere.
            const unsigned match = bucket.matching(tag);
            const std::uint32_t value = bucket.values[std::countr_zero(match | 0x100u) & 7];
            // Written with arithmetic rather than || and ?:, which compilers turn into branches.
            if (match | unsigned(bucket.values[slotsPerBucket - 1] == npos)) [[likely]]
                return value | (0u - std::uint32_t(match == 0)); // npos when nothing matched
        }
    }
    // Asks the CPU to fetch the bucket of `key` while other work goes on; a later find() then hits the cache.
    void prefetch(std::uint64_t key) const { __builtin_prefetch(&m_buckets[std::size_t(key) & m_mask]); }
    std::size_t size() const { return m_count; }
    std::size_t memoryBytes() const
    {
        return m_buckets.capacity() * sizeof(Bucket) + m_keys.capacity() * sizeof(std::uint64_t);
    }

private:
    static constexpr std::size_t slotsPerBucket = 8;
    struct alignas(64) Bucket
    {
        std::uint32_t tags[slotsPerBucket] = {};
        std::uint32_t values[slotsPerBucket] = {npos, npos, npos, npos, npos, npos, npos, npos};

        // Bit i: slot i's tag is `tag`.
        unsigned matching(std::uint32_t tag) const
        {
#if defined(__SSE2__) || defined(_M_X64)
            const __m128i wanted = _mm_set1_epi32(int(tag));
            const auto *t = reinterpret_cast<const __m128i *>(tags);
            const int low = _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(_mm_load_si128(t), wanted)));
            const int high =
                _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(_mm_load_si128(t + 1), wanted)));
            return unsigned(low) | unsigned(high) << 4;
#else
            unsigned bits = 0;
            for (std::size_t i = 0; i < slotsPerBucket; ++i)
                bits |= unsigned(tags[i] == tag) << i;
            return bits;
#endif
        }
    };
    void grow();
    void place(std::uint64_t key, std::uint32_t value);

    // Never empty, so that a lookup need not check: an empty index is one empty bucket.
    std::vector<Bucket> m_buckets = std::vector<Bucket>(1);
    std::vector<std::uint64_t> m_keys = std::vector<std::uint64_t>(slotsPerBucket); // per slot, for growing
    std::size_t m_mask = 0;                                                         // buckets - 1
    std::size_t m_count = 0;
};

} // namespace empathy::emotion
