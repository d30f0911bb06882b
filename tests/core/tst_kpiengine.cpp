#include "kpi/kpidrilldowns.h"
#include "kpi/kpiengine.h"
#include "kpi/kpisql.h"
#include "kpicachebuilder.h"
#include "tempcache.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace cw;
using cw::test::KpiCacheBuilder;
using B = cw::test::KpiCacheBuilder;
using cw::test::TempCache;

namespace {

const QDate kAsOf(2026, 3, 31);

KpiFilter filterAt(const QDate &asOf = kAsOf, int periodDays = 30)
{
    KpiFilter filter;
    filter.asOf = asOf;
    filter.periodDays = periodDays;
    return filter;
}

// Runs a drill-down's query: how many records, and the sum of @p expression over them.
std::pair<qint64, qint64> runDrill(const TempCache &cache, const DrillDown &drill,
                                   const QString &expression = QStringLiteral("0"))
{
    QSqlQuery query(cache.db().connection());
    query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(%1), 0) FROM %2 WHERE %3")
                      .arg(expression, drill.from, drill.where));
    for (const QVariant &value : drill.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return { -1, -1 };
    return { query.value(0).toLongLong(), query.value(1).toLongLong() };
}

} // namespace

class TestKpiEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void agesIntoBuckets_data();
    void agesIntoBuckets();
    void roundsValuePerLine_data();
    void roundsValuePerLine();
    void countsOnlyUnbilledApprovedBillableTime_data();
    void countsOnlyUnbilledApprovedBillableTime();
    void valuesLinesWithoutRateAtThePlacementRate();
    void convertsToTheCompanyCurrency();
    void filtersBySlice_data();
    void filtersBySlice();
    void breaksDownByCustomerPlacementAndConsultant();
    void topCustomersDetailKeepsTheLargestCustomersOnly();
    void comparesWithThePreviousPeriod();
    void earlierDatesAddOnlyTheLinesBilledInBetween();
    void countsExceptionsFailedPushesAndUnmatchedCustomersAsOf();
    void computesDso();
    void defaultsAsOfToTodayInUtc();
    void readsAgainAfterTheCacheChanged();
    void drillDownsListTheRecordsBehindEachFigure();

private:
    qint64 placement(const B::Placement &p = {});
    std::unique_ptr<TempCache> m_cache;
    std::unique_ptr<KpiCacheBuilder> m_b;
    qint64 m_customer = 0;
};

void TestKpiEngine::init()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_b = std::make_unique<KpiCacheBuilder>(*m_cache);
    m_customer = m_b->add(B::Customer { .name = QStringLiteral("Acme") });
    QVERIFY(m_customer > 0);
}

void TestKpiEngine::cleanup()
{
    m_b.reset();
    m_cache.reset();
}

qint64 TestKpiEngine::placement(const B::Placement &p)
{
    B::Placement copy = p;
    if (copy.customer == 0)
        copy.customer = m_customer;
    return m_b->add(copy);
}

void TestKpiEngine::agesIntoBuckets_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("workDate");
    QTest::addColumn<int>("bucket");

    QTest::newRow("worked on the as-of date") << kAsOf << "2026-03-31" << 0;
    QTest::newRow("30 days") << kAsOf << "2026-03-01" << 0;
    QTest::newRow("31 days, last day of February") << kAsOf << "2026-02-28" << 1;
    QTest::newRow("60 days") << kAsOf << "2026-01-30" << 1;
    QTest::newRow("61 days") << kAsOf << "2026-01-29" << 2;
    QTest::newRow("90 days, year end") << kAsOf << "2025-12-31" << 2;
    QTest::newRow("91 days") << kAsOf << "2025-12-30" << 3;
    QTest::newRow("after the as-of date") << kAsOf << "2026-04-01" << -1;
    QTest::newRow("leap year: 30 days before 1 March") << QDate(2024, 3, 1) << "2024-01-31" << 0;
    QTest::newRow("leap year: 29 February is 1 day") << QDate(2024, 3, 1) << "2024-02-29" << 0;
    QTest::newRow("leap year: 31 days") << QDate(2024, 3, 1) << "2024-01-30" << 1;
    QTest::newRow("month end as of 30 April, 31 March") << QDate(2026, 4, 30) << "2026-03-31" << 0;
    QTest::newRow("month end as of 30 April, 30 March") << QDate(2026, 4, 30) << "2026-03-30" << 1;
}

