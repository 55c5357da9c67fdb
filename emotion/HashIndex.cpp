#include "HashIndex.h"

namespace empathy::emotion {

void HashIndex::insert(std::uint64_t key, std::uint32_t value)
{
    if ((m_count + 1) * 2 > m_slots.size())
        grow();
    for (std::size_t i = std::size_t(key) & m_mask;; i = (i + 1) & m_mask) {
        Slot &slot = m_slots[i];
        if (slot.value == npos) {
            slot = {key, value};
            ++m_count;
            return;
        }
        if (slot.key == key) {
            slot.value = value;
            return;
        }
    }
}

void HashIndex::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    m_mask = m_slots.size() - 1;
    m_count = 0;
    for (const Slot &slot : old) {
        if (slot.value != npos)
            insert(slot.key, slot.value);
    }
}

} // namespace empathy::emotion
