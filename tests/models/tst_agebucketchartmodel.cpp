#include "agebucketchartmodel.h"
#include "kpi/kpidrilldowns.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cw;

namespace {

UnbilledSummary::Row customer(qint64 id, const QString &name, QList<qint64> minutes, qint64 eurPerHour)
{
    UnbilledSummary::Row row;
    row.id = id;
    row.label = name;
    for (int bucket = 0; bucket < AgeBuckets::kCount; ++bucket) {
        UnbilledSummary::Cell &cell = row.buckets[size_t(bucket)];
        cell.minutes = minutes.at(bucket);
        cell.lines = minutes.at(bucket) > 0 ? 1 : 0;
        cell.value.add(QStringLiteral("EUR"), minutes.at(bucket) * eurPerHour * 100 / 60);
        // The company currency is USD at 1.10 per EUR.
        cell.value.companyMinor = cell.value.in(QStringLiteral("EUR")) * 110 / 100;
        row.total.minutes += cell.minutes;
        row.total.value.add(cell.value);
        row.total.value.companyMinor += cell.value.companyMinor;
    }
    return row;
}

UnbilledSummary summary(int customers)
{
    UnbilledSummary result;
    result.asOf = QDate(2026, 3, 31);
    result.companyCurrency = QStringLiteral("USD");
    for (int i = 0; i < customers; ++i)
        result.byCustomer << customer(i + 1, QStringLiteral("Customer %1").arg(i + 1), { 600, 120, 60, 30 * i }, 100);
    return result;
}

} // namespace

class TestAgeBucketChartModel : public QObject
{
    Q_OBJECT

private slots:
    void showsTopCustomersByBucket();
    void valueInCompanyCurrencyOrFilterCurrency();
    void hoursMeasure();
    void longBarsArePlottedInThousands();
    void drillDownNamesCustomerAndBucket();
    void emptySummary();
};

void TestAgeBucketChartModel::showsTopCustomersByBucket()
{
    AgeBucketChartModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    KpiFilter filter;
    filter.asOf = QDate(2026, 3, 31);
    model.setSummary(summary(12), filter, 8);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), AgeBuckets::kCount);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Customer 1"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), AgeBuckets::title(3));
    QCOMPARE(model.index(2, 0).data(AgeBucketChartModel::CustomerIdRole).toLongLong(), 3);
    QVERIFY(model.headerData(8, Qt::Vertical).isNull());
}

void TestAgeBucketChartModel::valueInCompanyCurrencyOrFilterCurrency()
{
    AgeBucketChartModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KpiFilter filter;
    filter.asOf = QDate(2026, 3, 31);
    model.setSummary(summary(2), filter);
    // 600 minutes at EUR 100/h = EUR 1,000.00 = USD 1,100.00.
    QCOMPARE(model.currency(), QStringLiteral("USD"));
    QCOMPARE(model.index(0, 0).data(AgeBucketChartModel::ValueRole).toDouble(), 1100.0);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("10.00 h")));
    QVERIFY(model.unitTitle().contains(QStringLiteral("USD")));

    filter.currency = QStringLiteral("EUR");
    model.setSummary(summary(2), filter);
    QCOMPARE(model.currency(), QStringLiteral("EUR"));
    QCOMPARE(model.index(0, 0).data(AgeBucketChartModel::ValueRole).toDouble(), 1000.0);
    // A currency nothing is billed in shows zero, not the converted sum.
    filter.currency = QStringLiteral("GBP");
    model.setSummary(summary(2), filter);
    QCOMPARE(model.index(0, 0).data(AgeBucketChartModel::ValueRole).toDouble(), 0.0);
}

void TestAgeBucketChartModel::hoursMeasure()
{
    AgeBucketChartModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KpiFilter filter;
    filter.asOf = QDate(2026, 3, 31);
    model.setSummary(summary(3), filter);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMeasure(AgeBucketChartModel::Measure::Hours);
    QCOMPARE(reset.count(), 1);
    model.setMeasure(AgeBucketChartModel::Measure::Hours);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.index(0, 1).data(AgeBucketChartModel::ValueRole).toDouble(), 2.0);
    QCOMPARE(model.index(2, 3).data(AgeBucketChartModel::ValueRole).toDouble(), 1.0);
    QVERIFY(model.index(0, 1).data().toString().endsWith(QStringLiteral(" h")));
    QCOMPARE(model.unitTitle(), QStringLiteral("Hours"));
}

void TestAgeBucketChartModel::longBarsArePlottedInThousands()
{
    AgeBucketChartModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UnbilledSummary large = summary(1);
    // 1,000 hours at EUR 100 = EUR 100,000 = USD 110,000 in the first bucket.
    large.byCustomer[0] = customer(1, QStringLiteral("Big"), { 60000, 0, 0, 0 }, 100);
    KpiFilter filter;
    filter.asOf = QDate(2026, 3, 31);
    model.setSummary(large, filter);
    QCOMPARE(model.index(0, 0).data(AgeBucketChartModel::ValueRole).toDouble(), 110.0);
    QCOMPARE(model.unitTitle(), QStringLiteral("Value (thousands of USD)"));
    // The exact figure stays in the text and the tooltip.
    QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("110,000.00")));
    model.setMeasure(AgeBucketChartModel::Measure::Hours);
    QCOMPARE(model.index(0, 0).data(AgeBucketChartModel::ValueRole).toDouble(), 1000.0);
    QCOMPARE(model.unitTitle(), QStringLiteral("Hours"));
}

void TestAgeBucketChartModel::drillDownNamesCustomerAndBucket()
{
    AgeBucketChartModel model;
    KpiFilter filter;
    filter.asOf = QDate(2026, 3, 31);
    model.setSummary(summary(3), filter);
    const DrillDown drill = model.drillDown(1, 2);
    const DrillDown expected =
        KpiDrillDowns::unbilledTime(filter, KpiDrillDowns::Dimension::Customer, 2, 2, QStringLiteral("Customer 2"));
    QCOMPARE(drill.entity, DrillDown::Entity::TimesheetLine);
    QCOMPARE(drill.where, expected.where);
    QCOMPARE(drill.values, expected.values);
    QVERIFY(drill.title.contains(QStringLiteral("Customer 2")));
}

void TestAgeBucketChartModel::emptySummary()
{
    AgeBucketChartModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummary(UnbilledSummary(), KpiFilter());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), AgeBuckets::kCount);
}

QTEST_GUILESS_MAIN(TestAgeBucketChartModel)
#include "tst_agebucketchartmodel.moc"