void TestKpiEngine::agesIntoBuckets()
{
    QFETCH(QDate, asOf);
    QFETCH(QString, workDate);
    QFETCH(int, bucket);
    m_b->add(B::Line { .placement = placement(), .date = workDate });
    KpiEngine engine(m_cache->db());
    auto unbilled = engine.unbilled(filterAt(asOf));
    QVERIFY(unbilled.ok());
    const UnbilledSummary &summary = unbilled.value();
    for (int b = 0; b < AgeBuckets::kCount; ++b)
        QCOMPARE(summary.total.buckets[b].minutes, b == bucket ? 480 : 0);
    QCOMPARE(summary.total.total.minutes, bucket < 0 ? 0 : 480);
    if (bucket >= 0) {
        QCOMPARE(summary.oldestAgeDays().value_or(-1), QDate::fromString(workDate, Qt::ISODate).daysTo(asOf));
        const auto drill = runDrill(
            *m_cache, KpiDrillDowns::unbilledTime(filterAt(asOf), KpiDrillDowns::Dimension::All, 0, bucket));
        QCOMPARE(drill.first, 1);
    }
}

void TestKpiEngine::roundsValuePerLine_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("whole hour") << 60 << qint64(6000) << qint64(6000);
    QTest::newRow("half a minor unit rounds up") << 1 << qint64(30) << qint64(1);
    QTest::newRow("just below half rounds down") << 1 << qint64(29) << qint64(0);
    QTest::newRow("7 minutes at 60.05") << 7 << qint64(6005) << qint64(701);
    QTest::newRow("zero minutes") << 0 << qint64(6000) << qint64(0);
}

void TestKpiEngine::roundsValuePerLine()
{
    QFETCH(int, minutes);
    QFETCH(qint64, rate);
    QFETCH(qint64, expected);
    const qint64 p = placement();
    // Two identical lines: each rounds on its own, so the total is twice the line value.
    m_b->add(B::Line {
        .placement = p, .date = QStringLiteral("2026-03-30"), .minutes = minutes, .billRate = rate });
    m_b->add(B::Line {
        .placement = p, .date = QStringLiteral("2026-03-31"), .minutes = minutes, .billRate = rate });
    KpiEngine engine(m_cache->db());
    auto unbilled = engine.unbilled(filterAt());
    QVERIFY(unbilled.ok());
    QCOMPARE(unbilled.value().total.total.value.in(QStringLiteral("EUR")), 2 * expected);
    const auto drill = runDrill(*m_cache, KpiDrillDowns::unbilledTime(filterAt()), KpiSql::lineValue());
    QCOMPARE(drill.second, 2 * expected);
}

void TestKpiEngine::countsOnlyUnbilledApprovedBillableTime_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("billable");
    QTest::addColumn<QString>("invoiceState");
    QTest::addColumn<QString>("invoiceDate");
    QTest::addColumn<QString>("invoiceModified");
    QTest::addColumn<bool>("counted");

    const QString none;
    const QString stamp = QStringLiteral("2026-03-20T10:00:00Z");
    QTest::newRow("approved, billable, not invoiced") << "approved" << true << none << none << stamp << true;
    QTest::newRow("submitted") << "submitted" << true << none << none << stamp << false;
    QTest::newRow("rejected") << "rejected" << true << none << none << stamp << false;
    QTest::newRow("not billable") << "approved" << false << none << none << stamp << false;
    QTest::newRow("invoiced before the as-of date") << "approved" << true << "posted"
                                                    << "2026-03-20" << stamp << false;
    QTest::newRow("invoiced on the as-of date") << "approved" << true << "posted"
                                                << "2026-03-31" << stamp << false;
    QTest::newRow("invoiced after the as-of date") << "approved" << true << "posted"
                                                   << "2026-04-01" << stamp << true;
    QTest::newRow("on a cancelled invoice") << "approved" << true << "cancel"
                                            << "2026-03-20" << stamp << true;
    QTest::newRow("draft made before the as-of date")
        << "approved" << true << "draft" << none << stamp << false;
    QTest::newRow("draft made just after midnight UTC")
        << "approved" << true << "draft" << none << "2026-04-01T00:10:00Z" << true;
    QTest::newRow("draft made just before midnight UTC")
        << "approved" << true << "draft" << none << "2026-03-31T23:50:00Z" << false;
}

