#include "matching/matchengine.h"
#include "matching/paircomparator.h"
#include "matching/vectorrecordsource.h"
#include "sandbox/demodatagenerator.h"

#include <QJsonArray>
#include <QTest>

#include <mutex>

using namespace cw;

namespace {

MatchRecord toRecord(const DemoDataset::Customer &c)
{
    MatchRecord r;
    r.id = c.externalId;
    r.name = c.name;
    r.legalForm = c.legalForm;
    r.street = c.street;
    r.postcode = c.postcode;
    r.city = c.city;
    r.country = c.country;
    r.phone = c.phone;
    r.email = c.email;
    r.website = c.website;
    r.vat = c.vat;
    r.registryId = c.registryId;
    return r;
}

struct SystemData
{
    std::vector<MatchRecord> records;
    std::vector<int> company;
};

// CRM, staffing and Odoo customers of a small generated firm, with their true companies.
const std::array<SystemData, 3> &demo()
{
    static const std::array<SystemData, 3> systems = [] {
        DemoDataOptions options;
        options.customers = 1200;
        options.seed = 5;
        const DemoDataset data = DemoDataGenerator::generate(options);
        std::array<SystemData, 3> out;
        for (const DemoDataset::Customer &c : data.customers) {
            out[c.system].records.push_back(toRecord(c));
            out[c.system].company.push_back(c.companyIndex);
        }
        return out;
    }();
    return systems;
}

// Calls a hook on the first record read, from the worker threads.
class HookedSource : public RecordSource
{
public:
    HookedSource(qsizetype n, std::function<void()> hook)
        : m_n(n)
        , m_hook(std::move(hook))
    { }
    qsizetype size() const override { return m_n; }
    MatchRecord record(qsizetype index) const override
    {
        std::call_once(m_once, m_hook);
        MatchRecord r;
        r.id = QString::number(index);
        r.name = QStringLiteral("Company %1").arg(index);
        return r;
    }

private:
    qsizetype m_n;
    std::function<void()> m_hook;
    mutable std::once_flag m_once;
};

} // namespace

class TestMatchEngine : public QObject
{
    Q_OBJECT

private slots:
    void linksGeneratedCustomers();
    void explainsPairs();
    void reportsProgressInOrder();
    void cancels();
    void sameResultOnAnyThreadCount();
    void fixedModelSkipsEstimation();
    void redecidesWithoutRescoring();
    void dedupesWithinOneSystem();
    void clustersThreeSystems();
    void emptyInputs();
};

void TestMatchEngine::linksGeneratedCustomers()
{
    const SystemData &crm = demo()[0];
    const SystemData &odoo = demo()[2];
    const VectorRecordSource left(crm.records);
    const VectorRecordSource right(odoo.records);
    const Result<Linkage> linkage = MatchEngine::link(left, right, MatchOptions());
    QVERIFY(linkage.ok());
    qint64 truePairs = 0;
    for (const int c : crm.company)
        truePairs += std::count(odoo.company.begin(), odoo.company.end(), c);
    qint64 autoLinks = 0, correct = 0;
    std::vector<int> leftLinks(crm.records.size(), 0), rightLinks(odoo.records.size(), 0);
    for (const ScoredPair &p : linkage.value().pairs()) {
        QVERIFY(p.probability >= float(MatchOptions().keepThreshold));
        if (p.band != MatchBand::Auto)
            continue;
        ++autoLinks;
        correct += crm.company[p.left] == odoo.company[p.right] ? 1 : 0;
        QCOMPARE(++leftLinks[p.left], 1);
        QCOMPARE(++rightLinks[p.right], 1);
    }
    const double precision = double(correct) / double(autoLinks);
    const double recall = double(correct) / double(truePairs);
    QVERIFY2(precision >= 0.97, qPrintable(QString::number(precision)));
    QVERIFY2(recall >= 0.93, qPrintable(QString::number(recall)));
    const LinkageStatistics &s = linkage.value().statistics();
    QVERIFY(s.emPairs > 0);
    QVERIFY(s.candidatePairs >= s.keptPairs);
    QVERIFY(s.reductionRatio(false) > 0.9);
    QCOMPARE(s.decision.autoLinks, autoLinks);
}

