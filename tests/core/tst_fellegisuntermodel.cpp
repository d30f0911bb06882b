#include "matching/fellegisuntermodel.h"
#include "sandbox/demorandom.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace cw;

namespace {

// A model with known parameters: each field's m and u over its non-missing levels.
struct Truth
{
    double lambda = 0.04;
    std::array<std::vector<double>, PairComparator::kFieldCount> m;
    std::array<std::vector<double>, PairComparator::kFieldCount> u;
    std::array<int, PairComparator::kFieldCount> missingPerMille {};
};

std::vector<double> spread(int levels, int missing, double steepness, bool agreeing)
{
    // Geometric over the levels, towards agreement (m) or disagreement (u).
    std::vector<double> p(size_t(levels), 0.0);
    double sum = 0;
    for (int l = 0; l < levels; ++l) {
        if (l == missing)
            continue;
        const int rank = agreeing ? l : (levels - 2 - l);
        p[size_t(l)] = std::pow(steepness, rank);
        sum += p[size_t(l)];
    }
    for (double &v : p)
        v /= sum;
    return p;
}

Truth truth()
{
    Truth t;
    const std::array<double, PairComparator::kFieldCount> steep = { 0.45, 0.3, 0.05, 0.1, 0.08, 0.5, 0.1 };
    const std::array<int, PairComparator::kFieldCount> missing = { 0, 400, 600, 300, 500, 150, 200 };
    for (int f = 0; f < PairComparator::kFieldCount; ++f) {
        const int levels = PairComparator::levelCount(MatchField(f));
        const int miss = PairComparator::missingLevel(MatchField(f));
        t.m[size_t(f)] = spread(levels, miss, steep[size_t(f)], true);
        t.u[size_t(f)] = spread(levels, miss, 0.6, false);
        t.missingPerMille[size_t(f)] = missing[size_t(f)];
    }
    return t;
}

int draw(const std::vector<double> &p, DemoRandom &r)
{
    const double x = double(r.next() >> 11) / double(1ull << 53);
    double acc = 0;
    for (size_t l = 0; l < p.size(); ++l) {
        acc += p[l];
        if (x < acc)
            return int(l);
    }
    return int(p.size()) - 2;
}

std::vector<FellegiSunterModel::PatternCount> sample(const Truth &t, int pairs, quint64 seed)
{
    DemoRandom r(seed);
    QHash<quint32, quint64> counts;
    for (int n = 0; n < pairs; ++n) {
        const bool match = double(r.next() >> 11) / double(1ull << 53) < t.lambda;
        quint32 pattern = 0;
        for (int f = 0; f < PairComparator::kFieldCount; ++f) {
            const auto field = MatchField(f);
            const int level = r.chance(t.missingPerMille[size_t(f)])
                ? PairComparator::missingLevel(field)
                : draw(match ? t.m[size_t(f)] : t.u[size_t(f)], r);
            pattern = PairComparator::withLevel(pattern, field, level);
        }
        ++counts[pattern];
    }
    std::vector<FellegiSunterModel::PatternCount> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.push_back({ it.key(), it.value() });
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.pattern < b.pattern; });
    return out;
}

} // namespace

class TestFellegiSunterModel : public QObject
{
    Q_OBJECT

private slots:
    void emRecoversKnownParameters();
    void emFindsTheMatchClassWhateverTheStart();
    void weightsAndProbability();
    void missingLevelIsNeutral();
    void jsonRoundTrip();
    void jsonRejectsBadModels();
};

void TestFellegiSunterModel::emRecoversKnownParameters()
{
    const Truth t = truth();
    const auto counts = sample(t, 300000, 42);
    FellegiSunterModel model;
    const FellegiSunterModel::Estimation e = model.estimate(counts);
    QVERIFY(e.converged);
    QCOMPARE(e.pairs, quint64(300000));
    QVERIFY2(std::abs(model.lambda() - t.lambda) < 0.003, qPrintable(QString::number(model.lambda())));
    for (int f = 0; f < PairComparator::kFieldCount; ++f) {
        const auto field = MatchField(f);
        for (int l = 0; l < PairComparator::levelCount(field); ++l) {
            if (l == PairComparator::missingLevel(field))
                continue;
            QVERIFY2(std::abs(model.m(field, l) - t.m[size_t(f)][size_t(l)]) < 0.02,
                     qPrintable(QStringLiteral("m %1/%2: %3 vs %4")
                                    .arg(f)
                                    .arg(l)
                                    .arg(model.m(field, l))
                                    .arg(t.m[size_t(f)][size_t(l)])));
            QVERIFY2(std::abs(model.u(field, l) - t.u[size_t(f)][size_t(l)]) < 0.01,
                     qPrintable(QStringLiteral("u %1/%2: %3 vs %4")
                                    .arg(f)
                                    .arg(l)
                                    .arg(model.u(field, l))
                                    .arg(t.u[size_t(f)][size_t(l)])));
        }
    }
}

