#include "matching/blocker.h"
#include "matching/recordnormaliser.h"
#include "matching/tokenstatistics.h"
#include "sandbox/demodatagenerator.h"

#include <QTest>

using namespace cw;

Q_DECLARE_METATYPE(cw::MatchRecord)

namespace {

void weigh(std::initializer_list<FeatureStore *> stores)
{
    TokenStatistics stats;
    for (FeatureStore *s : stores)
        stats.add(*s);
    for (FeatureStore *s : stores)
        s->computeTokenWeights(stats);
}

FeatureStore storeOf(const QList<MatchRecord> &records)
{
    const RecordNormaliser normaliser(QStringLiteral("DE"));
    FeatureStore store;
    for (const MatchRecord &r : records)
        store.append(normaliser.normalise(r));
    return store;
}

MatchRecord record(const char *name, const char *phone = "", const char *postcode = "", const char *city = "")
{
    MatchRecord r;
    r.name = QString::fromUtf8(name);
    r.phone = QString::fromLatin1(phone);
    r.postcode = QString::fromLatin1(postcode);
    r.city = QString::fromLatin1(city);
    return r;
}

// Background records so that common words are common.
QList<MatchRecord> background(int n)
{
    QList<MatchRecord> out;
    for (int i = 0; i < n; ++i)
        out << record(QStringLiteral("Company%1 Staffing Solutions").arg(i).toUtf8().constData());
    return out;
}

} // namespace

class TestBlocker : public QObject
{
    Q_OBJECT

private slots:
    void findsVariants_data();
    void findsVariants();
    void skipsUnrelated();
    void oversizedKeysAreSkipped();
    void oversizedKeysAreRefined();
    void candidatesAgreeWithBlocks();
    void completenessOnGeneratedData();
};

void TestBlocker::findsVariants_data()
{
    QTest::addColumn<MatchRecord>("left");
    QTest::addColumn<MatchRecord>("right");
    QTest::newRow("legal form and case") << record("Zentrix Staffing GmbH") << record("ZENTRIX STAFFING");
    QTest::newRow("typo in the rare word") << record("Zentrix Staffing") << record("Zentirx Staffing");
    QTest::newRow("phonetic spelling")
        << record("Kwantum Staffing Solutions") << record("Quantum Staffing Solutions");
    QTest::newRow("word order") << record("Staffing Solutions Zentrix")
                                << record("Zentrix Staffing Solutions");
    QTest::newRow("phone only") << record("Totally Different", "030 1234567")
                                << record("Nothing Alike", "+49 30 1234567");
    QTest::newRow("common words, same postcode")
        << record("Staffing Solutions", "", "10115") << record("Staffing Solution", "", "10115");
    QTest::newRow("typo, same city") << record("Zentrix Staffing", "", "", "Berlin")
                                     << record("Zentrx Staffing", "", "", "Berlin");
}

void TestBlocker::findsVariants()
{
    QFETCH(MatchRecord, left);
    QFETCH(MatchRecord, right);
    FeatureStore l = storeOf({ left });
    FeatureStore r = storeOf(QList<MatchRecord> { right } + background(300));
    weigh({ &l, &r });
    const Blocker blocker(r);
    Blocker::Scratch scratch;
    std::vector<quint32> found;
    blocker.candidates(l, 0, &scratch, &found);
    QVERIFY(std::find(found.begin(), found.end(), 0u) != found.end());
    QVERIFY(blocker.blocks(l, 0, 0));
    // The background shares only common words: far from every record is a candidate.
    QVERIFY2(found.size() < 20, qPrintable(QString::number(found.size())));
}

void TestBlocker::skipsUnrelated()
{
    FeatureStore l = storeOf({ record("Zentrix Staffing", "030 1234567", "10115", "Berlin") });
    FeatureStore r = storeOf({ record("Orbital Logistics", "040 7654321", "20095", "Hamburg") });
    weigh({ &l, &r });
    const Blocker blocker(r);
    QVERIFY(!blocker.blocks(l, 0, 0));
}

void TestBlocker::oversizedKeysAreSkipped()
{
    QList<MatchRecord> same;
    for (int i = 0; i < 5; ++i)
        same << record("Zentrix");
    FeatureStore l = storeOf({ record("Zentrix") });
    FeatureStore r = storeOf(same);
    weigh({ &l, &r });
    BlockingOptions options;
    options.maxBlockSize = 3;
    const Blocker blocker(r, options);
    Blocker::Scratch scratch;
    std::vector<quint32> found;
    blocker.candidates(l, 0, &scratch, &found);
    QVERIFY(found.empty());
    QVERIFY(blocker.oversizedKeyCount() > 0);
    options.maxBlockSize = 5;
    const Blocker roomy(r, options);
    roomy.candidates(l, 0, &scratch, &found);
    QCOMPARE(found.size(), size_t(5));
}