void TestMatchEngine::explainsPairs()
{
    MatchRecord a;
    a.id = QStringLiteral("L1");
    a.name = QStringLiteral("Acme Staffing Solutions, Inc.");
    a.phone = QStringLiteral("+1 415 555 2671");
    a.website = QStringLiteral("https://www.acme-staffing.com");
    MatchRecord b;
    b.id = QStringLiteral("R1");
    b.name = QStringLiteral("ACME Staffing");
    b.phone = QStringLiteral("(415) 555-2671");
    b.country = QStringLiteral("US");
    b.email = QStringLiteral("billing@acme-staffing.com");
    std::vector<MatchRecord> left = { a }, right = { b };
    for (int i = 0; i < 200; ++i) {
        MatchRecord filler;
        filler.id = QString::number(i);
        filler.name = QStringLiteral("Filler %1 Staffing").arg(i);
        left.push_back(filler);
        filler.name = QStringLiteral("Filler %1 Logistics").arg(i + 1000);
        right.push_back(filler);
    }
    MatchOptions options;
    options.keepThreshold = 0.0;
    const Result<Linkage> linkage =
        MatchEngine::link(VectorRecordSource(left), VectorRecordSource(right), options);
    QVERIFY(linkage.ok());
    const auto pairs = linkage.value().pairs();
    const auto it = std::find_if(pairs.begin(), pairs.end(),
                                 [](const ScoredPair &p) { return p.left == 0 && p.right == 0; });
    QVERIFY(it != pairs.end());
    const MatchExplanation e = linkage.value().explain(*it);
    QCOMPARE(e.fields().size(), PairComparator::kFieldCount);
    QVERIFY(std::abs(e.probability() - double(it->probability)) < 1e-5);
    const auto field = [&e](MatchField f) {
        return e.fields().at(int(f));
    };
    QCOMPARE(field(MatchField::Phone).outcome, MatchExplanation::Outcome::Agree);
    QCOMPARE(field(MatchField::Domain).outcome, MatchExplanation::Outcome::Agree);
    QCOMPARE(field(MatchField::TaxId).outcome, MatchExplanation::Outcome::Missing);
    QCOMPARE(field(MatchField::TaxId).weight, 0.0);
    QCOMPARE(field(MatchField::LegalForm).outcome, MatchExplanation::Outcome::Missing);
    QCOMPARE(field(MatchField::Name).leftValue, QStringLiteral("acme staffing solution"));
    QCOMPARE(field(MatchField::Phone).rightValue, QStringLiteral("+14155552671"));
    double sum = e.priorWeight();
    for (const MatchExplanation::Field &f : e.fields())
        sum += f.weight;
    QVERIFY(std::abs(sum - e.totalWeight()) < 1e-9);
    const QJsonObject json = e.toJson();
    QCOMPARE(json.value(QStringLiteral("fields")).toArray().size(), PairComparator::kFieldCount);
    QCOMPARE(json.value(QStringLiteral("fields"))
                 .toArray()
                 .at(3)
                 .toObject()
                 .value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("agree"));
    QVERIFY(!e.toText().isEmpty());
}

void TestMatchEngine::reportsProgressInOrder()
{
    const VectorRecordSource left(demo()[0].records);
    const VectorRecordSource right(demo()[1].records);
    std::vector<std::tuple<MatchStage, qint64, qint64>> reports;
    MatchControl control;
    control.progress = [&reports](MatchStage s, qint64 done, qint64 total) {
        reports.emplace_back(s, done, total);
    };
    MatchOptions options;
    options.threads = 2;
    QVERIFY(MatchEngine::link(left, right, options, control).ok());
    QVERIFY(!reports.empty());
    int stage = 0;
    for (const auto &[s, done, total] : reports) {
        QVERIFY(int(s) >= stage);
        stage = int(s);
        QVERIFY(done <= total);
    }
    const auto last = std::find_if(reports.rbegin(), reports.rend(),
                                   [](const auto &r) { return std::get<0>(r) == MatchStage::Scoring; });
    QVERIFY(last != reports.rend());
    QCOMPARE(std::get<1>(*last), std::get<2>(*last));
    QCOMPARE(std::get<0>(reports.back()), MatchStage::Deciding);
}

