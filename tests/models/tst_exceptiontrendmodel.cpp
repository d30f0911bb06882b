#include "exceptiontrendmodel.h"
#include "kpi/kpidrilldowns.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cw;

namespace {

ExceptionStats stats()
{
    ExceptionStats result;
    result.asOf = QDate(2026, 3, 31);
    for (int week = 0; week < ExceptionStats::kWeeks; ++week)
        result.weekStarts << QDate(2026, 1, 12).addDays(7 * week);
    const auto series = [](const QString &rule, const QString &title, QList<qint64> counts) {
        return ExceptionStats::Series { rule, title, counts };
    };
    result.weekly << series(QStringLiteral("rate_mismatch"), QStringLiteral("Rate differs"),
                            { 0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 3 })
                  << series(QStringLiteral("time_after_end"), QStringLiteral("Time after end"), QList<qint64>(12, 0))
                  << series(QStringLiteral("invoice_overdue"), QStringLiteral("Invoice overdue"),
                            { 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
    return result;
}

} // namespace

class TestExceptionTrendModel : public QObject
{
    Q_OBJECT

private slots:
    void rulesThatFiredAreRowsWeeksAreColumns();
    void drillDownNamesRuleAndWeek();
};

void TestExceptionTrendModel::rulesThatFiredAreRowsWeeksAreColumns()
{
    ExceptionTrendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KpiFilter filter;
    filter.asOf = QDate(2026, 3, 31);
    model.setStats(stats(), filter);
    // The rule without a single case in twelve weeks is left out.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 12);
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Invoice overdue"));
    QCOMPARE(model.headerData(1, Qt::Vertical, ExceptionTrendModel::RuleRole).toString(),
             QStringLiteral("invoice_overdue"));
    QCOMPARE(model.headerData(11, Qt::Horizontal, ExceptionTrendModel::WeekStartRole).toDate(), QDate(2026, 3, 30));
    QCOMPARE(model.index(0, 11).data(ExceptionTrendModel::ValueRole).toLongLong(), 3);
    QCOMPARE(model.index(1, 0).data().toLongLong(), 5);
    QVERIFY(model.index(0, 4).data(Qt::ToolTipRole).toString().contains(QStringLiteral(": 2 exception")));
    QCOMPARE(model.maximum(), 5);

    model.setStats(ExceptionStats(), filter);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.maximum(), 0);
}

void TestExceptionTrendModel::drillDownNamesRuleAndWeek()
{
    ExceptionTrendModel model;
    KpiFilter filter;
    filter.asOf = QDate(2026, 3, 31);
    model.setStats(stats(), filter);
    const DrillDown drill = model.drillDown(0, 4);
    const DrillDown expected =
        KpiDrillDowns::exceptionsInWeek(filter, QStringLiteral("rate_mismatch"), QDate(2026, 2, 9));
    QCOMPARE(drill.entity, DrillDown::Entity::RevenueException);
    QCOMPARE(drill.where, expected.where);
    QCOMPARE(drill.values, expected.values);
}

QTEST_GUILESS_MAIN(TestExceptionTrendModel)
#include "tst_exceptiontrendmodel.moc"
