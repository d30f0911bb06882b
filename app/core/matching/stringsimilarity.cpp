#include "stringsimilarity.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <bit>

namespace cw {

namespace {
constexpr size_t kMaxLength = 255;
}

namespace {

double jaroFromCounts(size_t matches, size_t transpositions, size_t aSize, size_t bSize)
{
    if (matches == 0)
        return 0.0;
    const double m = double(matches);
    return (m / double(aSize) + m / double(bSize) + (m - double(transpositions) / 2.0) / m) / 3.0;
}

// The textbook algorithm, for strings longer than 64 code units.
double jaroClassic(std::u16string_view a, std::u16string_view b, size_t window)
{
    std::array<bool, kMaxLength> aMatched {};
    std::array<bool, kMaxLength> bMatched {};
    size_t matches = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        const size_t from = i > window ? i - window : 0;
        const size_t to = std::min(b.size(), i + window + 1);
        for (size_t j = from; j < to; ++j) {
            if (!bMatched[j] && a[i] == b[j]) {
                aMatched[i] = bMatched[j] = true;
                ++matches;
                break;
            }
        }
    }
    size_t transpositions = 0;
    for (size_t i = 0, j = 0; i < a.size(); ++i) {
        if (!aMatched[i])
            continue;
        while (!bMatched[j])
            ++j;
        transpositions += a[i] != b[j] ? 1 : 0;
        ++j;
    }
    return jaroFromCounts(matches, transpositions, a.size(), b.size());
}

// The same matching with one bit per position of b: for every character of a, the first free
// position of b in the window holding that character is the lowest set bit of a mask. About five
// times faster on names; this is the comparison kernel's hottest loop.
double jaroBitParallel(std::u16string_view a, std::u16string_view b, size_t window)
{
    // A stack table with only the entries this pair reads cleared: a thread_local one costs a
    // TLS lookup per access in position-independent code.
    std::array<quint64, 128> asciiMasks;
    for (const char16_t c : a) {
        if (c < 128)
            asciiMasks[c] = 0;
    }
    for (const char16_t c : b) {
        if (c < 128)
            asciiMasks[c] = 0;
    }
    const auto maskOf = [&b, &asciiMasks](char16_t c) {
        if (c < 128)
            return asciiMasks[c];
        quint64 mask = 0;
        for (size_t j = 0; j < b.size(); ++j)
            mask |= b[j] == c ? quint64(1) << j : 0;
        return mask;
    };
    for (size_t j = 0; j < b.size(); ++j) {
        if (b[j] < 128)
            asciiMasks[b[j]] |= quint64(1) << j;
    }
    quint64 aMatched = 0;
    quint64 bMatched = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        const size_t from = i > window ? i - window : 0;
        const size_t to = std::min(b.size(), i + window + 1);
        if (from >= to)
            continue;
        const quint64 span = (to - from == 64 ? ~quint64(0) : ((quint64(1) << (to - from)) - 1)) << from;
        const quint64 free = maskOf(a[i]) & span & ~bMatched;
        if (free != 0) {
            bMatched |= free & (~free + 1);
            aMatched |= quint64(1) << i;
        }
    }
    size_t transpositions = 0;
    for (quint64 am = aMatched, bm = bMatched; am != 0; am &= am - 1, bm &= bm - 1)
        transpositions += a[size_t(std::countr_zero(am))] != b[size_t(std::countr_zero(bm))] ? 1 : 0;
    return jaroFromCounts(size_t(std::popcount(aMatched)), transpositions, a.size(), b.size());
}

} // namespace

double StringSimilarity::jaro(std::u16string_view a, std::u16string_view b)
{
    a = a.substr(0, kMaxLength);
    b = b.substr(0, kMaxLength);
    if (a.empty() && b.empty())
        return 1.0;
    if (a.empty() || b.empty())
        return 0.0;
    if (a == b)
        return 1.0;
    if (a.size() > b.size())
        std::swap(a, b);
    const size_t window = b.size() / 2 > 0 ? b.size() / 2 - 1 : 0;
    return b.size() <= 64 ? jaroBitParallel(a, b, window) : jaroClassic(a, b, window);
}

double StringSimilarity::jaroClassicForTesting(std::u16string_view a, std::u16string_view b)
{
    a = a.substr(0, kMaxLength);
    b = b.substr(0, kMaxLength);
    if (a.empty() && b.empty())
        return 1.0;
    if (a.empty() || b.empty())
        return 0.0;
    if (a.size() > b.size())
        std::swap(a, b);
    return jaroClassic(a, b, b.size() / 2 > 0 ? b.size() / 2 - 1 : 0);
}

double StringSimilarity::jaroWinkler(std::u16string_view a, std::u16string_view b)
{
    const double j = jaro(a, b);
    if (j <= 0.7)
        return j;
    size_t prefix = 0;
    const size_t limit = std::min({ size_t(4), a.size(), b.size() });
    while (prefix < limit && a[prefix] == b[prefix])
        ++prefix;
    return j + double(prefix) * 0.1 * (1.0 - j);
}

} // namespace cw
