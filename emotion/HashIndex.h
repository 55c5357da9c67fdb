#pragma once

#include <cstdint>
#include <vector>

namespace empathy::emotion {

// Open-addressing map from a 64-bit token hash to a 32-bit index into the owner's entry array.
// One probe in the common case, no allocation on lookup: the engine's hot path is a few of these per word.
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
            if (slot.key == key)
                return slot.value;
        }
    }
    std::size_t size() const { return m_count; }
    std::size_t memoryBytes() const { return m_slots.capacity() * sizeof(Slot); }

private:
    struct Slot
    {
        std::uint64_t key = 0;
        std::uint32_t value = npos;
    };
    void grow();

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
};

} // namespace empathy::emotion
