#include "cachetablemodel.h"
#include "kpi/kpiengine.h"
#include "knowncache.h"
#include "matchqueries.h"
#include "pagequeries.h"
#include "tempcache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cw;
using cw::test::KnownCache;
using cw::test::TempCache;

namespace {

const QDate kToday(2026, 3, 1);

bool waitIdle(CacheTableModel &model)
{
    QSignalSpy spy(&model, &CacheTableModel::loadingChanged);
    while (model.isLoading() || !model.isCountKnown()) {
        if (!spy.wait(10000))
            return false;
    }
    return true;
}

QuerySpec specNamed(const QString &name, const QList<PageQueries::System> &systems)
{
    if (name == QLatin1String("canonical"))
        return PageQueries::canonicalCustomers(systems);
    if (name == QLatin1String("records"))
        return PageQueries::customerRecords();
    if (name == QLatin1String("unmatched"))
        return MatchQueries::unmatchedRecords({});
    if (name == QLatin1String("sync"))
        return PageQueries::syncRuns();
    if (name == QLatin1String("failed-open"))
        return PageQueries::failedPushes(true);
    if (name == QLatin1String("failed-all"))
        return PageQueries::failedPushes(false);
    if (name == QLatin1String("exceptions-open"))
        return PageQueries::revenueExceptions(true, kToday);
    if (name == QLatin1String("exceptions-all"))
        return PageQueries::revenueExceptions(false, kToday);
    return PageQueries::auditLog();
}

QString cell(const CacheTableModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

int columnTitled(const CacheTableModel &model, const QString &title)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    return -1;
}

} // namespace

class TestPageQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySpecLoads_data();
    void everySpecLoads();
    void everySpecFiltersAndSortsEveryColumn_data();
    void everySpecFiltersAndSortsEveryColumn();
    void listsSystemsInKindOrder();
    void canonicalCustomersShowLinkedNamesPerSystem();
    void unmatchedListsValuableRecordsFirst();
    void unmatchedCountEqualsDashboardTile();
    void exceptionsShowAgeAndAmount();

private:
    std::unique_ptr<TempCache> m_cache;
    QList<PageQueries::System> m_systems;
};

void TestPageQueries::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    QVERIFY(KnownCache::fill(*m_cache));
    auto systems = PageQueries::systems(m_cache->db());
    QVERIFY(systems.ok());
    m_systems = systems.value();
}

void TestPageQueries::everySpecLoads_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<qint64>("rows");
    QTest::newRow("canonical customers") << QStringLiteral("canonical") << KnownCache::kCanonicalCustomers;
    QTest::newRow("customer records") << QStringLiteral("records") << KnownCache::kCustomerRecords;
    QTest::newRow("unmatched") << QStringLiteral("unmatched") << KnownCache::kUnmatchedCustomers;
    QTest::newRow("sync runs") << QStringLiteral("sync") << KnownCache::kSyncRuns;
    QTest::newRow("open failed pushes") << QStringLiteral("failed-open") << KnownCache::kOpenFailedPushes;
    QTest::newRow("all failed pushes") << QStringLiteral("failed-all") << KnownCache::kFailedPushes;
    QTest::newRow("open exceptions") << QStringLiteral("exceptions-open") << KnownCache::kOpenExceptions;
    QTest::newRow("all exceptions") << QStringLiteral("exceptions-all") << KnownCache::kExceptions;
    QTest::newRow("audit log") << QStringLiteral("audit") << KnownCache::kAuditEntries;
}

void TestPageQueries::everySpecLoads()
{
    QFETCH(QString, spec);
    QFETCH(qint64, rows);
    for (const bool empty : { false, true }) {
        TempCache emptyCache;
        QVERIFY(emptyCache.database());
        CacheTableModel model(empty ? emptyCache.db() : m_cache->db());
        QAbstractItemModelTester tester(&model);
        QSignalSpy failed(&model, &CacheTableModel::loadFailed);
        model.setQuery(specNamed(spec, m_systems));
        QVERIFY(waitIdle(model));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().toString()));
        QCOMPARE(model.totalCount(), empty ? 0 : rows);
        QVERIFY(!model.query().id.isEmpty());
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
}

void TestPageQueries::everySpecFiltersAndSortsEveryColumn_data()
{
    everySpecLoads_data();
}

void TestPageQueries::everySpecFiltersAndSortsEveryColumn()
{
    QFETCH(QString, spec);
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    QSignalSpy failed(&model, &CacheTableModel::loadFailed);
    model.setQuery(specNamed(spec, m_systems));
    model.setFilterText(QStringLiteral("a'%_"));
    QVERIFY(waitIdle(model));
    model.setFilterText(QString());
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::DescendingOrder);
        QVERIFY(waitIdle(model));
    }
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().toString()));
}

