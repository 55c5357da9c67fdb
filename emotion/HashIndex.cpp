#include "HashIndex.h"

#include <cassert>

namespace empathy::emotion {

void HashIndex::insert(std::uint64_t key, std::uint32_t value)
{
    assert(value != npos);
    if ((m_count + 1) * 2 > m_buckets.size() * slotsPerBucket) // at most half full: buckets rarely overflow
        grow();
    place(key, value);
}

void HashIndex::place(std::uint64_t key, std::uint32_t value)
{
    const auto tag = std::uint32_t(key >> 32);
    for (std::size_t b = std::size_t(key) & m_mask;; b = (b + 1) & m_mask) {
        Bucket &bucket = m_buckets[b];
        for (std::size_t i = 0; i < slotsPerBucket; ++i) {
            std::uint64_t &stored = m_keys[b * slotsPerBucket + i];
            if (bucket.values[i] == npos) {
                bucket.tags[i] = tag;
                bucket.values[i] = value;
                stored = key;
                ++m_count;
                return;
            }
            if (bucket.tags[i] == tag && stored == key) {
                bucket.values[i] = value;
                return;
            }
        }
    }
}

void HashIndex::grow()
{
    std::vector<Bucket> oldBuckets = std::move(m_buckets);
    std::vector<std::uint64_t> oldKeys = std::move(m_keys);
    const std::size_t buckets = oldBuckets.size() * 2;
    m_buckets.assign(buckets, Bucket{});
    m_keys.assign(buckets * slotsPerBucket, 0);
    m_mask = buckets - 1;
    m_count = 0;
    for (std::size_t b = 0; b < oldBuckets.size(); ++b) {
        for (std::size_t i = 0; i < slotsPerBucket; ++i) {
            if (oldBuckets[b].values[i] != npos)
                place(oldKeys[b * slotsPerBucket + i], oldBuckets[b].values[i]);
        }
    }
}

} // namespace empathy::emotion
