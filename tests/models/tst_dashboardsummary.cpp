#include "dashboardsummary.h"
#include "knowncache.h"
#include "tempcache.h"

#include <QSignalSpy>
#include <QTest>

using namespace cw;
using cw::test::KnownCache;
using cw::test::TempCache;

class TestDashboardSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void computesKnownFigures();
    void reportsSystems();
    void emptyCacheGivesZeros();
    void deliversOnTheOwnerThread();
    void refreshWhileRunningRunsOnceMore();
    void reportsFailure();

private:
    std::unique_ptr<TempCache> m_cache;
};

void TestDashboardSummary::initTestCase()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    QVERIFY(KnownCache::fill(*m_cache));
}

void TestDashboardSummary::computesKnownFigures()
{
    const auto result = DashboardSummary::compute(m_cache->db());
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    const DashboardSummary::Summary &summary = result.value();
    QCOMPARE(summary.unbilledMinutes, KnownCache::kUnbilledMinutes);
    QCOMPARE(summary.unbilledLines, KnownCache::kUnbilledLines);
    QCOMPARE(summary.unratedMinutes, KnownCache::kUnratedMinutes);
    const QMap<QString, qint64> unbilled { { QStringLiteral("USD"), KnownCache::kUnbilledUsd },
                                           { QStringLiteral("EUR"), KnownCache::kUnbilledEur },
                                           { QStringLiteral("GBP"), KnownCache::kUnbilledGbp } };
    QCOMPARE(summary.unbilledValue, unbilled);
    QCOMPARE(summary.openExceptions, KnownCache::kOpenExceptions);
    const QMap<QString, qint64> exceptions { { QStringLiteral("USD"), KnownCache::kOpenExceptionUsd },
                                             { QStringLiteral("EUR"), KnownCache::kOpenExceptionEur } };
    QCOMPARE(summary.openExceptionValue, exceptions);
    QCOMPARE(summary.openFailedPushes, KnownCache::kOpenFailedPushes);
    QCOMPARE(summary.unmatchedCustomers, KnownCache::kUnmatchedCustomers);
    QCOMPARE(summary.canonicalCustomers, KnownCache::kCanonicalCustomers);
    QCOMPARE(summary.customerRecords, KnownCache::kCustomerRecords);
    QCOMPARE(summary.placements, KnownCache::kPlacements);
    QCOMPARE(summary.timesheetLines, KnownCache::kTimesheetLines);
    QCOMPARE(summary.invoices, KnownCache::kInvoices);
}

void TestDashboardSummary::reportsSystems()
{
    const auto result = DashboardSummary::compute(m_cache->db());
    QVERIFY(result.ok());
    const QList<DashboardSummary::SystemFigures> &systems = result.value().systems;
    QCOMPARE(systems.size(), 3);
    QCOMPARE(systems.at(0).name, QStringLiteral("Odoo"));
    QCOMPARE(systems.at(0).customerRecords, qint64(2));
    QCOMPARE(systems.at(0).unmatchedCustomers, qint64(0));
    QCOMPARE(systems.at(0).lastSyncStatus, QStringLiteral("failed"));
    QCOMPARE(systems.at(0).lastSyncStarted, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE(systems.at(0).lastSyncFinished, QDateTime(QDate(2026, 3, 2), QTime(9, 1, 5), Qt::UTC));
    QCOMPARE(systems.at(1).name, QStringLiteral("HubSpot"));
    QCOMPARE(systems.at(1).customerRecords, qint64(0));
    QVERIFY(systems.at(1).lastSyncStatus.isEmpty());
    QCOMPARE(systems.at(2).name, QStringLiteral("Bullhorn"));
    QCOMPARE(systems.at(2).kind, QStringLiteral("staffing"));
    QCOMPARE(systems.at(2).unmatchedCustomers, KnownCache::kUnmatchedCustomers);
    QCOMPARE(systems.at(2).lastSyncStatus, QStringLiteral("running"));
    QVERIFY(!systems.at(2).lastSyncFinished.isValid());
}

void TestDashboardSummary::emptyCacheGivesZeros()
{
    TempCache empty;
    QVERIFY(empty.database());
    const auto result = DashboardSummary::compute(empty.db());
    QVERIFY(result.ok());
    QCOMPARE(result.value().unbilledMinutes, qint64(0));
    QVERIFY(result.value().unbilledValue.isEmpty());
    QCOMPARE(result.value().openExceptions, qint64(0));
    QVERIFY(result.value().systems.isEmpty());
}

void TestDashboardSummary::deliversOnTheOwnerThread()
{
    DashboardSummary summary(m_cache->db());
    QSignalSpy ready(&summary, &DashboardSummary::ready);
    QThread *deliveredOn = nullptr;
    connect(&summary, &DashboardSummary::ready, this, [&] { deliveredOn = QThread::currentThread(); });
    summary.refresh();
    QVERIFY(summary.isRunning());
    QVERIFY(ready.wait(10000));
    QVERIFY(!summary.isRunning());
    QCOMPARE(deliveredOn, QThread::currentThread());
    const auto figures = ready.first().first().value<DashboardSummary::Summary>();
    QCOMPARE(figures.unbilledMinutes, KnownCache::kUnbilledMinutes);
}

void TestDashboardSummary::refreshWhileRunningRunsOnceMore()
{
    DashboardSummary summary(m_cache->db());
    QSignalSpy ready(&summary, &DashboardSummary::ready);
    summary.refresh();
    summary.refresh();
    summary.refresh();
    QVERIFY(ready.wait(10000));
    if (ready.size() < 2)
        QVERIFY(ready.wait(10000));
    QTRY_VERIFY(!summary.isRunning());
    QTest::qWait(50);
    QCOMPARE(ready.size(), 2);
}

void TestDashboardSummary::reportsFailure()
{
    TempCache broken;
    QVERIFY(broken.database());
    QVERIFY(broken.exec(QStringLiteral("DROP TABLE revenue_exception")));
    DashboardSummary summary(broken.db());
    QSignalSpy failed(&summary, &DashboardSummary::failed);
    summary.refresh();
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.first().first().value<Error>().userMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestDashboardSummary)
#include "tst_dashboardsummary.moc"