void TestMatchEngine::cancels()
{
    std::atomic_bool cancel { false };
    // Several chunks per thread, so there is work left after the flag is set.
    const HookedSource left(6 * 2048, [&cancel] { cancel = true; });
    const VectorRecordSource right(demo()[1].records);
    MatchControl control;
    control.cancel = &cancel;
    MatchOptions options;
    options.threads = 2;
    const Result<Linkage> linkage = MatchEngine::link(left, right, options, control);
    QVERIFY(!linkage.ok());
    QCOMPARE(linkage.error().code(), QStringLiteral("matching.cancelled"));
    const Result<Deduplication> dedupe = MatchEngine::dedupe(left, options, control);
    QCOMPARE(dedupe.error().code(), QStringLiteral("matching.cancelled"));
}

void TestMatchEngine::sameResultOnAnyThreadCount()
{
    const VectorRecordSource left(demo()[1].records);
    const VectorRecordSource right(demo()[2].records);
    MatchOptions one;
    one.threads = 1;
    MatchOptions three;
    three.threads = 3;
    const Result<Linkage> a = MatchEngine::link(left, right, one);
    const Result<Linkage> b = MatchEngine::link(left, right, three);
    QCOMPARE(a.value().pairs().size(), b.value().pairs().size());
    for (size_t k = 0; k < a.value().pairs().size(); ++k) {
        const ScoredPair &x = a.value().pairs()[k];
        const ScoredPair &y = b.value().pairs()[k];
        QCOMPARE(x.left, y.left);
        QCOMPARE(x.right, y.right);
        QCOMPARE(x.pattern, y.pattern);
        QCOMPARE(x.probability, y.probability);
        QCOMPARE(x.band, y.band);
    }
    QCOMPARE(a.value().statistics().candidatePairs, b.value().statistics().candidatePairs);
}

void TestMatchEngine::fixedModelSkipsEstimation()
{
    const VectorRecordSource left(demo()[0].records);
    const VectorRecordSource right(demo()[2].records);
    const Result<Linkage> estimated = MatchEngine::link(left, right, MatchOptions());
    MatchOptions options;
    options.model = FellegiSunterModel::fromJson(estimated.value().model().toJson()).value();
    const Result<Linkage> fixed = MatchEngine::link(left, right, options);
    QCOMPARE(fixed.value().statistics().emPairs, 0);
    QCOMPARE(fixed.value().pairs().size(), estimated.value().pairs().size());
    for (const ScoredPair &p : fixed.value().pairs())
        QCOMPARE(p.probability, float(options.model->probability(p.pattern)));
}

void TestMatchEngine::redecidesWithoutRescoring()
{
    Result<Linkage> linkage = MatchEngine::link(VectorRecordSource(demo()[0].records),
                                                VectorRecordSource(demo()[1].records), MatchOptions());
    Linkage &l = linkage.value();
    const MatchDecider::Counts original = l.statistics().decision;
    const MatchDecider::Counts strict = l.redecide(0.999, 0.99);
    const MatchDecider::Counts loose = l.redecide(0.5, 0.2);
    QVERIFY(strict.autoLinks < original.autoLinks);
    QVERIFY(loose.autoLinks >= original.autoLinks);
    QVERIFY(loose.review + loose.autoLinks >= original.review + original.autoLinks);
    QCOMPARE(l.autoThreshold(), 0.5);
    const MatchDecider::Counts back = l.redecide(0.92, 0.70);
    QCOMPARE(back.autoLinks, original.autoLinks);
    QCOMPARE(back.review, original.review);

    FellegiSunterModel doubtful = l.model();
    doubtful.setLambda(l.model().lambda() / 1000.0);
    l.reweight(doubtful);
    QVERIFY(l.statistics().decision.autoLinks < original.autoLinks);
    QVERIFY(MatchDecider::isSorted(l.pairs()));
}