void TestKpiEngine::countsOnlyUnbilledApprovedBillableTime()
{
    QFETCH(QString, status);
    QFETCH(bool, billable);
    QFETCH(QString, invoiceState);
    QFETCH(QString, invoiceDate);
    QFETCH(QString, invoiceModified);
    QFETCH(bool, counted);
    const qint64 p = placement();
    qint64 invoice = 0;
    if (!invoiceState.isEmpty())
        invoice = m_b->add(B::Invoice { .customer = m_customer,
                                        .placement = p,
                                        .date = invoiceDate,
                                        .state = invoiceState,
                                        .modifiedAt = invoiceModified });
    m_b->add(B::Line { .placement = p,
                       .date = QStringLiteral("2026-03-10"),
                       .status = status,
                       .billable = billable,
                       .invoice = invoice });
    KpiEngine engine(m_cache->db());
    auto unbilled = engine.unbilled(filterAt());
    QVERIFY(unbilled.ok());
    QCOMPARE(unbilled.value().total.total.minutes, counted ? 480 : 0);
    QCOMPARE(unbilled.value().total.total.value.in(QStringLiteral("EUR")), counted ? 48000 : 0);
    QCOMPARE(runDrill(*m_cache, KpiDrillDowns::unbilledTime(filterAt())).first, counted ? 1 : 0);
}

void TestKpiEngine::valuesLinesWithoutRateAtThePlacementRate()
{
    const qint64 rated = placement(B::Placement { .billRate = 5000 });
    m_b->rate(rated, QStringLiteral("2026-03-15"), 7000, 4500);
    const qint64 unrated = placement(B::Placement { .billRate = std::nullopt });
    m_b->add(B::Line { .placement = rated, .date = QStringLiteral("2026-03-10"), .billRate = std::nullopt });
    m_b->add(B::Line { .placement = rated, .date = QStringLiteral("2026-03-20"), .billRate = std::nullopt });
    m_b->add(
        B::Line { .placement = unrated, .date = QStringLiteral("2026-03-20"), .billRate = std::nullopt });
    KpiEngine engine(m_cache->db());
    auto unbilled = engine.unbilled(filterAt());
    QVERIFY(unbilled.ok());
    const UnbilledSummary::Cell &total = unbilled.value().total.total;
    QCOMPARE(total.minutes, 1440);
    QCOMPARE(total.unratedMinutes, 480);
    QCOMPARE(total.value.in(QStringLiteral("EUR")), 40000 + 56000);
}

void TestKpiEngine::convertsToTheCompanyCurrency()
{
    const qint64 usCustomer =
        m_b->add(B::Customer { .name = QStringLiteral("US Inc"), .currency = QStringLiteral("USD") });
    const qint64 ukCustomer =
        m_b->add(B::Customer { .name = QStringLiteral("UK Ltd"), .currency = QStringLiteral("GBP") });
    m_b->add(B::Line { .placement = placement(), .date = QStringLiteral("2026-03-10") });
    // The line names no currency: the placement's applies, then the customer's.
    m_b->add(B::Line { .placement = placement(B::Placement { .customer = usCustomer, .currency = QString() }),
                       .date = QStringLiteral("2026-03-10") });
    m_b->add(B::Line {
        .placement = placement(B::Placement { .customer = ukCustomer, .currency = QStringLiteral("GBP") }),
        .date = QStringLiteral("2026-03-10") });
    m_b->currencyRate(QStringLiteral("USD"), QStringLiteral("2026-03-31"), QStringLiteral("EUR"), 920000);
    m_b->currencyRate(QStringLiteral("USD"), QStringLiteral("2026-04-01"), QStringLiteral("EUR"), 1000000);
    KpiEngine engine(m_cache->db());
    auto snapshot = engine.snapshot(filterAt());
    QVERIFY(snapshot.ok());
    const MoneyTotal &value = snapshot.value().unbilled.total.total.value;
    QCOMPARE(value.in(QStringLiteral("USD")), 48000);
    QCOMPARE(value.companyMinor, 48000 + 44160);
    QCOMPARE(value.unconverted, QStringList { QStringLiteral("GBP") });
    const KpiTile *tile = snapshot.value().tile(KpiTile::Id::UnbilledValue);
    QVERIFY(tile);
    QCOMPARE(tile->currency, QStringLiteral("EUR"));
    QCOMPARE(tile->value.value_or(-1), 92160.0);
    QCOMPARE(tile->unconverted, QStringList { QStringLiteral("GBP") });

    KpiFilter usd = filterAt();
    usd.currency = QStringLiteral("USD");
    auto inUsd = engine.snapshot(usd);
    QVERIFY(inUsd.ok());
    QCOMPARE(inUsd.value().tile(KpiTile::Id::UnbilledValue)->currency, QStringLiteral("USD"));
    QCOMPARE(inUsd.value().tile(KpiTile::Id::UnbilledValue)->value.value_or(-1), 48000.0);
    QCOMPARE(runDrill(*m_cache, KpiDrillDowns::unbilledTime(usd)).first, 1);
}

