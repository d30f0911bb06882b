#pragma once

#include <QStringView>
#include <QtGlobal>

#include <string_view>

namespace cw {

/// Stable 64-bit hashes of normalised field values, used as compact feature and blocking keys.
///
/// The same text gives the same value on every run and platform (no per-process seed), so hashes
/// can be compared across data sets. Zero is never returned: feature stores use 0 for "missing".
/// Collisions are possible in principle (2^-64 per comparison) and harmless in practice.
/// Thread affinity: none, all functions are pure.
class FeatureHash
{
public:
    static quint64 of(QStringView text) { return of(text.utf16(), text.size()); }
    static quint64 of(std::u16string_view text) { return of(text.data(), qsizetype(text.size())); }
    static quint64 of(const char16_t *data, qsizetype size)
    {
        quint64 h = 0x9E3779B97F4A7C15ull ^ quint64(size);
        for (qsizetype i = 0; i < size; ++i)
            h = mix(h ^ data[i]);
        return nonZero(h);
    }
    /// Order-sensitive combination of a tag and up to three values into one key.
    static quint64 combine(quint64 tag, quint64 a, quint64 b = 0, quint64 c = 0)
    {
        return nonZero(mix(mix(mix(tag * 0xD6E8FEB86659FD93ull ^ a) ^ b) ^ c));
    }
    /// SplitMix64 finaliser: a bijective, well-spread mixing of @p x.
    static quint64 mix(quint64 x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9ull;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    }

private:
    static quint64 nonZero(quint64 h) { return h == 0 ? 1 : h; }
};

} // namespace cw