void TestPageQueries::listsSystemsInKindOrder()
{
    QCOMPARE(m_systems.size(), 3);
    QCOMPARE(m_systems.at(0).kind, QStringLiteral("odoo"));
    QCOMPARE(m_systems.at(1).kind, QStringLiteral("crm"));
    QCOMPARE(m_systems.at(2).kind, QStringLiteral("staffing"));
    QCOMPARE(m_systems.at(2).name, QStringLiteral("Bullhorn"));
    QCOMPARE(PageQueries::kindTitle(QStringLiteral("staffing")), QStringLiteral("Staffing platform"));
}

void TestPageQueries::canonicalCustomersShowLinkedNamesPerSystem()
{
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(PageQueries::canonicalCustomers(m_systems));
    QVERIFY(waitIdle(model));
    QCOMPARE(cell(model, 0, 0), QStringLiteral("Acme"));
    QCOMPARE(cell(model, 0, columnTitled(model, QStringLiteral("Odoo"))), QStringLiteral("Acme"));
    QCOMPARE(cell(model, 0, columnTitled(model, QStringLiteral("HubSpot"))), QString());
    QCOMPARE(cell(model, 0, columnTitled(model, QStringLiteral("Bullhorn"))), QStringLiteral("ACME Corp"));
    QCOMPARE(cell(model, 0, columnTitled(model, QStringLiteral("Records"))), QStringLiteral("2"));
    QCOMPARE(cell(model, 0, columnTitled(model, QStringLiteral("Unbilled hours"))), QStringLiteral("2.25 h"));
    QCOMPARE(cell(model, 1, columnTitled(model, QStringLiteral("Unbilled hours"))), QStringLiteral("0.00 h"));
    model.setFilterText(QStringLiteral("corp"));
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("Acme"));
}

void TestPageQueries::unmatchedListsValuableRecordsFirst()
{
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(MatchQueries::unmatchedRecords({}));
    QVERIFY(waitIdle(model));
    const int name = columnTitled(model, QStringLiteral("Name"));
    const int value = columnTitled(model, QStringLiteral("Value at stake"));
    QCOMPARE(cell(model, 0, name), QStringLiteral("Gamma"));
    QCOMPARE(cell(model, 0, value), QStringLiteral("€1.33"));
    QCOMPARE(cell(model, 1, name), QStringLiteral("Delta"));
    QCOMPARE(cell(model, 1, value), QStringLiteral("€0.00"));
    QCOMPARE(cell(model, 0, columnTitled(model, QStringLiteral("System"))), QStringLiteral("Bullhorn"));
}

void TestPageQueries::unmatchedCountEqualsDashboardTile()
{
    KpiEngine engine(m_cache->db());
    KpiFilter filter;
    filter.asOf = kToday;
    const auto snapshot = engine.snapshot(filter);
    QVERIFY(snapshot.ok());
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(MatchQueries::unmatchedRecords({}));
    QVERIFY(waitIdle(model));
    QCOMPARE(model.totalCount(), snapshot.value().health.unmatchedCustomers);
    model.setQuery(PageQueries::failedPushes(true));
    QVERIFY(waitIdle(model));
    QCOMPARE(model.totalCount(), snapshot.value().health.openFailedPushes);
    model.setQuery(PageQueries::revenueExceptions(true, kToday));
    QVERIFY(waitIdle(model));
    QCOMPARE(model.totalCount(), snapshot.value().exceptions.open);
}

void TestPageQueries::exceptionsShowAgeAndAmount()
{
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(PageQueries::revenueExceptions(true, kToday));
    QVERIFY(waitIdle(model));
    // Largest amount first: 500.00 USD, opened 2026-02-01, 28 days before kToday.
    QCOMPARE(cell(model, 0, columnTitled(model, QStringLiteral("Amount at stake"))),
             QStringLiteral("$500.00"));
    QCOMPARE(cell(model, 0, columnTitled(model, QStringLiteral("Age (days)"))), QStringLiteral("28"));
    QCOMPARE(cell(model, 0, columnTitled(model, QStringLiteral("Customer"))), QStringLiteral("ACME Corp"));
    QCOMPARE(cell(model, 1, columnTitled(model, QStringLiteral("State"))), QStringLiteral("Acknowledged"));
}

QTEST_GUILESS_MAIN(TestPageQueries)
#include "tst_pagequeries.moc"
