#include "kpi/currencyconverter.h"
#include "kpicachebuilder.h"
#include "tempcache.h"

#include <QTest>

using namespace cw;
using cw::test::KpiCacheBuilder;
using cw::test::TempCache;

class TestCurrencyConverter : public QObject
{
    Q_OBJECT

private slots:
    void appliesRatesWithMinorUnits_data();
    void appliesRatesWithMinorUnits();
    void usesLatestRateOnOrBeforeAsOf_data();
    void usesLatestRateOnOrBeforeAsOf();
    void companyCurrencyConvertsToItself();
    void leavesCurrenciesWithoutRateOut();
    void defaultsToMostFrequentCompanyCurrency();
    void withoutRatesTakesThePlacementsCurrency();
    void emptyCacheHasNoCompanyCurrency();
};

void TestCurrencyConverter::appliesRatesWithMinorUnits_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("rateMicros");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("usd to eur") << qint64(100000) << qint64(920000) << "USD"
                                << "EUR" << qint64(92000);
    QTest::newRow("half rounds away from zero") << qint64(1) << qint64(500000) << "USD"
                                                << "EUR" << qint64(1);
    QTest::newRow("below half rounds down") << qint64(1) << qint64(499999) << "USD"
                                            << "EUR" << qint64(0);
    QTest::newRow("negative half away from zero") << qint64(-1) << qint64(500000) << "USD"
                                                  << "EUR" << qint64(-1);
    QTest::newRow("yen has no minor unit") << qint64(1000) << qint64(6000) << "JPY"
                                           << "EUR" << qint64(600);
    QTest::newRow("into yen") << qint64(100) << qint64(160000000) << "EUR"
                              << "JPY" << qint64(160);
    QTest::newRow("dinar has three digits") << qint64(1000) << qint64(3000000) << "KWD"
                                            << "EUR" << qint64(300);
    QTest::newRow("large amount does not overflow") << qint64(90000000000000) << qint64(17000000000) << "EUR"
                                                    << "IDR" << qint64(1530000000000000000);
}

void TestCurrencyConverter::appliesRatesWithMinorUnits()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, rateMicros);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, expected);
    QCOMPARE(CurrencyConverter::applyRate(minor, rateMicros, CurrencyConverter::minorDigits(from),
                                          CurrencyConverter::minorDigits(to)),
             expected);
}

void TestCurrencyConverter::usesLatestRateOnOrBeforeAsOf_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("before any rate") << QDate(2026, 2, 27) << qint64(-1);
    QTest::newRow("on the first rate date") << QDate(2026, 2, 28) << qint64(900000);
    QTest::newRow("between rates") << QDate(2026, 3, 30) << qint64(900000);
    QTest::newRow("on the month-end rate") << QDate(2026, 3, 31) << qint64(950000);
    QTest::newRow("after the last rate") << QDate(2026, 5, 1) << qint64(950000);
}

void TestCurrencyConverter::usesLatestRateOnOrBeforeAsOf()
{
    QFETCH(QDate, asOf);
    QFETCH(qint64, expected);
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    KpiCacheBuilder b(cache);
    b.currencyRate(QStringLiteral("USD"), QStringLiteral("2026-02-28"), QStringLiteral("EUR"), 900000);
    b.currencyRate(QStringLiteral("USD"), QStringLiteral("2026-03-31"), QStringLiteral("EUR"), 950000);
    b.currencyRate(QStringLiteral("USD"), QStringLiteral("2026-03-31"), QStringLiteral("GBP"), 790000);
    auto converter = CurrencyConverter::load(cache.db().connection(), asOf, QStringLiteral("EUR"));
    QVERIFY(converter.ok());
    QCOMPARE(converter.value().rateMicros(QStringLiteral("USD")).value_or(-1), expected);
}

void TestCurrencyConverter::companyCurrencyConvertsToItself()
{
    TempCache cache;
    auto converter =
        CurrencyConverter::load(cache.db().connection(), QDate(2026, 3, 31), QStringLiteral("EUR"));
    QVERIFY(converter.ok());
    QCOMPARE(converter.value().convert(12345, QStringLiteral("EUR")).value_or(-1), 12345);
}

void TestCurrencyConverter::leavesCurrenciesWithoutRateOut()
{
    TempCache cache;
    KpiCacheBuilder b(cache);
    b.currencyRate(QStringLiteral("USD"), QStringLiteral("2026-01-01"), QStringLiteral("EUR"), 920000);
    auto converter = CurrencyConverter::load(cache.db().connection(), QDate(2026, 3, 31), QString());
    QVERIFY(converter.ok());
    QCOMPARE(converter.value().companyCurrency(), QStringLiteral("EUR"));
    MoneyTotal total;
    total.add(QStringLiteral("EUR"), 1000);
    total.add(QStringLiteral("USD"), 1000);
    total.add(QStringLiteral("GBP"), 500);
    converter.value().convert(total);
    QCOMPARE(total.companyMinor, 1920);
    QCOMPARE(total.unconverted, QStringList { QStringLiteral("GBP") });
}

void TestCurrencyConverter::defaultsToMostFrequentCompanyCurrency()
{
    TempCache cache;
    KpiCacheBuilder b(cache);
    b.currencyRate(QStringLiteral("USD"), QStringLiteral("2026-01-01"), QStringLiteral("CHF"), 900000);
    b.currencyRate(QStringLiteral("USD"), QStringLiteral("2026-01-01"), QStringLiteral("EUR"), 920000);
    b.currencyRate(QStringLiteral("GBP"), QStringLiteral("2026-01-01"), QStringLiteral("EUR"), 1170000);
    auto company = CurrencyConverter::defaultCompanyCurrency(cache.db().connection());
    QVERIFY(company.ok());
    QCOMPARE(company.value(), QStringLiteral("EUR"));
}

void TestCurrencyConverter::withoutRatesTakesThePlacementsCurrency()
{
    TempCache cache;
    KpiCacheBuilder b(cache);
    const qint64 customer = b.add(KpiCacheBuilder::Customer {});
    b.add(KpiCacheBuilder::Placement { .customer = customer, .currency = QStringLiteral("CHF") });
    b.add(KpiCacheBuilder::Placement { .customer = customer, .currency = QStringLiteral("CHF") });
    b.add(KpiCacheBuilder::Placement { .customer = customer, .currency = QStringLiteral("EUR") });
    auto company = CurrencyConverter::defaultCompanyCurrency(cache.db().connection());
    QVERIFY(company.ok());
    QCOMPARE(company.value(), QStringLiteral("CHF"));
}

void TestCurrencyConverter::emptyCacheHasNoCompanyCurrency()
{
    TempCache cache;
    auto converter = CurrencyConverter::load(cache.db().connection(), QDate(2026, 3, 31), QString());
    QVERIFY(converter.ok());
    QVERIFY(converter.value().companyCurrency().isEmpty());
    MoneyTotal total;
    total.add(QStringLiteral("EUR"), 1000);
    converter.value().convert(total);
    QCOMPARE(total.companyMinor, 0);
    QCOMPARE(total.unconverted, QStringList { QStringLiteral("EUR") });
}

QTEST_GUILESS_MAIN(TestCurrencyConverter)
#include "tst_currencyconverter.moc"
