#include "fellegisuntermodel.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

constexpr int kFields = PairComparator::kFieldCount;
constexpr double kFloor = 1e-9; // keeps every log finite
constexpr double kPseudoCount = 0.5; // smoothing of the observed level frequencies
// EM maximises the posterior under a weak prior worth this many pairs: m leaning to agreement,
// u to disagreement, lambda 0.1. Thousands of pairs outweigh it; a file of three records does
// not, and then the prior keeps the weights sensible instead of letting EM fit noise.
constexpr double kPriorPairs = 10.0;
constexpr double kPriorLambda = 0.1;

MatchField fieldAt(int f)
{
    return MatchField(f);
}

void normalise(std::vector<double> *values, int missing)
{
    double sum = 0;
    for (int l = 0; l < int(values->size()); ++l)
        sum += l == missing ? 0.0 : std::max((*values)[size_t(l)], 0.0);
    for (int l = 0; l < int(values->size()); ++l) {
        double &v = (*values)[size_t(l)];
        v = l == missing ? 0.0 : std::max(sum > 0 ? std::max(v, 0.0) / sum : 0.0, kFloor);
    }
}

double nameAgreement(const std::vector<double> &probabilities)
{
    double a = 0;
    for (int l = 0; l < int(probabilities.size()); ++l)
        a += probabilities[size_t(l)] * PairComparator::agreement(MatchField::Name, l);
    return a;
}

} // namespace

FellegiSunterModel::FellegiSunterModel()
{
    for (int f = 0; f < kFields; ++f) {
        const int levels = PairComparator::levelCount(fieldAt(f));
        const int missing = PairComparator::missingLevel(fieldAt(f));
        m_m[size_t(f)].assign(size_t(levels), 1.0);
        m_u[size_t(f)].assign(size_t(levels), 1.0);
        for (int l = 0; l < levels; ++l)
            m_m[size_t(f)][size_t(l)] = std::exp(5.0 * PairComparator::agreement(fieldAt(f), l));
        normalise(&m_m[size_t(f)], missing);
        normalise(&m_u[size_t(f)], missing);
    }
    updateWeights();
}

void FellegiSunterModel::setLambda(double lambda)
{
    m_lambda = std::clamp(lambda, 1e-9, 1.0 - 1e-9);
    updateWeights();
}

void FellegiSunterModel::setProbabilities(MatchField field, std::vector<double> m, std::vector<double> u)
{
    const size_t levels = size_t(PairComparator::levelCount(field));
    m.resize(levels, 0.0);
    u.resize(levels, 0.0);
    normalise(&m, PairComparator::missingLevel(field));
    normalise(&u, PairComparator::missingLevel(field));
    m_m[size_t(field)] = std::move(m);
    m_u[size_t(field)] = std::move(u);
    updateWeights();
}

double FellegiSunterModel::probabilityOfWeight(double weight)
{
    return 1.0 / (1.0 + std::exp2(-weight));
}

void FellegiSunterModel::updateWeights()
{
    m_lambda = std::clamp(m_lambda, 1e-9, 1.0 - 1e-9);
    m_prior = std::log2(m_lambda / (1.0 - m_lambda));
    for (int f = 0; f < kFields; ++f) {
        const int missing = PairComparator::missingLevel(fieldAt(f));
        auto &w = m_weights[size_t(f)];
        w.assign(m_m[size_t(f)].size(), 0.0);
        for (int l = 0; l < int(w.size()); ++l) {
            if (l != missing)
                w[size_t(l)] = std::log2(m_m[size_t(f)][size_t(l)] / m_u[size_t(f)][size_t(l)]);
        }
        m_best[size_t(f)] = std::max(0.0, *std::max_element(w.begin(), w.end()));
    }
}