void TestKpiEngine::filtersBySlice_data()
{
    QTest::addColumn<QString>("slice");
    QTest::addColumn<qint64>("minutes");
    QTest::newRow("everything") << "" << qint64(840);
    QTest::newRow("staffing customer") << "customer" << qint64(720);
    QTest::newRow("its Odoo record, through the link") << "linked" << qint64(720);
    QTest::newRow("business unit of the customer") << "north" << qint64(720);
    QTest::newRow("another business unit") << "south" << qint64(120);
    QTest::newRow("cost center") << "X" << qint64(600);
    QTest::newRow("currency") << "USD" << qint64(120);
    QTest::newRow("customer and cost center") << "customer+Y" << qint64(240);
    QTest::newRow("business unit and another customer") << "north+other" << qint64(0);
}

void TestKpiEngine::filtersBySlice()
{
    QFETCH(QString, slice);
    QFETCH(qint64, minutes);
    const qint64 a =
        m_b->add(B::Customer { .name = QStringLiteral("Alpha"), .businessUnit = QStringLiteral("North") });
    const qint64 aOdoo = m_b->add(B::Customer { .system = m_b->odoo(), .name = QStringLiteral("Alpha SA") });
    m_b->link(aOdoo, m_b->link(a));
    const qint64 other = m_b->add(B::Customer { .name = QStringLiteral("Beta"),
                                                .currency = QStringLiteral("USD"),
                                                .businessUnit = QStringLiteral("South") });
    m_b->add(
        B::Line { .placement = placement(B::Placement { .customer = a, .costCenter = QStringLiteral("X") }),
                  .date = QStringLiteral("2026-03-10"),
                  .minutes = 480 });
    m_b->add(
        B::Line { .placement = placement(B::Placement { .customer = a, .costCenter = QStringLiteral("Y") }),
                  .date = QStringLiteral("2026-03-10"),
                  .minutes = 240 });
    m_b->add(B::Line { .placement = placement(B::Placement { .customer = other,
                                                             .currency = QStringLiteral("USD"),
                                                             .costCenter = QStringLiteral("X") }),
                       .date = QStringLiteral("2026-03-10"),
                       .minutes = 120 });
    KpiFilter filter = filterAt();
    if (slice.startsWith(QLatin1String("customer")))
        filter.customerIds = { a };
    if (slice == QLatin1String("linked"))
        filter.customerIds = { aOdoo };
    if (slice.startsWith(QLatin1String("north")))
        filter.businessUnit = QStringLiteral("North");
    if (slice == QLatin1String("south"))
        filter.businessUnit = QStringLiteral("South");
    if (slice.endsWith(QLatin1String("other")))
        filter.customerIds = { other };
    if (slice == QLatin1String("X") || slice.endsWith(QLatin1String("+Y")))
        filter.costCenter = slice.right(1);
    if (slice == QLatin1String("USD"))
        filter.currency = slice;
    KpiEngine engine(m_cache->db());
    auto unbilled = engine.unbilled(filter);
    QVERIFY(unbilled.ok());
    QCOMPARE(unbilled.value().total.total.minutes, minutes);
    QCOMPARE(runDrill(*m_cache, KpiDrillDowns::unbilledTime(filter), QStringLiteral("t.minutes")).second,
             minutes);
}

void TestKpiEngine::topCustomersDetailKeepsTheLargestCustomersOnly()
{
    // More customers than the dashboard keeps, each with a different amount of unbilled time.
    const int customers = UnbilledSummary::kTopCustomers + 5;
    for (int i = 0; i < customers; ++i) {
        const qint64 customer = m_b->add(B::Customer { .name = QStringLiteral("C%1").arg(i) });
        const qint64 p = placement(B::Placement { .customer = customer });
        m_b->add(B::Line { .placement = p, .date = QStringLiteral("2026-02-10"), .minutes = 60 + 15 * i });
        m_b->add(B::Line { .placement = p, .date = QStringLiteral("2026-03-30"), .minutes = 30 });
    }
    KpiEngine engine(m_cache->db());
    auto full = engine.snapshot(filterAt());
    auto top = engine.snapshot(filterAt(), UnbilledSummary::Detail::TopCustomers);
    QVERIFY(full.ok() && top.ok());
    const UnbilledSummary &all = full.value().unbilled;
    const UnbilledSummary &kept = top.value().unbilled;
    QCOMPARE(kept.byCustomer.size(), UnbilledSummary::kTopCustomers);
    QVERIFY(all.byCustomer.size() > kept.byCustomer.size());
    QVERIFY(kept.byPlacement.isEmpty());
    QVERIFY(kept.byConsultant.isEmpty());
    QCOMPARE(kept.total.total.minutes, all.total.total.minutes);
    for (int i = 0; i < kept.byCustomer.size(); ++i) {
        QCOMPARE(kept.byCustomer[i].id, all.byCustomer[i].id);
        QCOMPARE(kept.byCustomer[i].label, all.byCustomer[i].label);
        QCOMPARE(kept.byCustomer[i].total.value.companyMinor, all.byCustomer[i].total.value.companyMinor);
        for (int b = 0; b < AgeBuckets::kCount; ++b)
            QCOMPARE(kept.byCustomer[i].buckets[b].minutes, all.byCustomer[i].buckets[b].minutes);
    }
    QCOMPARE(kept.byCustomer.first().label, QStringLiteral("C%1").arg(customers - 1));
    // The tiles do not depend on the detail.
    for (int t = 0; t < full.value().tiles.size(); ++t)
        QCOMPARE(top.value().tiles[t].value, full.value().tiles[t].value);
}

