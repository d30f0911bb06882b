#include "stringsimilarity.h"

#include <algorithm>
#include <array>

namespace cw {

namespace {
constexpr size_t kMaxLength = 255;
}

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
    if (matches == 0)
        return 0.0;
    size_t transpositions = 0;
    for (size_t i = 0, j = 0; i < a.size(); ++i) {
        if (!aMatched[i])
            continue;
        while (!bMatched[j])
            ++j;
        transpositions += a[i] != b[j] ? 1 : 0;
        ++j;
    }
    const double m = double(matches);
    return (m / double(a.size()) + m / double(b.size()) + (m - double(transpositions) / 2.0) / m) / 3.0;
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