FellegiSunterModel::Estimation FellegiSunterModel::estimate(std::span<const PatternCount> counts,
                                                            int maxIterations, double tolerance)
{
    Estimation report;
    std::vector<std::array<quint8, kFields>> levels(counts.size());
    double total = 0;
    for (size_t p = 0; p < counts.size(); ++p) {
        for (int f = 0; f < kFields; ++f)
            levels[p][size_t(f)] = quint8(PairComparator::level(counts[p].pattern, fieldAt(f)));
        total += double(counts[p].count);
        report.pairs += counts[p].count;
    }
    if (total <= 0)
        return report;

    // u starts from what is observed: most blocked pairs are not matches.
    std::array<std::vector<double>, kFields> mPrior;
    std::array<std::vector<double>, kFields> uPrior;
    for (int f = 0; f < kFields; ++f) {
        std::vector<double> observed(m_u[size_t(f)].size(), kPseudoCount);
        for (size_t p = 0; p < counts.size(); ++p)
            observed[levels[p][size_t(f)]] += double(counts[p].count);
        normalise(&observed, PairComparator::missingLevel(fieldAt(f)));
        m_u[size_t(f)] = std::move(observed);
        mPrior[size_t(f)] = FellegiSunterModel().m_m[size_t(f)];
        uPrior[size_t(f)].resize(m_u[size_t(f)].size());
        for (size_t l = 0; l < uPrior[size_t(f)].size(); ++l)
            uPrior[size_t(f)][l] = std::exp(-4.0 * PairComparator::agreement(fieldAt(f), int(l)));
        normalise(&uPrior[size_t(f)], PairComparator::missingLevel(fieldAt(f)));
    }

    std::array<std::vector<double>, kFields> mSum;
    std::array<std::vector<double>, kFields> uSum;
    for (report.iterations = 1; report.iterations <= maxIterations; ++report.iterations) {
        for (int f = 0; f < kFields; ++f) {
            mSum[size_t(f)].resize(mPrior[size_t(f)].size());
            uSum[size_t(f)].resize(uPrior[size_t(f)].size());
            for (size_t l = 0; l < mSum[size_t(f)].size(); ++l) {
                mSum[size_t(f)][l] = kPriorPairs * mPrior[size_t(f)][l];
                uSum[size_t(f)][l] = kPriorPairs * uPrior[size_t(f)][l];
            }
        }
        double matches = 0;
        report.logLikelihood = 0;
        const double logLambda = std::log(m_lambda);
        const double logNotLambda = std::log1p(-m_lambda);
        for (size_t p = 0; p < counts.size(); ++p) {
            double logM = logLambda;
            double logU = logNotLambda;
            for (int f = 0; f < kFields; ++f) {
                const quint8 l = levels[p][size_t(f)];
                if (l == PairComparator::missingLevel(fieldAt(f)))
                    continue;
                logM += std::log(m_m[size_t(f)][l]);
                logU += std::log(m_u[size_t(f)][l]);
            }
            const double top = std::max(logM, logU);
            const double evidence = top + std::log(std::exp(logM - top) + std::exp(logU - top));
            const double g = std::exp(logM - evidence);
            const double c = double(counts[p].count);
            report.logLikelihood += c * evidence;
            matches += c * g;
            for (int f = 0; f < kFields; ++f) {
                const quint8 l = levels[p][size_t(f)];
                mSum[size_t(f)][l] += c * g;
                uSum[size_t(f)][l] += c * (1.0 - g);
            }
        }
        const double lambda = (matches + kPriorPairs * kPriorLambda) / (total + kPriorPairs);
        double change = std::abs(lambda - m_lambda);
        m_lambda = std::clamp(lambda, 1e-9, 1.0 - 1e-9);
        for (int f = 0; f < kFields; ++f) {
            const int missing = PairComparator::missingLevel(fieldAt(f));
            normalise(&mSum[size_t(f)], missing);
            normalise(&uSum[size_t(f)], missing);
            for (size_t l = 0; l < mSum[size_t(f)].size(); ++l) {
                change = std::max(change, std::abs(mSum[size_t(f)][l] - m_m[size_t(f)][l]));
                change = std::max(change, std::abs(uSum[size_t(f)][l] - m_u[size_t(f)][l]));
            }
            m_m[size_t(f)].swap(mSum[size_t(f)]);
            m_u[size_t(f)].swap(uSum[size_t(f)]);
        }
        if (change < tolerance) {
            report.converged = true;
            break;
        }
    }
    report.iterations = std::min(report.iterations, maxIterations);
    // EM is symmetric in its two classes; the match class is the one whose names agree more.
    const size_t name = size_t(MatchField::Name);
    if (nameAgreement(m_m[name]) < nameAgreement(m_u[name])) {
        m_m.swap(m_u);
        m_lambda = 1.0 - m_lambda;
    }
    updateWeights();
    return report;
}

QJsonObject FellegiSunterModel::toJson() const
{
    QJsonObject fields;
    for (int f = 0; f < kFields; ++f) {
        QJsonArray m;
        QJsonArray u;
        for (size_t l = 0; l < m_m[size_t(f)].size(); ++l) {
            m.append(m_m[size_t(f)][l]);
            u.append(m_u[size_t(f)][l]);
        }
        fields.insert(PairComparator::fieldKey(fieldAt(f)),
                      QJsonObject { { QStringLiteral("m"), m }, { QStringLiteral("u"), u } });
    }
    return QJsonObject { { QStringLiteral("lambda"), m_lambda }, { QStringLiteral("fields"), fields } };
}

Result<FellegiSunterModel> FellegiSunterModel::fromJson(const QJsonObject &json)
{
    FellegiSunterModel model;
    const double lambda = json.value(QStringLiteral("lambda")).toDouble(-1);
    if (!(lambda > 0 && lambda < 1))
        return Error(Error::Category::Config, tr("The matching model has no valid match share (lambda)."));
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    for (int f = 0; f < kFields; ++f) {
        const QString key = PairComparator::fieldKey(fieldAt(f));
        const QJsonObject field = fields.value(key).toObject();
        const QJsonArray m = field.value(QStringLiteral("m")).toArray();
        const QJsonArray u = field.value(QStringLiteral("u")).toArray();
        const int levels = PairComparator::levelCount(fieldAt(f));
        if (m.size() != levels || u.size() != levels)
            return Error(Error::Category::Config,
                         tr("The matching model needs %1 levels for the field %2.").arg(levels).arg(key));
        std::vector<double> mv;
        std::vector<double> uv;
        for (int l = 0; l < levels; ++l) {
            mv.push_back(m.at(l).toDouble());
            uv.push_back(u.at(l).toDouble());
        }
        model.setProbabilities(fieldAt(f), std::move(mv), std::move(uv));
    }
    model.setLambda(lambda);
    return model;
}

} // namespace cw
