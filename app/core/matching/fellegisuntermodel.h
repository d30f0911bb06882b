#pragma once

#include "domain/result.h"
#include "paircomparator.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>
#include <span>
#include <vector>

namespace cw {

/// A Fellegi-Sunter model over the comparison vectors of PairComparator.
///
/// For every field and level: m = P(level | the records match) and u = P(level | they do not).
/// A pair's match weight is log2(lambda / (1 - lambda)) + sum of log2(m / u) over its fields
/// (missing levels add 0), and its probability of being a match is 1 / (1 + 2^-weight), which
/// makes thresholds such as Settings::autoLinkThreshold() probabilities. lambda is the share of
/// matches among the compared (blocked) pairs.
///
/// estimate() fits m, u and lambda without labels by expectation-maximisation on a histogram of
/// patterns from blocked pairs (conditional independence between fields given the match status;
/// the two name measures share one field so their correlation is modelled, not double counted).
/// A model can also be set by hand and round-trips through JSON (to keep it in settings).
/// A value type; const members are thread-safe.
class FellegiSunterModel
{
    Q_DECLARE_TR_FUNCTIONS(cw::FellegiSunterModel)

public:
    struct PatternCount
    {
        quint32 pattern = 0;
        quint64 count = 0;
    };

    struct Estimation
    {
        int iterations = 0;
        bool converged = false;
        double logLikelihood = 0;
        quint64 pairs = 0;
    };

    /// Starting point for estimate(): m leaning to agreement, u uniform, lambda 0.05.
    FellegiSunterModel();

    double lambda() const { return m_lambda; }
    void setLambda(double lambda);
    double m(MatchField field, int level) const { return m_m[size_t(field)][size_t(level)]; }
    double u(MatchField field, int level) const { return m_u[size_t(field)][size_t(level)]; }
    /// Sets the level probabilities of @p field; each vector has levelCount() entries, the missing
    /// level's entry is ignored, the others are normalised to sum 1.
    void setProbabilities(MatchField field, std::vector<double> m, std::vector<double> u);

    /// log2(m / u) of a level; 0 for the missing level.
    double weight(MatchField field, int level) const { return m_weights[size_t(field)][size_t(level)]; }
    /// The largest weight any level of @p field adds (0 if none is positive: missing adds 0).
    double bestWeight(MatchField field) const { return m_best[size_t(field)]; }
    /// log2(lambda / (1 - lambda)).
    double priorWeight() const { return m_prior; }
    double matchWeight(quint32 pattern) const
    {
        double w = m_prior;
        for (int f = 0; f < PairComparator::kFieldCount; ++f)
            w += m_weights[size_t(f)][size_t(PairComparator::level(pattern, MatchField(f)))];
        return w;
    }
    double probability(quint32 pattern) const { return probabilityOfWeight(matchWeight(pattern)); }
    static double probabilityOfWeight(double weight);

    /// Fits m, u and lambda to @p counts by EM, starting from the current m and lambda; u starts
    /// from the observed level frequencies (most blocked pairs are non-matches). A weak prior
    /// worth ten pairs (m leaning to agreement, u to disagreement, lambda 0.1) keeps tiny inputs
    /// from producing degenerate weights; it is negligible at thousands of pairs.
    Estimation estimate(std::span<const PatternCount> counts, int maxIterations = 500,
                        double tolerance = 1e-6);

    QJsonObject toJson() const;
    static Result<FellegiSunterModel> fromJson(const QJsonObject &json);

private:
    void updateWeights();

    std::array<std::vector<double>, PairComparator::kFieldCount> m_m;
    std::array<std::vector<double>, PairComparator::kFieldCount> m_u;
    std::array<std::vector<double>, PairComparator::kFieldCount> m_weights;
    std::array<double, PairComparator::kFieldCount> m_best {};
    double m_lambda = 0.05;
    double m_prior = 0;
};

} // namespace cw