void TestKpiEngine::breaksDownByCustomerPlacementAndConsultant()
{
    const qint64 ann = m_b->consultant(QStringLiteral("Ann"));
    const qint64 bob = m_b->consultant(QStringLiteral("Bob"));
    const qint64 big = m_b->add(B::Customer { .name = QStringLiteral("Big") });
    const qint64 p1 = placement(B::Placement { .consultant = ann });
    const qint64 p2 = placement(B::Placement { .customer = big, .consultant = ann });
    const qint64 p3 = placement(B::Placement { .customer = big, .consultant = bob });
    m_b->add(B::Line { .placement = p1, .date = QStringLiteral("2026-03-30"), .minutes = 60 });
    m_b->add(B::Line { .placement = p2, .date = QStringLiteral("2026-03-30"), .minutes = 120 });
    m_b->add(B::Line { .placement = p3, .date = QStringLiteral("2026-01-15"), .minutes = 180 });
    KpiEngine engine(m_cache->db());
    auto unbilled = engine.unbilled(filterAt());
    QVERIFY(unbilled.ok());
    const UnbilledSummary &s = unbilled.value();
    QCOMPARE(s.byCustomer.size(), 2);
    QCOMPARE(s.byCustomer[0].id, big);
    QCOMPARE(s.byCustomer[0].label, QStringLiteral("Big"));
    QCOMPARE(s.byCustomer[0].total.minutes, 300);
    QCOMPARE(s.byCustomer[0].buckets[0].minutes, 120);
    QCOMPARE(s.byCustomer[0].buckets[2].minutes, 180);
    QCOMPARE(s.byCustomer[1].id, m_customer);
    QCOMPARE(s.byPlacement.size(), 3);
    QCOMPARE(s.byPlacement[0].id, p3);
    QCOMPARE(s.byConsultant.size(), 2);
    QCOMPARE(s.byConsultant[0].id, ann);
    QCOMPARE(s.byConsultant[0].label, QStringLiteral("Ann"));
    QCOMPARE(s.byConsultant[0].total.minutes, 180);
    for (const auto &[dimension, rows] :
         { std::pair { KpiDrillDowns::Dimension::Customer, s.byCustomer },
           std::pair { KpiDrillDowns::Dimension::Placement, s.byPlacement },
           std::pair { KpiDrillDowns::Dimension::Consultant, s.byConsultant } }) {
        for (const UnbilledSummary::Row &row : rows) {
            for (int b = 0; b < AgeBuckets::kCount; ++b) {
                const auto drill =
                    runDrill(*m_cache, KpiDrillDowns::unbilledTime(filterAt(), dimension, row.id, b),
                             QStringLiteral("t.minutes"));
                QCOMPARE(drill.first, row.buckets[b].lines);
                QCOMPARE(drill.second, row.buckets[b].minutes);
            }
        }
    }
}

void TestKpiEngine::comparesWithThePreviousPeriod()
{
    const qint64 p = placement();
    const qint64 invoice =
        m_b->add(B::Invoice { .customer = m_customer, .placement = p, .date = QStringLiteral("2026-03-05") });
    m_b->add(B::Line { .placement = p, .date = QStringLiteral("2026-02-15"), .invoice = invoice });
    m_b->add(B::Line { .placement = p, .date = QStringLiteral("2026-03-20") });
    m_b->add(B::Line { .placement = p, .date = QStringLiteral("2026-03-25") });
    KpiEngine engine(m_cache->db());
    auto snapshot = engine.snapshot(filterAt());
    QVERIFY(snapshot.ok());
    const KpiTile *hours = snapshot.value().tile(KpiTile::Id::UnbilledHours);
    QCOMPARE(hours->value.value_or(-1), 960.0);
    QCOMPARE(hours->previous.value_or(-1), 480.0);
    QCOMPARE(hours->change().value_or(-1), 480.0);
    const KpiTile *oldest = snapshot.value().tile(KpiTile::Id::OldestUnbilledAge);
    QCOMPARE(oldest->value.value_or(-1), 11.0);
    QCOMPARE(oldest->previous.value_or(-1), 14.0);
}

