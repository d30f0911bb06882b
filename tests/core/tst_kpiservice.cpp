#include "kpi/kpiservice.h"
#include "kpicachebuilder.h"
#include "tempcache.h"

#include <QSignalSpy>
#include <QTest>

using namespace cw;
using B = cw::test::KpiCacheBuilder;
using cw::test::TempCache;

class TestKpiService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deliversTheSnapshotBySignal();
    void deliversOnlyTheLatestRequest();
    void deliversFinanceKpis();
    void reportsFailures();

private:
    std::unique_ptr<TempCache> m_cache;
    KpiFilter m_filter;
};

void TestKpiService::init()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    B b(*m_cache);
    const qint64 customer = b.add(B::Customer { .name = QStringLiteral("Acme") });
    const qint64 placement = b.add(B::Placement { .customer = customer, .costCenter = QStringLiteral("X") });
    b.add(B::Line { .placement = placement, .date = QStringLiteral("2026-03-10") });
    b.add(B::Line { .placement = placement, .date = QStringLiteral("2026-03-11"), .minutes = 240 });
    m_filter.asOf = QDate(2026, 3, 31);
}

void TestKpiService::cleanup()
{
    m_cache.reset();
}

void TestKpiService::deliversTheSnapshotBySignal()
{
    KpiService service(m_cache->db());
    QSignalSpy ready(&service, &KpiService::snapshotReady);
    const quint64 generation = service.requestSnapshot(m_filter);
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(0).toULongLong(), generation);
    const auto snapshot = ready.at(0).at(1).value<KpiSnapshot>();
    QCOMPARE(snapshot.unbilled.total.total.minutes, 720);
    QCOMPARE(snapshot.filter.asOf, m_filter.asOf);
}

void TestKpiService::deliversOnlyTheLatestRequest()
{
    KpiService service(m_cache->db());
    QSignalSpy ready(&service, &KpiService::snapshotReady);
    KpiFilter elsewhere = m_filter;
    elsewhere.costCenter = QStringLiteral("Y");
    for (int i = 0; i < 5; ++i)
        service.requestSnapshot(m_filter);
    const quint64 last = service.requestSnapshot(elsewhere);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
    // Give superseded requests every chance to show up late.
    const quint64 probe = service.requestSnapshot(elsewhere);
    QTRY_VERIFY_WITH_TIMEOUT(ready.constLast().at(0).toULongLong() == probe, 10000);
    for (const QList<QVariant> &signal : std::as_const(ready)) {
        QVERIFY(signal.at(0).toULongLong() >= last);
        QCOMPARE(signal.at(1).value<KpiSnapshot>().unbilled.total.total.minutes, 0);
    }
}

void TestKpiService::deliversFinanceKpis()
{
    KpiService service(m_cache->db());
    QSignalSpy ready(&service, &KpiService::financeReady);
    service.requestFinance(m_filter);
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.at(0).at(1).value<FinanceKpis>().approvedMinutes, 720);
}

void TestKpiService::reportsFailures()
{
    QVERIFY(m_cache->exec(QStringLiteral("DROP INDEX timesheet_unbilled")));
    KpiService service(m_cache->db());
    QSignalSpy failed(&service, &KpiService::failed);
    const quint64 generation = service.requestSnapshot(m_filter);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).toULongLong(), generation);
    QVERIFY(!failed.at(0).at(1).value<Error>().userMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestKpiService)
#include "tst_kpiservice.moc"
