#include "cache/database.h"
#include "cache/indexsuspension.h"
#include "tempcache.h"

#include <QSqlQuery>
#include <QTest>

using namespace cw;
using cw::test::TempCache;

/// IndexSuspension on a real cache: when it drops the scattered indexes of timesheet_line, that
/// it builds the very same ones again, and that a cache left with suspended indexes (a process
/// killed mid-load) gets them back when it is opened.
class TestIndexSuspension : public QObject
{
    Q_OBJECT

private slots:
    void smallLoadKeepsTheIndexes();
    void largeLoadDropsAndRebuildsThem();
    void tableLargerThanTheLoadKeepsThem();
    void destructionRebuildsThem();
    void openingRebuildsWhatAKilledLoadLeft();
    void tablesWithoutScatteredIndexesAreLeftAlone();

private:
    /// Name → statement of every index of timesheet_line that has one.
    static QMap<QString, QString> indexes(const TempCache &cache);
    static void addLines(const TempCache &cache, qint64 systemId, int count);
};

QMap<QString, QString> TestIndexSuspension::indexes(const TempCache &cache)
{
    QMap<QString, QString> result;
    QSqlQuery query(cache.db().connection());
    query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                              "AND tbl_name = 'timesheet_line' AND sql IS NOT NULL"));
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

void TestIndexSuspension::addLines(const TempCache &cache, qint64 systemId, int count)
{
    QVERIFY(cache.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                       "INSERT INTO timesheet_line (system_id, external_id, work_date, minutes, "
                       "status, modified_at) SELECT ?, 'L' || i, '2026-03-02', 60, 'approved', "
                       "'2026-03-02T00:00:00Z' FROM n"),
        { count, systemId }));
}

void TestIndexSuspension::smallLoadKeepsTheIndexes()
{
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    const auto before = indexes(cache);
    IndexSuspension suspension(cache.db(), QStringLiteral("timesheet_line"));
    QVERIFY(suspension.update(IndexSuspension::kMinimumRows));
    QVERIFY(!suspension.isSuspended());
    QCOMPARE(indexes(cache), before);
}

void TestIndexSuspension::largeLoadDropsAndRebuildsThem()
{
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    const auto before = indexes(cache);
    QVERIFY(before.contains(QStringLiteral("timesheet_period")));
    QVERIFY(before.contains(QStringLiteral("timesheet_unbilled")));
    IndexSuspension suspension(cache.db(), QStringLiteral("timesheet_line"));
    QVERIFY(suspension.update(IndexSuspension::kMinimumRows + 1));
    QVERIFY(suspension.isSuspended());
    auto during = before;
    during.remove(QStringLiteral("timesheet_period"));
    during.remove(QStringLiteral("timesheet_unbilled"));
    QCOMPARE(indexes(cache), during);
    QCOMPARE(cache.scalar(QStringLiteral("SELECT sql FROM suspended_index WHERE name = 'timesheet_period'"))
                 .toString(),
             before.value(QStringLiteral("timesheet_period")));

    // Rows written while suspended are in the rebuilt indexes: the unbilled one answers for them.
    const qint64 system = cache.addSystem(QStringLiteral("file"), QStringLiteral("Payroll"));
    addLines(cache, system, 300);
    QVERIFY(suspension.finish());
    QVERIFY(!suspension.isSuspended());
    QCOMPARE(indexes(cache), before);
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM suspended_index")).toInt(), 0);
    QCOMPARE(cache
                 .scalar(QStringLiteral("SELECT count(*) FROM timesheet_line INDEXED BY timesheet_unbilled "
                                        "WHERE status = 'approved' AND billable = 1 AND invoice_id IS NULL "
                                        "AND placement_id IS NULL"))
                 .toInt(),
             300);
    QCOMPARE(cache.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestIndexSuspension::tableLargerThanTheLoadKeepsThem()
{
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    const qint64 system = cache.addSystem(QStringLiteral("file"), QStringLiteral("Payroll"));
    const int held = int(IndexSuspension::kMinimumRows) + 5000;
    addLines(cache, system, held);
    // The load's own rows are in the table when it reports them: as many as the table held first.
    const qint64 otherSystem = cache.addSystem(QStringLiteral("file"), QStringLiteral("Timesheets"));
    addLines(cache, otherSystem, held);
    IndexSuspension suspension(cache.db(), QStringLiteral("timesheet_line"));
    QVERIFY(suspension.update(held));
    QVERIFY(!suspension.isSuspended());
    addLines(cache, cache.addSystem(QStringLiteral("file"), QStringLiteral("One more")), 1);
    QVERIFY(suspension.update(held + 1));
    QVERIFY(suspension.isSuspended());
}

void TestIndexSuspension::destructionRebuildsThem()
{
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    const auto before = indexes(cache);
    {
        IndexSuspension suspension(cache.db(), QStringLiteral("timesheet_line"));
        QVERIFY(suspension.update(IndexSuspension::kMinimumRows + 1));
        QVERIFY(suspension.isSuspended());
    }
    QCOMPARE(indexes(cache), before);
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM suspended_index")).toInt(), 0);
}

void TestIndexSuspension::openingRebuildsWhatAKilledLoadLeft()
{
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    const auto before = indexes(cache);
    // What a load killed between suspend and finish leaves: the note and no index. The second
    // note names an index that exists (rebuilt by someone else); only the note goes.
    const QString period = before.value(QStringLiteral("timesheet_period"));
    QVERIFY(
        cache.exec(QStringLiteral("INSERT INTO suspended_index (name, table_name, sql, suspended_at) "
                                  "VALUES ('timesheet_period', 'timesheet_line', ?, '2026-11-27T10:00:00Z'), "
                                  "('timesheet_unbilled', 'timesheet_line', ?, '2026-11-27T10:00:00Z')"),
                   { period, before.value(QStringLiteral("timesheet_unbilled")) }));
    QVERIFY(cache.exec(QStringLiteral("DROP INDEX timesheet_period")));
    QVERIFY(indexes(cache) != before);
    QVERIFY(cache.reopen());
    QCOMPARE(indexes(cache), before);
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM suspended_index")).toInt(), 0);
}

void TestIndexSuspension::tablesWithoutScatteredIndexesAreLeftAlone()
{
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    const int before =
        cache.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'")).toInt();
    IndexSuspension suspension(cache.db(), QStringLiteral("payment"));
    QVERIFY(IndexSuspension::scatteredIndexes(QStringLiteral("payment")).isEmpty());
    QVERIFY(suspension.update(10 * IndexSuspension::kMinimumRows));
    QVERIFY(!suspension.isSuspended());
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'")).toInt(),
             before);
}

QTEST_GUILESS_MAIN(TestIndexSuspension)
#include "tst_indexsuspension.moc"
