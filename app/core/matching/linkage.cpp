#include "linkage.h"

#include <QElapsedTimer>

namespace cw {

double LinkageStatistics::reductionRatio(bool sameSet) const
{
    const double all =
        sameSet ? double(leftCount) * double(leftCount - 1) / 2.0 : double(leftCount) * double(rightCount);
    return all > 0 ? 1.0 - double(candidatePairs) / all : 1.0;
}

Linkage::Linkage(std::shared_ptr<const FeatureStore> left, std::shared_ptr<const FeatureStore> right,
                 bool sameSet, FellegiSunterModel model, std::vector<ScoredPair> pairs,
                 LinkageStatistics statistics, double keepThreshold, bool oneToOne)
    : m_left(std::move(left))
    , m_right(std::move(right))
    , m_sameSet(sameSet)
    , m_model(std::move(model))
    , m_pairs(std::move(pairs))
    , m_statistics(statistics)
    , m_keepThreshold(keepThreshold)
    , m_oneToOne(oneToOne)
{
    if (!MatchDecider::isSorted(m_pairs))
        MatchDecider::sort(&m_pairs);
}

MatchDecider::Counts Linkage::redecide(double autoThreshold, double reviewThreshold)
{
    QElapsedTimer timer;
    timer.start();
    m_autoThreshold = autoThreshold;
    m_reviewThreshold = std::min(reviewThreshold, autoThreshold);
    m_statistics.decision = MatchDecider::decide(m_pairs, m_left->size(), m_right->size(), m_autoThreshold,
                                                 m_reviewThreshold, m_oneToOne && !m_sameSet);
    m_statistics.decideSeconds = double(timer.nsecsElapsed()) / 1e9;
    return m_statistics.decision;
}

void Linkage::reweight(const FellegiSunterModel &model)
{
    m_model = model;
    for (ScoredPair &pair : m_pairs) {
        const double weight = m_model.matchWeight(pair.pattern);
        pair.weight = float(weight);
        pair.probability = float(FellegiSunterModel::probabilityOfWeight(weight));
    }
    MatchDecider::sort(&m_pairs);
    redecide(m_autoThreshold, m_reviewThreshold);
}

MatchExplanation Linkage::explain(const ScoredPair &pair, const NormalisedRecord *left,
                                  const NormalisedRecord *right) const
{
    return MatchExplanation::explain(m_model, *m_left, pair.left, *m_right, pair.right, left, right);
}

} // namespace cw
