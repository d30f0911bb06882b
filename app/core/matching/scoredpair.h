#pragma once

#include <QtGlobal>

namespace cw {

/// What to do with a candidate pair.
enum class MatchBand : quint8 {
    None, ///< leave unmatched
    Review, ///< a person decides
    Auto, ///< link without review
};

/// A compared pair of records, as kept by the matcher: 20 bytes, so millions fit.
struct ScoredPair
{
    quint32 left = 0; ///< record index in the left (or only) data set
    quint32 right = 0; ///< record index in the right data set
    quint32 pattern = 0; ///< comparison vector (PairComparator)
    float probability = 0; ///< match probability under the model
    /// Match weight (log2 odds) under the model: orders pairs whose probability rounds to 1.
    float weight = 0;
    MatchBand band = MatchBand::None;
};

} // namespace cw
