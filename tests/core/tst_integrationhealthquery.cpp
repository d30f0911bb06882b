#include "kpi/integrationhealthquery.h"
#include "kpicachebuilder.h"
#include "tempcache.h"

#include <QTest>

using namespace cw;
using B = cw::test::KpiCacheBuilder;
using cw::test::TempCache;

namespace {

const QDate kAsOf(2026, 3, 31);

} // namespace

class TestIntegrationHealthQuery : public QObject
{
    Q_OBJECT

private slots:
    void agesFailedPushesSinceFirstSeen_data();
    void agesFailedPushesSinceFirstSeen();
    void ordersCategoriesForAPareto();
    void countsUnmatchedCustomersPerSystemAsOf();
    void findsTheLastSuccessfulSyncUpToTheEndOfTheDay();
};

void TestIntegrationHealthQuery::agesFailedPushesSinceFirstSeen_data()
{
    QTest::addColumn<QString>("firstSeen");
    QTest::addColumn<int>("bucket");
    QTest::newRow("today") << "2026-03-31T00:00:00Z" << 0;
    QTest::newRow("late today, UTC") << "2026-03-31T23:59:59Z" << 0;
    QTest::newRow("1 day") << "2026-03-30T12:00:00Z" << 0;
    QTest::newRow("2 days") << "2026-03-29T12:00:00Z" << 1;
    QTest::newRow("7 days") << "2026-03-24T12:00:00Z" << 1;
    QTest::newRow("8 days") << "2026-03-23T12:00:00Z" << 2;
    QTest::newRow("30 days") << "2026-03-01T12:00:00Z" << 2;
    QTest::newRow("31 days, end of February") << "2026-02-28T12:00:00Z" << 3;
    QTest::newRow("after the as-of date") << "2026-04-01T00:00:00Z" << -1;
}

void TestIntegrationHealthQuery::agesFailedPushesSinceFirstSeen()
{
    QFETCH(QString, firstSeen);
    QFETCH(int, bucket);
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    B b(cache);
    b.add(B::FailedPush { .firstSeen = firstSeen });
    auto health = IntegrationHealthQuery::run(cache.db().connection(), kAsOf);
    QVERIFY(health.ok());
    QCOMPARE(health.value().openFailedPushes, bucket < 0 ? 0 : 1);
    if (bucket < 0) {
        QVERIFY(health.value().failedByCategory.isEmpty());
        return;
    }
    const IntegrationHealth::Category &category = health.value().failedByCategory.constFirst();
    for (int i = 0; i < IntegrationHealth::kAgeBucketCount; ++i)
        QCOMPARE(category.byAge[i], i == bucket ? 1 : 0);
    QCOMPARE(category.oldestFirstSeen, QDate::fromString(firstSeen.left(10), Qt::ISODate));
}

void TestIntegrationHealthQuery::ordersCategoriesForAPareto()
{
    TempCache cache;
    B b(cache);
    const QString seen = QStringLiteral("2026-03-30T08:00:00Z");
    for (const char *category : { "validation", "mapping", "network", "mapping", "network", "mapping" })
        b.add(B::FailedPush { .category = QString::fromLatin1(category), .firstSeen = seen });
    b.add(B::FailedPush { .category = QStringLiteral("auth"),
                          .firstSeen = seen,
                          .state = QStringLiteral("resolved"),
                          .resolvedAt = QStringLiteral("2026-03-30T09:00:00Z") });
    auto health = IntegrationHealthQuery::run(cache.db().connection(), kAsOf);
    QVERIFY(health.ok());
    const auto &categories = health.value().failedByCategory;
    QCOMPARE(categories.size(), 3);
    QCOMPARE(categories[0].category, QStringLiteral("mapping"));
    QCOMPARE(categories[0].open, 3);
    QCOMPARE(categories[1].category, QStringLiteral("network"));
    QCOMPARE(categories[2].category, QStringLiteral("validation"));
    QCOMPARE(health.value().openFailedPushes, 6);
    // Nothing had been seen before 30 March.
    auto before = IntegrationHealthQuery::run(cache.db().connection(), QDate(2026, 3, 29));
    QVERIFY(before.ok());
    QCOMPARE(before.value().openFailedPushes, 0);
}

void TestIntegrationHealthQuery::countsUnmatchedCustomersPerSystemAsOf()
{
    TempCache cache;
    B b(cache);
    const qint64 a = b.add(B::Customer { .name = QStringLiteral("A") });
    b.add(B::Customer { .name = QStringLiteral("B") });
    const qint64 aOdoo = b.add(B::Customer { .system = b.odoo(), .name = QStringLiteral("A SA") });
    const qint64 canonical = b.link(a, 0, QStringLiteral("2026-03-10T12:00:00Z"));
    b.link(aOdoo, canonical, QStringLiteral("2026-04-01T00:00:00Z"));
    auto health = IntegrationHealthQuery::run(cache.db().connection(), kAsOf);
    QVERIFY(health.ok());
    QCOMPARE(health.value().unmatchedCustomers, 2);
    QCOMPARE(health.value().systems.size(), 2);
    QCOMPARE(health.value().systems[0].name, QStringLiteral("Bullhorn"));
    QCOMPARE(health.value().systems[0].unmatchedCustomers, 1);
    QCOMPARE(health.value().systems[1].name, QStringLiteral("Odoo"));
    QCOMPARE(health.value().systems[1].unmatchedCustomers, 1);
    auto earlier = IntegrationHealthQuery::run(cache.db().connection(), QDate(2026, 3, 9));
    QVERIFY(earlier.ok());
    QCOMPARE(earlier.value().unmatchedCustomers, 3);
}

void TestIntegrationHealthQuery::findsTheLastSuccessfulSyncUpToTheEndOfTheDay()
{
    TempCache cache;
    B b(cache);
    b.syncRun(b.staffing(), QStringLiteral("succeeded"), QStringLiteral("2026-03-30T10:00:00Z"));
    b.syncRun(b.staffing(), QStringLiteral("succeeded"), QStringLiteral("2026-03-31T23:59:00Z"));
    b.syncRun(b.staffing(), QStringLiteral("failed"), QStringLiteral("2026-03-31T23:59:30Z"));
    b.syncRun(b.staffing(), QStringLiteral("succeeded"), QStringLiteral("2026-04-01T00:00:00Z"));
    auto health = IntegrationHealthQuery::run(cache.db().connection(), kAsOf);
    QVERIFY(health.ok());
    QCOMPARE(health.value().systems[0].lastSuccessfulSync,
             QDateTime(QDate(2026, 3, 31), QTime(23, 59), Qt::UTC));
    QVERIFY(!health.value().systems[1].lastSuccessfulSync.isValid());
}

QTEST_GUILESS_MAIN(TestIntegrationHealthQuery)
#include "tst_integrationhealthquery.moc"
