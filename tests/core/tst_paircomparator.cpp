#include "matching/featurestore.h"
#include "matching/fellegisuntermodel.h"
#include "matching/paircomparator.h"
#include "matching/recordnormaliser.h"
#include "matching/tokenstatistics.h"

#include <QTest>

#include <cmath>

using namespace cw;

Q_DECLARE_METATYPE(cw::MatchRecord)

namespace {

// A store of the given records with TF-IDF weights over them.
FeatureStore storeOf(const QList<MatchRecord> &records, const QString &defaultCountry = QStringLiteral("DE"))
{
    const RecordNormaliser normaliser(defaultCountry);
    FeatureStore store;
    for (const MatchRecord &r : records)
        store.append(normaliser.normalise(r));
    TokenStatistics stats;
    stats.add(store);
    store.computeTokenWeights(stats);
    return store;
}

MatchRecord named(const char *name)
{
    MatchRecord r;
    r.name = QString::fromUtf8(name);
    return r;
}

} // namespace

class TestPairComparator : public QObject
{
    Q_OBJECT

private slots:
    void tfidfCosine();
    void cosineIgnoresOrderAndCountsRepeats();
    void levels_data();
    void levels();
    void patternRoundTrip();
    void levelTitlesCoverEveryLevel();
    void compareAboveGivesUpOnlyBelowTheFloor();
};

void TestPairComparator::tfidfCosine()
{
    const FeatureStore s = storeOf({ named("Acme Staffing"), named("Acme Staffing Solutions"),
                                     named("Other Staffing"), named("Beta Solutions") });
    const auto idf = [](double df) {
        return std::log(5.0 / df);
    };
    const double acme = idf(2), staffing = idf(3), solution = idf(2);
    const double expected = (acme * acme + staffing * staffing)
        / (std::sqrt(acme * acme + staffing * staffing)
           * std::sqrt(acme * acme + staffing * staffing + solution * solution));
    QVERIFY(std::abs(PairComparator::nameCosine(s, 0, s, 1) - expected) < 1e-6);
    QVERIFY(std::abs(PairComparator::nameCosine(s, 0, s, 0) - 1.0) < 1e-6);
    QCOMPARE(PairComparator::nameCosine(s, 0, s, 3), 0.0);
    QCOMPARE(s.tokens(1)[0].frequency, 2u);
    QCOMPARE(s.tokens(0)[1].frequency, 3u);
}

void TestPairComparator::cosineIgnoresOrderAndCountsRepeats()
{
    const FeatureStore s =
        storeOf({ named("Acme Staffing"), named("Staffing Acme"), named("New New York Staffing"),
                  named("New York Staffing"), named("Other") });
    QVERIFY(std::abs(PairComparator::nameCosine(s, 0, s, 1) - 1.0) < 1e-6);
    // "new" twice weighs double: the vectors differ, the cosine is below 1 but high.
    const double repeated = PairComparator::nameCosine(s, 2, s, 3);
    QVERIFY(repeated < 0.99);
    QVERIFY(repeated > 0.8);
    QVERIFY(std::abs(PairComparator::nameCosine(s, 2, s, 2) - 1.0) < 1e-6);
}

void TestPairComparator::levels_data()
{
    QTest::addColumn<MatchRecord>("left");
    QTest::addColumn<MatchRecord>("right");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("level");

    MatchRecord a = named("Acme Staffing GmbH");
    a.phone = QStringLiteral("030 1234567");
    a.vat = QStringLiteral("DE123456789");
    a.website = QStringLiteral("www.acme.de");
    a.street = QStringLiteral("Hauptstraße 5");
    a.postcode = QStringLiteral("10115");
    a.city = QStringLiteral("Berlin");
    a.country = QStringLiteral("DE");

    MatchRecord same = a;
    same.name = QStringLiteral("ACME Staffing GmbH");
    same.phone = QStringLiteral("+49 30 1234567");
    same.vat = QStringLiteral("123456789");
    same.website = QString();
    same.email = QStringLiteral("info@acme.de");
    same.street = QStringLiteral("Hauptstr. 5");
    QTest::newRow("name exact") << a << same << int(MatchField::Name) << 0;
    QTest::newRow("legal same") << a << same << int(MatchField::LegalForm) << 0;
    QTest::newRow("vat without prefix") << a << same << int(MatchField::TaxId) << 0;
    QTest::newRow("phone formats") << a << same << int(MatchField::Phone) << 0;
    QTest::newRow("web vs mail domain") << a << same << int(MatchField::Domain) << 0;
    QTest::newRow("address full") << a << same << int(MatchField::Address) << 0;
    QTest::newRow("country") << a << same << int(MatchField::Country) << 0;

    MatchRecord other = a;
    other.name = QStringLiteral("Acme Staffing AG");
    other.phone = QStringLiteral("030 1234999");
    other.vat = QStringLiteral("DE999999999");
    other.website = QStringLiteral("acme-staffing.com");
    other.street = QStringLiteral("Hauptstraße 7");
    QTest::newRow("legal family") << a << other << int(MatchField::LegalForm) << 1;
    QTest::newRow("phone switchboard") << a << other << int(MatchField::Phone) << 1;
    QTest::newRow("vat differs") << a << other << int(MatchField::TaxId) << 1;
    QTest::newRow("domain differs") << a << other << int(MatchField::Domain) << 1;
    QTest::newRow("other house number") << a << other << int(MatchField::Address) << 2;
    MatchRecord foreign = a;
    foreign.country = QStringLiteral("Österreich");
    QTest::newRow("country differs") << a << foreign << int(MatchField::Country) << 1;

    MatchRecord bare = named("Acme Staffing Inc");
    QTest::newRow("legal different family") << a << bare << int(MatchField::LegalForm) << 2;
    QTest::newRow("phone missing") << a << bare << int(MatchField::Phone)
                                   << PairComparator::missingLevel(MatchField::Phone);
    QTest::newRow("tax missing") << a << bare << int(MatchField::TaxId)
                                 << PairComparator::missingLevel(MatchField::TaxId);
    QTest::newRow("domain missing") << a << bare << int(MatchField::Domain)
                                    << PairComparator::missingLevel(MatchField::Domain);
    QTest::newRow("address missing") << a << bare << int(MatchField::Address)
                                     << PairComparator::missingLevel(MatchField::Address);

    MatchRecord typo = named("Acme Stafing GmbH");
    QTest::newRow("name typo: high jaro-winkler, low cosine")
        << a << typo << int(MatchField::Name) << 1 + 0 * 4 + 3;
    MatchRecord elsewhere = a;
    elsewhere.postcode = QStringLiteral("80331");
    elsewhere.city = QStringLiteral("München");
    elsewhere.street = QStringLiteral("Marienplatz 1");
    QTest::newRow("other place, other street") << a << elsewhere << int(MatchField::Address) << 2 * 5 + 3;
    MatchRecord sameCity = a;
    sameCity.postcode = QString();
    sameCity.street = QString();
    QTest::newRow("same city, street missing") << a << sameCity << int(MatchField::Address) << 1 * 5 + 4;
}