void TestKpiEngine::earlierDatesAddOnlyTheLinesBilledInBetween()
{
    // Lines with distinct minutes, so that every total names the lines behind it.
    const qint64 p = placement();
    auto invoice = [&](const char *date, const char *state = "posted") {
        return m_b->add(B::Invoice { .customer = m_customer,
                                     .placement = p,
                                     .date = QString::fromLatin1(date),
                                     .state = QString::fromLatin1(state) });
    };
    auto line = [&](const char *date, int minutes, qint64 onInvoice) {
        m_b->add(B::Line {
            .placement = p, .date = QString::fromLatin1(date), .minutes = minutes, .invoice = onInvoice });
    };
    line("2025-12-15", 60, invoice("2026-01-10"));
    line("2026-01-15", 120, invoice("2026-02-10"));
    line("2026-02-15", 240, invoice("2026-03-10"));
    line("2026-03-15", 480, 0);
    line("2025-12-20", 15, invoice("2026-01-05", "cancel"));

    // One engine walks back in time (each step reads only the invoices billed in between); its
    // figures must equal the hand-counted ones, and those of a new engine for the same date.
    const QList<std::pair<QDate, qint64>> expected {
        { QDate(2026, 3, 31), 480 + 15 }, { QDate(2026, 3, 9), 240 + 15 }, { QDate(2026, 2, 9), 120 + 15 },
        { QDate(2026, 1, 9), 60 + 15 },   { QDate(2026, 1, 10), 15 },      { QDate(2026, 3, 31), 480 + 15 },
    };
    KpiEngine walking(m_cache->db());
    for (const auto &[date, minutes] : expected) {
        auto walked = walking.snapshot(filterAt(date));
        QVERIFY(walked.ok());
        QCOMPARE(walked.value().unbilled.total.total.minutes, minutes);
        KpiEngine fresh(m_cache->db());
        auto direct = fresh.unbilled(filterAt(date));
        QVERIFY(direct.ok());
        QCOMPARE(direct.value().total.total.minutes, minutes);
    }
}

void TestKpiEngine::countsExceptionsFailedPushesAndUnmatchedCustomersAsOf()
{
    m_b->add(B::Exception { .amount = 1000, .detectedAt = QStringLiteral("2026-03-01T08:00:00Z") });
    m_b->add(B::Exception { .subject = 2,
                            .amount = 500,
                            .state = QStringLiteral("acknowledged"),
                            .detectedAt = QStringLiteral("2026-03-10T08:00:00Z") });
    m_b->add(B::Exception { .subject = 3,
                            .amount = 200,
                            .state = QStringLiteral("resolved"),
                            .detectedAt = QStringLiteral("2026-02-01T08:00:00Z"),
                            .updatedAt = QStringLiteral("2026-03-20T08:00:00Z") });
    m_b->add(
        B::Exception { .subject = 4, .amount = 700, .detectedAt = QStringLiteral("2026-04-01T00:00:00Z") });
    // Late evening in America is already the next UTC day: the UTC date decides.
    m_b->add(B::FailedPush { .firstSeen = QStringLiteral("2026-03-31T23:30:00Z") });
    m_b->add(B::FailedPush { .category = QStringLiteral("mapping"),
                             .firstSeen = QStringLiteral("2026-03-01T10:00:00Z"),
                             .state = QStringLiteral("resolved"),
                             .resolvedAt = QStringLiteral("2026-03-15T10:00:00Z") });
    const qint64 linked = m_b->add(B::Customer { .name = QStringLiteral("Linked") });
    m_b->link(linked, 0, QStringLiteral("2026-03-10T00:00:00Z"));
    KpiEngine engine(m_cache->db());
    auto snapshot = engine.snapshot(filterAt());
    QVERIFY(snapshot.ok());
    const KpiSnapshot &s = snapshot.value();
    QCOMPARE(s.tile(KpiTile::Id::OpenExceptions)->value.value_or(-1), 2.0);
    QCOMPARE(s.tile(KpiTile::Id::OpenExceptions)->previous.value_or(-1), 2.0);
    QCOMPARE(s.tile(KpiTile::Id::OpenExceptionValue)->value.value_or(-1), 1500.0);
    QCOMPARE(s.tile(KpiTile::Id::OpenExceptionValue)->previous.value_or(-1), 1200.0);
    QCOMPARE(s.tile(KpiTile::Id::FailedPushes)->value.value_or(-1), 1.0);
    QCOMPARE(s.tile(KpiTile::Id::FailedPushes)->previous.value_or(-1), 1.0);
    QCOMPARE(s.health.failedByCategory.size(), 1);
    QCOMPARE(s.health.failedByCategory[0].category, QStringLiteral("validation"));
    // m_customer (Acme) is never linked; Linked was linked on 10 March.
    QCOMPARE(s.tile(KpiTile::Id::UnmatchedCustomers)->value.value_or(-1), 1.0);
    QCOMPARE(s.tile(KpiTile::Id::UnmatchedCustomers)->previous.value_or(-1), 2.0);
    QCOMPARE(s.exceptions.byRule.constFirst().rule, QStringLiteral("time_without_rate"));
    for (const ExceptionStats::Rule &rule : s.exceptions.byRule)
        QCOMPARE(rule.open, rule.rule == QLatin1String("invoice_overdue") ? 2 : 0);
    for (const KpiTile &tile : s.tiles) {
        if (tile.unit == KpiTile::Unit::Count)
            QCOMPARE(double(runDrill(*m_cache, tile.drill).first), tile.value.value_or(-1));
    }
}

