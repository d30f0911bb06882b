#include "matchdecider.h"

#include <algorithm>

namespace cw {

namespace {

bool before(const ScoredPair &a, const ScoredPair &b)
{
    if (a.weight != b.weight)
        return a.weight > b.weight;
    if (a.left != b.left)
        return a.left < b.left;
    return a.right < b.right;
}

} // namespace

void MatchDecider::sort(std::vector<ScoredPair> *pairs)
{
    std::sort(pairs->begin(), pairs->end(), before);
}

bool MatchDecider::isSorted(std::span<const ScoredPair> pairs)
{
    return std::is_sorted(pairs.begin(), pairs.end(), before);
}

MatchDecider::Counts MatchDecider::decide(std::span<ScoredPair> sortedPairs, qsizetype leftCount,
                                          qsizetype rightCount, double autoThreshold, double reviewThreshold,
                                          bool oneToOne)
{
    Counts counts;
    std::vector<bool> leftLinked(oneToOne ? size_t(leftCount) : 0, false);
    std::vector<bool> rightLinked(oneToOne ? size_t(rightCount) : 0, false);
    const auto autoThresholdF = float(autoThreshold);
    const auto reviewThresholdF = float(reviewThreshold);
    for (ScoredPair &pair : sortedPairs) {
        if (pair.probability >= autoThresholdF) {
            if (!oneToOne || (!leftLinked[pair.left] && !rightLinked[pair.right])) {
                pair.band = MatchBand::Auto;
                ++counts.autoLinks;
                if (oneToOne)
                    leftLinked[pair.left] = rightLinked[pair.right] = true;
                continue;
            }
            ++counts.demoted;
        }
        if (pair.probability >= reviewThresholdF) {
            pair.band = MatchBand::Review;
            ++counts.review;
        } else {
            pair.band = MatchBand::None;
        }
    }
    return counts;
}

} // namespace cw
