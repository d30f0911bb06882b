#pragma once

#include "featurestore.h"
#include "fellegisuntermodel.h"
#include "matchdecider.h"
#include "matchexplanation.h"
#include "scoredpair.h"

#include <memory>
#include <span>
#include <vector>

namespace cw {

/// Figures of one matching run, for progress notes, benchmarks and the closing report.
struct LinkageStatistics
{
    qsizetype leftCount = 0;
    qsizetype rightCount = 0;
    qint64 candidatePairs = 0; ///< pairs the blocker proposed and the kernel scored
    qint64 keptPairs = 0; ///< pairs at or above the keep threshold
    qint64 blockingKeys = 0;
    qint64 oversizedKeys = 0;
    qint64 emPairs = 0; ///< sampled pairs the model was estimated on (0: fixed model)
    int emIterations = 0;
    bool emConverged = false;
    double normaliseSeconds = 0;
    double indexSeconds = 0;
    double estimateSeconds = 0;
    double scoreSeconds = 0;
    double decideSeconds = 0;
    size_t featureBytes = 0;
    size_t indexBytes = 0;
    MatchDecider::Counts decision;

    /// 1 - candidatePairs / all possible pairs.
    double reductionRatio(bool sameSet) const;
};

/// The result of linking two data sets (or one with itself): the kept pairs with their
/// comparison vectors and probabilities, banded, plus what is needed to explain and re-decide.
///
/// Re-deciding after a threshold change and re-weighting with another model work on the kept
/// pairs without comparing records again. Owns its feature stores (shared with copies).
/// Not thread-safe for writing; const members may be read from several threads.
class Linkage
{
public:
    Linkage(std::shared_ptr<const FeatureStore> left, std::shared_ptr<const FeatureStore> right, bool sameSet,
            FellegiSunterModel model, std::vector<ScoredPair> pairs, LinkageStatistics statistics,
            double keepThreshold, bool oneToOne);

    /// @p pairs may come in any order; they are sorted unless already sorted (MatchDecider::sort).
    /// Bands are set by redecide(); until then every pair has MatchBand::None.

    /// Kept pairs, most probable first, each with its band.
    std::span<const ScoredPair> pairs() const { return m_pairs; }
    const FellegiSunterModel &model() const { return m_model; }
    const LinkageStatistics &statistics() const { return m_statistics; }
    const FeatureStore &left() const { return *m_left; }
    const FeatureStore &right() const { return *m_right; }
    /// True for deduplication: left and right are the same records and left < right in pairs.
    bool isSameSet() const { return m_sameSet; }
    double keepThreshold() const { return m_keepThreshold; }
    double autoThreshold() const { return m_autoThreshold; }
    double reviewThreshold() const { return m_reviewThreshold; }

    /// Bands the kept pairs again for new thresholds; linear in the number of kept pairs.
    /// Thresholds below keepThreshold() behave as keepThreshold(). Records its duration in
    /// statistics().decideSeconds.
    MatchDecider::Counts redecide(double autoThreshold, double reviewThreshold);
    /// Scores the kept pairs under @p model (from their stored comparison vectors), then
    /// re-decides with the current thresholds.
    void reweight(const FellegiSunterModel &model);

    /// The explanation of @p pair; the normalised records, when given, add readable values.
    MatchExplanation explain(const ScoredPair &pair, const NormalisedRecord *left = nullptr,
                             const NormalisedRecord *right = nullptr) const;

private:
    std::shared_ptr<const FeatureStore> m_left;
    std::shared_ptr<const FeatureStore> m_right;
    bool m_sameSet;
    FellegiSunterModel m_model;
    std::vector<ScoredPair> m_pairs;
    LinkageStatistics m_statistics;
    double m_keepThreshold;
    bool m_oneToOne;
    double m_autoThreshold = 1.0;
    double m_reviewThreshold = 1.0;
};

} // namespace cw