void TestFellegiSunterModel::emFindsTheMatchClassWhateverTheStart()
{
    const Truth t = truth();
    const auto counts = sample(t, 100000, 7);
    // Start from a model that believes the opposite of the truth: EM must still end with the
    // agreeing class as the matches.
    FellegiSunterModel model;
    for (int f = 0; f < PairComparator::kFieldCount; ++f)
        model.setProbabilities(MatchField(f), t.u[size_t(f)], t.m[size_t(f)]);
    model.setLambda(0.9);
    model.estimate(counts);
    QVERIFY(std::abs(model.lambda() - t.lambda) < 0.005);
    QVERIFY(model.weight(MatchField::Name, 0) > 3.0);
    QVERIFY(model.weight(MatchField::TaxId, 1) < -2.0);
}

void TestFellegiSunterModel::weightsAndProbability()
{
    FellegiSunterModel model;
    model.setProbabilities(MatchField::Phone, { 0.9, 0.05, 0.05, 0 }, { 0.01, 0.01, 0.98, 0 });
    model.setLambda(0.5);
    QVERIFY(std::abs(model.weight(MatchField::Phone, 0) - std::log2(90.0)) < 1e-9);
    QVERIFY(std::abs(model.priorWeight()) < 1e-12);
    QCOMPARE(FellegiSunterModel::probabilityOfWeight(0), 0.5);
    QVERIFY(std::abs(FellegiSunterModel::probabilityOfWeight(std::log2(9.0)) - 0.9) < 1e-12);
    quint32 agree = 0;
    quint32 differ = PairComparator::withLevel(0, MatchField::Phone, 2);
    QVERIFY(model.probability(agree) > model.probability(differ));
    QCOMPARE(model.matchWeight(differ) - model.matchWeight(agree),
             model.weight(MatchField::Phone, 2) - model.weight(MatchField::Phone, 0));
}

void TestFellegiSunterModel::missingLevelIsNeutral()
{
    FellegiSunterModel model;
    for (int f = 0; f < PairComparator::kFieldCount; ++f)
        QCOMPARE(model.weight(MatchField(f), PairComparator::missingLevel(MatchField(f))), 0.0);
    quint32 allMissing = 0;
    for (int f = 0; f < PairComparator::kFieldCount; ++f)
        allMissing =
            PairComparator::withLevel(allMissing, MatchField(f), PairComparator::missingLevel(MatchField(f)));
    QCOMPARE(model.matchWeight(allMissing), model.priorWeight());
    QVERIFY(std::abs(model.probability(allMissing) - model.lambda()) < 1e-9);
}

void TestFellegiSunterModel::jsonRoundTrip()
{
    FellegiSunterModel model;
    model.estimate(sample(truth(), 20000, 3));
    const Result<FellegiSunterModel> copy = FellegiSunterModel::fromJson(model.toJson());
    QVERIFY(copy.ok());
    QVERIFY(std::abs(copy.value().lambda() - model.lambda()) < 1e-12);
    for (int f = 0; f < PairComparator::kFieldCount; ++f) {
        for (int l = 0; l < PairComparator::levelCount(MatchField(f)); ++l)
            QVERIFY(std::abs(copy.value().weight(MatchField(f), l) - model.weight(MatchField(f), l)) < 1e-9);
    }
}

void TestFellegiSunterModel::jsonRejectsBadModels()
{
    QJsonObject json = FellegiSunterModel().toJson();
    json.insert(QStringLiteral("lambda"), 1.5);
    QCOMPARE(FellegiSunterModel::fromJson(json).error().category(), Error::Category::Config);
    QJsonObject fields = FellegiSunterModel().toJson().value(QStringLiteral("fields")).toObject();
    fields.insert(QStringLiteral("phone"),
                  QJsonObject { { QStringLiteral("m"), QJsonArray { 1, 0 } },
                                { QStringLiteral("u"), QJsonArray { 0, 1 } } });
    json = FellegiSunterModel().toJson();
    json.insert(QStringLiteral("fields"), fields);
    QVERIFY(!FellegiSunterModel::fromJson(json).ok());
}

QTEST_GUILESS_MAIN(TestFellegiSunterModel)
#include "tst_fellegisuntermodel.moc"
