#pragma once

#include <cstdint>
#include <vector>

namespace empathy::emotion {

// Open-addressing map from a 64-bit token hash to a 32-bit index into the owner's entry array.
// One probe in the common case, no allocation on lookup: the engine's hot path is a few of these per word.
// A slot keeps the upper 32 bits of the hash and the lower bits choose the slot, so slots are 8 bytes
// and a big model's index stays small enough for the CPU caches; two different hashes would have to
// agree in their upper 32 bits and in the slot bits to be confused.
class HashIndex
{
public:
    static constexpr std::uint32_t npos = 0xFFFFFFFFu;

    void insert(std::uint64_t key, std::uint32_t value);
    std::uint32_t find(std::uint64_t key) const
    {
        if (m_slots.empty())
            return npos;
        for (std::size_t i = std::size_t(key) & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.value == npos)
                return npos;
            if (slot.tag == std::uint32_t(key >> 32))
                return slot.value;
        }
    }
    // Asks the CPU to fetch the slot of `key` while other work goes on; a later find() then hits the cache.
    void prefetch(std::uint64_t key) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[std::size_t(key) & m_mask]);
    }
    std::size_t size() const { return m_count; }
    std::size_t memoryBytes() const
    {
        return m_slots.capacity() * sizeof(Slot) + m_keys.capacity() * sizeof(std::uint64_t);
    }

private:
    struct Slot
    {
        std::uint32_t tag = 0;
        std::uint32_t value = npos;
    };
    void grow();
    void place(std::uint64_t key, std::uint32_t value);

    std::vector<Slot> m_slots;
    std::vector<std::uint64_t> m_keys; // for growing: slots keep only part of the hash
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
};

} // namespace empathy::emotion
