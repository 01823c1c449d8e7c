#pragma once

#include <QtGlobal>

#include <vector>

namespace tieout {

// Maps packed 64-bit keys to dense indexes 0, 1, 2, … in first-seen order: an open-addressing
// table with linear probing, for grouping hundreds of thousands of rows by an integer key
// without per-entry allocations (QHash allocates a node per key).
class PackedKeyIndex final
{
public:
    explicit PackedKeyIndex(size_t expectedKeys = 1024)
    {
        size_t capacity = 16;
        while (capacity < expectedKeys * 2)
            capacity <<= 1;
        m_slots.assign(capacity, Slot{});
    }

    // The dense index of `key`, inserting it when new.
    quint32 indexOf(quint64 key)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        size_t mask = m_slots.size() - 1;
        for (size_t at = hash(key) & mask;; at = (at + 1) & mask) {
            Slot &slot = m_slots[at];
            if (slot.index == Empty) {
                slot.key = key;
                slot.index = static_cast<quint32>(m_size++);
                return slot.index;
            }
            if (slot.key == key)
                return slot.index;
        }
    }

    size_t size() const { return m_size; }

private:
    static constexpr quint32 Empty = 0xFFFFFFFFu;
    struct Slot
    {
        quint64 key = 0;
        quint32 index = Empty;
    };

    static size_t hash(quint64 key)
    {
        // splitmix64 finalizer: packed keys share high bits, so mix them down.
        key ^= key >> 30;
        key *= 0xbf58476d1ce4e5b9ULL;
        key ^= key >> 27;
        key *= 0x94d049bb133111ebULL;
        key ^= key >> 31;
        return static_cast<size_t>(key);
    }

    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(old.size() * 2, Slot{});
        const size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.index == Empty)
                continue;
            size_t at = hash(slot.key) & mask;
            while (m_slots[at].index != Empty)
                at = (at + 1) & mask;
            m_slots[at] = slot;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

} // namespace tieout
