#pragma once

#include <string_view>

namespace cw {

/// String similarity measures for the comparison kernel. All are symmetric, return values in
/// [0, 1], allocate nothing and are safe to call from any thread.
class StringSimilarity
{
public:
    /// Jaro similarity. Strings longer than 255 code units are compared on their first 255.
    static double jaro(std::u16string_view a, std::u16string_view b);
    /// Jaro-Winkler: Jaro boosted by up to four common leading characters (scale 0.1), applied
    /// when Jaro exceeds 0.7 as in Winkler's original definition. MARTHA/MARHTA = 0.961,
    /// DWAYNE/DUANE = 0.84, DIXON/DICKSONX = 0.813.
    static double jaroWinkler(std::u16string_view a, std::u16string_view b);
    /// Jaro by the textbook quadratic algorithm; jaro() gives the same values faster. For tests.
    static double jaroClassicForTesting(std::u16string_view a, std::u16string_view b);
};

} // namespace cw
