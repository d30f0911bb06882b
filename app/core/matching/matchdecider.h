#pragma once

#include "scoredpair.h"

#include <span>
#include <vector>

namespace cw {

/// Puts scored pairs into bands by two probability thresholds.
///
/// A pair at or above the auto threshold links automatically, unless (one-to-one mode) one of its
/// records already has an automatic link to a more probable partner: then it goes to review,
/// because a customer appears at most once per system. Pairs at or above the review threshold go
/// to review; the rest get no band. Pairs are visited in decreasing probability (greedy
/// assignment), ties broken by record indices, so the result does not depend on input order.
/// Thread affinity: none; the functions work on the caller's data.
class MatchDecider
{
public:
    struct Counts
    {
        qsizetype autoLinks = 0;
        qsizetype review = 0;
        qsizetype demoted = 0; ///< above the auto threshold but sent to review by one-to-one
    };

    /// Orders @p pairs as decide() expects: match weight (equivalently probability) descending,
    /// then left, then right.
    static void sort(std::vector<ScoredPair> *pairs);
    static bool isSorted(std::span<const ScoredPair> pairs);

    /// Sets the band of every pair in @p sortedPairs. @p leftCount / @p rightCount bound the
    /// record indices. Runs in linear time: re-deciding after a threshold change is cheap.
    static Counts decide(std::span<ScoredPair> sortedPairs, qsizetype leftCount, qsizetype rightCount,
                         double autoThreshold, double reviewThreshold, bool oneToOne = true);
};

} // namespace cw