void TestBlocker::oversizedKeysAreRefined()
{
    // Five companies behind one web domain (a franchise): the domain alone no longer narrows
    // anything, the domain in the same city still does.
    const char *names[] = { "Northwind Freight", "Southwind Haulage", "Eastwind Cargo", "Westwind Carriers",
                            "Omega Logistics" };
    const char *cities[] = { "Hamburg", "Bremen", "Köln", "München", "Berlin" };
    QList<MatchRecord> franchise;
    for (int i = 0; i < 5; ++i) {
        MatchRecord r = record(names[i], "", "", cities[i]);
        r.website = QStringLiteral("www.windgroup-franchise.com");
        franchise << r;
    }
    MatchRecord probe = record("Zeta Transport", "", "", "Berlin");
    probe.website = QStringLiteral("https://windgroup-franchise.com/berlin");
    FeatureStore inBerlin = storeOf({ probe });
    probe.city.clear();
    FeatureStore nowhere = storeOf({ probe });
    FeatureStore franchises = storeOf(franchise);
    weigh({ &inBerlin, &nowhere, &franchises });
    BlockingOptions small;
    small.maxBlockSize = 3;
    const Blocker blocker(franchises, small);
    const auto candidatesOf = [&blocker](const FeatureStore &store) {
        Blocker::Scratch scratch;
        std::vector<quint32> found;
        blocker.candidates(store, 0, &scratch, &found);
        return found;
    };
    QCOMPARE(candidatesOf(inBerlin), std::vector<quint32> { 4 });
    QVERIFY(blocker.blocks(inBerlin, 0, 4));
    QVERIFY(!blocker.blocks(inBerlin, 0, 0));
    // Without a second value to refine by, the oversized key finds nothing.
    QVERIFY(candidatesOf(nowhere).empty());
}

void TestBlocker::candidatesAgreeWithBlocks()
{
    FeatureStore l = storeOf({ record("Zentrix Staffing", "030 1234567"),
                               record("Alpha Beta Gamma", "", "10115"), record("Kwantum") });
    FeatureStore r = storeOf(QList<MatchRecord> { record("Zentrix", "030 1234567"),
                                                  record("Alpha Gamma", "", "10115"), record("Quantum") }
                             + background(50));
    weigh({ &l, &r });
    const Blocker blocker(r, BlockingOptions(), 2);
    Blocker::Scratch scratch;
    std::vector<quint32> found;
    for (qsizetype i = 0; i < l.size(); ++i) {
        blocker.candidates(l, i, &scratch, &found);
        for (qsizetype j = 0; j < r.size(); ++j) {
            const bool listed = std::find(found.begin(), found.end(), quint32(j)) != found.end();
            QCOMPARE(listed, blocker.blocks(l, i, j));
        }
        std::sort(found.begin(), found.end());
        QVERIFY(std::adjacent_find(found.begin(), found.end()) == found.end());
    }
}

void TestBlocker::completenessOnGeneratedData()
{
    DemoDataOptions options;
    options.customers = 1500;
    options.seed = 11;
    const DemoDataset data = DemoDataGenerator::generate(options);
    const RecordNormaliser normaliser;
    FeatureStore crm;
    FeatureStore odoo;
    std::vector<int> crmCompany;
    std::vector<int> odooCompany;
    for (const DemoDataset::Customer &c : data.customers) {
        MatchRecord m;
        m.name = c.name;
        m.legalForm = c.legalForm;
        m.street = c.street;
        m.postcode = c.postcode;
        m.city = c.city;
        m.country = c.country;
        m.phone = c.phone;
        m.email = c.email;
        m.website = c.website;
        m.vat = c.vat;
        m.registryId = c.registryId;
        if (c.system == DemoDataset::Crm) {
            crm.append(normaliser.normalise(m));
            crmCompany.push_back(c.companyIndex);
        } else if (c.system == DemoDataset::Odoo) {
            odoo.append(normaliser.normalise(m));
            odooCompany.push_back(c.companyIndex);
        }
    }
    weigh({ &crm, &odoo });
    const Blocker blocker(odoo, BlockingOptions(), 2);
    qint64 truePairs = 0;
    qint64 kept = 0;
    for (qsizetype i = 0; i < crm.size(); ++i) {
        for (qsizetype j = 0; j < odoo.size(); ++j) {
            if (crmCompany[size_t(i)] == odooCompany[size_t(j)]) {
                ++truePairs;
                kept += blocker.blocks(crm, i, j) ? 1 : 0;
            }
        }
    }
    qint64 candidates = 0;
    Blocker::Scratch scratch;
    std::vector<quint32> found;
    for (qsizetype i = 0; i < crm.size(); ++i) {
        blocker.candidates(crm, i, &scratch, &found);
        candidates += qint64(found.size());
    }
    QVERIFY(truePairs > 500);
    const double completeness = double(kept) / double(truePairs);
    const double reduction = 1.0 - double(candidates) / (double(crm.size()) * double(odoo.size()));
    QVERIFY2(completeness >= 0.995, qPrintable(QString::number(completeness)));
    QVERIFY2(reduction >= 0.95, qPrintable(QString::number(reduction)));
}

QTEST_GUILESS_MAIN(TestBlocker)
#include "tst_blocker.moc"
