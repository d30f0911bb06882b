#include "kpi/currencyconverter.h"
#include "kpi/financequery.h"
#include "kpi/kpidirectory.h"
#include "kpi/kpidrilldowns.h"
#include "kpi/kpifilter.h"
#include "kpi/ratehistory.h"
#include "kpicachebuilder.h"
#include "tempcache.h"

#include <QSqlQuery>
#include <QTest>

using namespace cw;
using B = cw::test::KpiCacheBuilder;
using cw::test::TempCache;

class TestFinanceQuery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void computesUtilisationRealisationAndMargin();
    void periodEndsOnTheAsOfDate_data();
    void periodEndsOnTheAsOfDate();
    void takesPayRatesFromTheHistoryWhenLinesHaveNone();

private:
    Result<FinanceKpis> run(const KpiFilter &filter);
    std::unique_ptr<TempCache> m_cache;
    std::unique_ptr<B> m_b;
    qint64 m_customer = 0;
    qint64 m_placement = 0;
};

void TestFinanceQuery::init()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_b = std::make_unique<B>(*m_cache);
    m_customer = m_b->add(B::Customer { .name = QStringLiteral("Acme") });
    m_placement = m_b->add(B::Placement { .customer = m_customer });
}

void TestFinanceQuery::cleanup()
{
    m_b.reset();
    m_cache.reset();
}

Result<FinanceKpis> TestFinanceQuery::run(const KpiFilter &filter)
{
    const QSqlDatabase db = m_cache->db().connection();
    auto directory = KpiDirectory::load(db);
    auto rates = RateHistory::load(db);
    auto converter = CurrencyConverter::load(db, filter.asOf, QStringLiteral("EUR"));
    if (!directory || !rates || !converter)
        return Error(Error::Category::Internal, QStringLiteral("setup"));
    return FinanceQuery::run(db, filter, directory.value(), rates.value(), converter.value());
}

void TestFinanceQuery::computesUtilisationRealisationAndMargin()
{
    const qint64 invoice = m_b->add(B::Invoice {
        .customer = m_customer, .placement = m_placement, .date = QStringLiteral("2026-03-20") });
    m_b->add(B::Line { .placement = m_placement,
                       .date = QStringLiteral("2026-03-10"),
                       .billRate = 5400,
                       .invoice = invoice });
    m_b->add(B::Line { .placement = m_placement, .date = QStringLiteral("2026-03-25") });
    m_b->add(B::Line {
        .placement = m_placement, .date = QStringLiteral("2026-03-26"), .minutes = 120, .billable = false });
    m_b->add(B::Line { .placement = m_placement,
                       .date = QStringLiteral("2026-03-27"),
                       .status = QStringLiteral("submitted") });
    KpiFilter filter;
    filter.asOf = QDate(2026, 3, 31);
    auto kpis = run(filter);
    QVERIFY(kpis.ok());
    const FinanceKpis &k = kpis.value();
    QCOMPARE(k.from, QDate(2026, 3, 2));
    QCOMPARE(k.to, QDate(2026, 3, 31));
    QCOMPARE(k.approvedMinutes, 1080);
    QCOMPARE(k.billableMinutes, 960);
    QCOMPARE(qRound(k.utilisationPercent.value_or(-1) * 100), 8889);
    QCOMPARE(k.revenue.companyMinor, 43200 + 48000);
    QCOMPARE(k.directCost.companyMinor, 72000);
    QCOMPARE(qRound(k.grossMarginPercent.value_or(-1) * 100), 2105);
    QCOMPARE(k.billedValue.companyMinor, 43200);
    QCOMPARE(k.standardValue.companyMinor, 48000);
    QCOMPARE(k.realisationPercent.value_or(-1), 90.0);
    QCOMPARE(k.placements.size(), 1);
    QCOMPARE(k.placements[0].spreadPerHourMinor.value_or(-1), 2000);
    QCOMPARE(k.placements[0].revenueMinor, 91200);
    QSqlQuery drill(m_cache->db().connection());
    const DrillDown d = KpiDrillDowns::periodTime(filter, m_placement);
    drill.prepare(QStringLiteral("SELECT SUM(t.minutes) FROM %1 WHERE %2").arg(d.from, d.where));
    for (const QVariant &value : d.values)
        drill.addBindValue(value);
    QVERIFY(drill.exec() && drill.next());
    QCOMPARE(drill.value(0).toLongLong(), k.approvedMinutes);
}

void TestFinanceQuery::periodEndsOnTheAsOfDate_data()
{
    QTest::addColumn<QString>("workDate");
    QTest::addColumn<bool>("inPeriod");
    QTest::newRow("first day") << "2026-03-02" << true;
    QTest::newRow("day before the period") << "2026-03-01" << false;
    QTest::newRow("as-of date") << "2026-03-31" << true;
    QTest::newRow("after the as-of date") << "2026-04-01" << false;
}

void TestFinanceQuery::periodEndsOnTheAsOfDate()
{
    QFETCH(QString, workDate);
    QFETCH(bool, inPeriod);
    m_b->add(B::Line { .placement = m_placement, .date = workDate });
    KpiFilter filter;
    filter.asOf = QDate(2026, 3, 31);
    auto kpis = run(filter);
    QVERIFY(kpis.ok());
    QCOMPARE(kpis.value().approvedMinutes, inPeriod ? 480 : 0);
    QCOMPARE(kpis.value().utilisationPercent.has_value(), inPeriod);
}

void TestFinanceQuery::takesPayRatesFromTheHistoryWhenLinesHaveNone()
{
    m_b->rate(m_placement, QStringLiteral("2026-03-15"), 6000, 4500);
    m_b->add(
        B::Line { .placement = m_placement, .date = QStringLiteral("2026-03-10"), .payRate = std::nullopt });
    m_b->add(
        B::Line { .placement = m_placement, .date = QStringLiteral("2026-03-20"), .payRate = std::nullopt });
    KpiFilter filter;
    filter.asOf = QDate(2026, 3, 31);
    auto kpis = run(filter);
    QVERIFY(kpis.ok());
    QCOMPARE(kpis.value().directCost.companyMinor, 32000 + 36000);
    QCOMPARE(kpis.value().placements[0].payRateMinor.value_or(-1), 4500);
}

QTEST_GUILESS_MAIN(TestFinanceQuery)
#include "tst_financequery.moc"