void TestPairComparator::levels()
{
    QFETCH(MatchRecord, left);
    QFETCH(MatchRecord, right);
    QFETCH(int, field);
    QFETCH(int, level);
    const FeatureStore s = storeOf({ left, right, named("Filler One"), named("Filler Two") });
    const quint32 pattern = PairComparator::compare(s, 0, s, 1);
    QCOMPARE(PairComparator::level(pattern, MatchField(field)), level);
    QCOMPARE(PairComparator::compare(s, 1, s, 0), pattern);
}

void TestPairComparator::patternRoundTrip()
{
    quint32 pattern = 0;
    for (int f = 0; f < PairComparator::kFieldCount; ++f)
        pattern =
            PairComparator::withLevel(pattern, MatchField(f), PairComparator::missingLevel(MatchField(f)));
    for (int f = 0; f < PairComparator::kFieldCount; ++f)
        QCOMPARE(PairComparator::level(pattern, MatchField(f)), PairComparator::missingLevel(MatchField(f)));
    pattern = PairComparator::withLevel(pattern, MatchField::Address, 7);
    QCOMPARE(PairComparator::level(pattern, MatchField::Address), 7);
    QCOMPARE(PairComparator::level(pattern, MatchField::Country),
             PairComparator::missingLevel(MatchField::Country));
}

void TestPairComparator::levelTitlesCoverEveryLevel()
{
    for (int f = 0; f < PairComparator::kFieldCount; ++f) {
        QVERIFY(!PairComparator::fieldTitle(MatchField(f)).isEmpty());
        QVERIFY(!PairComparator::fieldKey(MatchField(f)).isEmpty());
        for (int l = 0; l < PairComparator::levelCount(MatchField(f)); ++l) {
            QVERIFY(!PairComparator::levelTitle(MatchField(f), l).isEmpty());
            const double a = PairComparator::agreement(MatchField(f), l);
            QVERIFY(a >= 0.0 && a <= 1.0);
        }
    }
}

void TestPairComparator::compareAboveGivesUpOnlyBelowTheFloor()
{
    // Every pair of a small, varied set under the default model, at floors from very low to
    // very high: a pattern when the pair's weight can reach the floor, and then compare()'s.
    QList<MatchRecord> records;
    for (const char *name : { "Acme Staffing GmbH", "ACME Staffing", "Acme Staffing Solutions",
                              "Zentrix Logistics", "Zentrix Logistik AG", "Orbital Freight", "" }) {
        MatchRecord r = named(name);
        r.postcode = records.size() % 2 ? QStringLiteral("10115") : QStringLiteral("20095");
        r.street = QStringLiteral("Hauptstraße %1").arg(records.size() % 3 + 1);
        r.phone = records.size() % 3 ? QStringLiteral("030 1234567") : QString();
        records << r;
    }
    const FeatureStore store = storeOf(records);
    const FellegiSunterModel model;
    int prunedPairs = 0;
    int keptPairs = 0;
    for (const double floor : { -100.0, -5.0, 0.0, 5.0, 100.0 }) {
        for (qsizetype i = 0; i < store.size(); ++i) {
            for (qsizetype j = 0; j < store.size(); ++j) {
                const quint32 pattern = PairComparator::compare(store, i, store, j);
                const std::optional<quint32> above =
                    PairComparator::compareAbove(store, i, store, j, model, floor);
                if (above) {
                    QCOMPARE(*above, pattern);
                    ++keptPairs;
                } else {
                    QVERIFY2(model.matchWeight(pattern) < floor, qPrintable(QString::number(floor)));
                    ++prunedPairs;
                }
            }
        }
    }
    // Both outcomes occur, so the test sees the comparator give up and carry on.
    QVERIFY(prunedPairs > 0);
    QVERIFY(keptPairs > 0);
}

QTEST_GUILESS_MAIN(TestPairComparator)
#include "tst_paircomparator.moc"