void TestKpiEngine::computesDso()
{
    const qint64 p = placement();
    m_b->add(B::Invoice { .customer = m_customer,
                          .placement = p,
                          .date = QStringLiteral("2026-03-15"),
                          .total = 10000,
                          .residual = 10000 });
    const qint64 paid = m_b->add(B::Invoice { .customer = m_customer,
                                              .placement = p,
                                              .date = QStringLiteral("2026-01-20"),
                                              .total = 5000,
                                              .residual = 0 });
    m_b->add(B::Payment {
        .customer = m_customer, .invoice = paid, .date = QStringLiteral("2026-02-10"), .amount = 5000 });
    m_b->add(B::Invoice { .customer = m_customer,
                          .placement = p,
                          .date = QStringLiteral("2025-12-01"),
                          .total = 20000,
                          .residual = 20000 });
    m_b->add(B::Invoice { .customer = m_customer,
                          .placement = p,
                          .date = QStringLiteral("2026-03-01"),
                          .state = QStringLiteral("draft"),
                          .total = 99999,
                          .residual = 99999 });
    KpiEngine engine(m_cache->db());
    // 31 March: receivables 10,000 + 20,000; revenue since 31 December 10,000 + 5,000.
    // 1 February (58 days earlier): receivables 5,000 (paid on 10 February) + 20,000; revenue
    // since 3 November 5,000 + 20,000.
    auto snapshot = engine.snapshot(filterAt(kAsOf, 58));
    QVERIFY(snapshot.ok());
    const KpiTile *dso = snapshot.value().tile(KpiTile::Id::Dso);
    QCOMPARE(dso->value.value_or(-1), 180.0);
    QCOMPARE(dso->previous.value_or(-1), 90.0);
    QCOMPARE(snapshot.value().dso.receivables.in(QStringLiteral("EUR")), 30000);
    QCOMPARE(runDrill(*m_cache, dso->drill,
                      KpiSql::receivableAsOf().replace(QLatin1Char('?'), QStringLiteral("'2026-03-31'")))
                 .second,
             30000);
    QCOMPARE(runDrill(*m_cache, KpiDrillDowns::invoicedRevenue(filterAt(), DsoFigure::kWindowDays),
                      QStringLiteral("i.amount_total_minor"))
                 .second,
             15000);
    KpiFilter otherCustomer = filterAt();
    otherCustomer.customerIds = { m_b->add(B::Customer { .name = QStringLiteral("Nobody") }) };
    auto none = engine.snapshot(otherCustomer);
    QVERIFY(none.ok());
    QVERIFY(!none.value().tile(KpiTile::Id::Dso)->value.has_value());
}

void TestKpiEngine::defaultsAsOfToTodayInUtc()
{
    // 23:30 on 31 March two hours west of UTC is 1 April in UTC.
    auto clock =
        std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 31), QTime(23, 30), QTimeZone(-7200)));
    KpiEngine engine(m_cache->db(), clock);
    auto snapshot = engine.snapshot(KpiFilter {});
    QVERIFY(snapshot.ok());
    QCOMPARE(snapshot.value().filter.asOf, QDate(2026, 4, 1));
    QCOMPARE(snapshot.value().filter.previousPeriod().asOf, QDate(2026, 3, 2));
}