void TestMatchEngine::dedupesWithinOneSystem()
{
    for (const SystemData &system : demo()) {
        const Result<Deduplication> result =
            MatchEngine::dedupe(VectorRecordSource(system.records), MatchOptions());
        QVERIFY(result.ok());
        const std::vector<quint32> &clusters = result.value().clusters;
        QCOMPARE(clusters.size(), system.records.size());
        qint64 truePairs = 0, found = 0, wrong = 0;
        for (size_t i = 0; i < clusters.size(); ++i) {
            QVERIFY(clusters[i] <= i);
            QCOMPARE(clusters[clusters[i]], clusters[i]);
            for (size_t j = i + 1; j < clusters.size(); ++j) {
                const bool same = system.company[i] == system.company[j];
                truePairs += same ? 1 : 0;
                if (clusters[i] == clusters[j])
                    (same ? found : wrong) += 1;
            }
        }
        QVERIFY(truePairs > 0);
        QVERIFY2(double(found) / double(truePairs) >= 0.8,
                 qPrintable(QStringLiteral("%1/%2").arg(found).arg(truePairs)));
        QVERIFY2(wrong <= found / 10, qPrintable(QStringLiteral("%1 wrong").arg(wrong)));
    }
}

void TestMatchEngine::clustersThreeSystems()
{
    const auto &systems = demo();
    const VectorRecordSource crm(systems[0].records), staffing(systems[1].records), odoo(systems[2].records);
    const Result<SystemClustering> result =
        MatchEngine::linkSystems({ &crm, &staffing, &odoo }, MatchOptions());
    QVERIFY(result.ok());
    QCOMPARE(result.value().links.size(), size_t(3));
    QCOMPARE(result.value().links[0].left().size(), crm.size());
    QCOMPARE(result.value().links[0].right().size(), staffing.size());
    QCOMPARE(result.value().links[2].left().size(), staffing.size());
    QHash<quint32, QList<QPair<int, int>>> members;
    for (int s = 0; s < 3; ++s) {
        for (size_t i = 0; i < result.value().clusters[size_t(s)].size(); ++i)
            members[result.value().clusters[size_t(s)][i]].append({ s, systems[size_t(s)].company[i] });
    }
    qint64 consistent = 0, multi = 0;
    for (const auto &m : members) {
        QSet<int> seen;
        for (const auto &[s, company] : m) {
            QVERIFY2(!seen.contains(s), "two records of one system in a cluster");
            seen.insert(s);
        }
        if (m.size() > 1) {
            ++multi;
            consistent +=
                std::all_of(m.begin(), m.end(), [&m](const auto &x) { return x.second == m.first().second; })
                ? 1
                : 0;
        }
    }
    QVERIFY(multi > 500);
    QVERIFY2(double(consistent) / double(multi) >= 0.97,
             qPrintable(QString::number(double(consistent) / double(multi))));
}

void TestMatchEngine::emptyInputs()
{
    const VectorRecordSource empty({});
    const VectorRecordSource some(demo()[0].records);
    const Result<Linkage> a = MatchEngine::link(empty, some, MatchOptions());
    QVERIFY(a.ok());
    QVERIFY(a.value().pairs().empty());
    const Result<Linkage> b = MatchEngine::link(some, empty, MatchOptions());
    QVERIFY(b.ok());
    QVERIFY(b.value().pairs().empty());
    const Result<Deduplication> c = MatchEngine::dedupe(empty, MatchOptions());
    QVERIFY(c.ok());
    QVERIFY(c.value().clusters.empty());
}

QTEST_GUILESS_MAIN(TestMatchEngine)
#include "tst_matchengine.moc"
