#include "HashIndex.h"

namespace empathy::emotion {

void HashIndex::insert(std::uint64_t key, std::uint32_t value)
{
    if ((m_count + 1) * 2 > m_slots.size())
        grow();
    place(key, value);
}

void HashIndex::place(std::uint64_t key, std::uint32_t value)
{
    const auto tag = std::uint32_t(key >> 32);
    for (std::size_t i = std::size_t(key) & m_mask;; i = (i + 1) & m_mask) {
        Slot &slot = m_slots[i];
        if (slot.value == npos) {
            slot = {tag, value};
            m_keys[i] = key;
            ++m_count;
            return;
        }
        if (slot.tag == tag && m_keys[i] == key) {
            slot.value = value;
            return;
        }
    }
}

void HashIndex::grow()
{
    std::vector<Slot> oldSlots = std::move(m_slots);
    std::vector<std::uint64_t> oldKeys = std::move(m_keys);
    const std::size_t size = oldSlots.empty() ? 64 : oldSlots.size() * 2;
    m_slots.assign(size, Slot{});
    m_keys.assign(size, 0);
    m_mask = size - 1;
    m_count = 0;
    for (std::size_t i = 0; i < oldSlots.size(); ++i) {
        if (oldSlots[i].value != npos)
            place(oldKeys[i], oldSlots[i].value);
    }
}

} // namespace empathy::emotion