void TestKpiEngine::readsAgainAfterTheCacheChanged()
{
    const qint64 p = placement();
    m_b->add(B::Line { .placement = p, .date = QStringLiteral("2026-03-10") });
    KpiEngine engine(m_cache->db());
    auto first = engine.unbilled(filterAt());
    QVERIFY(first.ok());
    QCOMPARE(first.value().total.total.minutes, 480);
    m_b->add(B::Line { .placement = p, .date = QStringLiteral("2026-03-11") });
    auto second = engine.unbilled(filterAt());
    QVERIFY(second.ok());
    QCOMPARE(second.value().total.total.minutes, 960);
}

void TestKpiEngine::drillDownsListTheRecordsBehindEachFigure()
{
    const qint64 p = placement(B::Placement { .costCenter = QStringLiteral("X") });
    for (const char *date : { "2026-03-30", "2026-02-15", "2026-01-10", "2025-11-01" })
        m_b->add(B::Line { .placement = p, .date = QString::fromLatin1(date) });
    m_b->add(B::FailedPush { .firstSeen = QStringLiteral("2026-03-31T08:00:00Z") });
    m_b->add(B::FailedPush { .firstSeen = QStringLiteral("2026-03-20T08:00:00Z") });
    m_b->add(B::FailedPush { .category = QStringLiteral("mapping"),
                             .firstSeen = QStringLiteral("2026-01-01T08:00:00Z") });
    m_b->add(B::Exception { .rule = QStringLiteral("time_after_end"),
                            .entity = QStringLiteral("placement"),
                            .subject = p,
                            .customer = m_customer,
                            .amount = 300,
                            .occurredOn = QStringLiteral("2026-03-25"),
                            .detectedAt = QStringLiteral("2026-03-26T00:00:00Z") });
    KpiFilter filter = filterAt();
    filter.costCenter = QStringLiteral("X");
    KpiEngine engine(m_cache->db());
    auto snapshot = engine.snapshot(filter);
    QVERIFY(snapshot.ok());
    const KpiSnapshot &s = snapshot.value();
    QCOMPARE(
        runDrill(*m_cache, s.tile(KpiTile::Id::UnbilledHours)->drill, QStringLiteral("t.minutes")).second,
        s.unbilled.total.total.minutes);
    QCOMPARE(s.unbilled.total.total.lines, 4);
    QCOMPARE(runDrill(*m_cache, s.tile(KpiTile::Id::OldestUnbilledAge)->drill).first, 1);
    QCOMPARE(runDrill(*m_cache, s.tile(KpiTile::Id::OpenExceptions)->drill).first, 1);
    for (const IntegrationHealth::Category &category : s.health.failedByCategory) {
        QCOMPARE(runDrill(*m_cache, KpiDrillDowns::openFailedPushes(filter, category.category)).first,
                 category.open);
        for (int b = 0; b < IntegrationHealth::kAgeBucketCount; ++b)
            QCOMPARE(runDrill(*m_cache, KpiDrillDowns::openFailedPushes(filter, category.category, b)).first,
                     category.byAge[b]);
    }
    QCOMPARE(s.health.failedByCategory[0].byAge[0], 1);
    QCOMPARE(s.health.failedByCategory[0].byAge[2], 1);
    const int week = int(s.exceptions.weekStarts.indexOf(QDate(2026, 3, 23)));
    QCOMPARE(week, ExceptionStats::kWeeks - 2);
    for (const ExceptionStats::Series &series : s.exceptions.weekly) {
        for (int w = 0; w < ExceptionStats::kWeeks; ++w)
            QCOMPARE(
                runDrill(*m_cache,
                         KpiDrillDowns::exceptionsInWeek(filter, series.rule, s.exceptions.weekStarts[w]))
                    .first,
                series.counts[w]);
    }
    KpiFilter elsewhere = filter;
    elsewhere.costCenter = QStringLiteral("Z");
    auto empty = engine.snapshot(elsewhere);
    QVERIFY(empty.ok());
    QCOMPARE(empty.value().tile(KpiTile::Id::OpenExceptions)->value.value_or(-1), 0.0);
    QCOMPARE(runDrill(*m_cache, empty.value().tile(KpiTile::Id::OpenExceptions)->drill).first, 0);
}

QTEST_GUILESS_MAIN(TestKpiEngine)
#include "tst_kpiengine.moc"
