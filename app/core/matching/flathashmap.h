#pragma once

#include <QtGlobal>

#include <bit>
#include <utility>
#include <vector>

namespace cw {

/// Open-addressing hash map from non-zero 64-bit keys (FeatureHash values) to small values.
///
/// Linear probing over one flat array keeps lookups to about one cache miss, which is what the
/// blocking index and the token statistics need at millions of keys; std::unordered_map would
/// allocate a node per key. Key 0 is reserved for empty slots. Not thread-safe for writes;
/// concurrent find() calls on a map nobody writes to are safe.
template<typename V> class FlatHashMap
{
public:
    explicit FlatHashMap(size_t expectedSize = 16) { rehash(capacityFor(expectedSize)); }

    /// The value of @p key, inserted value-initialised if absent. Precondition: key != 0.
    V &operator[](quint64 key)
    {
        if ((m_size + 1) * 10 > m_keys.size() * 7)
            rehash(m_keys.size() * 2);
        size_t slot = key & m_mask;
        while (m_keys[slot] != 0 && m_keys[slot] != key)
            slot = (slot + 1) & m_mask;
        if (m_keys[slot] == 0) {
            m_keys[slot] = key;
            m_values[slot] = V {};
            ++m_size;
        }
        return m_values[slot];
    }

    /// Pointer to the value of @p key, or nullptr.
    const V *find(quint64 key) const
    {
        size_t slot = key & m_mask;
        while (m_keys[slot] != 0) {
            if (m_keys[slot] == key)
                return &m_values[slot];
            slot = (slot + 1) & m_mask;
        }
        return nullptr;
    }
    /// Modifiable value of @p key, or nullptr; never inserts or rehashes, so other threads may
    /// find() other keys meanwhile.
    V *find(quint64 key) { return const_cast<V *>(std::as_const(*this).find(key)); }

    size_t size() const { return m_size; }
    /// Bytes held by the table, for memory reports.
    size_t memoryBytes() const { return m_keys.capacity() * (sizeof(quint64) + sizeof(V)); }

    /// Calls @p f(key, value) for every entry, in slot order.
    template<typename F> void forEach(F &&f) const
    {
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] != 0)
                f(m_keys[i], m_values[i]);
        }
    }

    /// Calls @p f(key, value) for every entry with a modifiable value.
    template<typename F> void forEachValue(F &&f)
    {
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] != 0)
                f(m_keys[i], m_values[i]);
        }
    }

private:
    static size_t capacityFor(size_t n) { return std::bit_ceil(std::max<size_t>(16, n * 10 / 7 + 1)); }

    void rehash(size_t capacity)
    {
        std::vector<quint64> keys(capacity, 0);
        std::vector<V> values(capacity);
        const size_t mask = capacity - 1;
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] == 0)
                continue;
            size_t slot = m_keys[i] & mask;
            while (keys[slot] != 0)
                slot = (slot + 1) & mask;
            keys[slot] = m_keys[i];
            values[slot] = m_values[i];
        }
        m_keys.swap(keys);
        m_values.swap(values);
        m_mask = mask;
    }

    std::vector<quint64> m_keys;
    std::vector<V> m_values;
    size_t m_mask = 0;
    size_t m_size = 0;
};

} // namespace cw
