#include "failedpushparetomodel.h"
#include "domain/error.h"
#include "kpi/kpidrilldowns.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cw;

class TestFailedPushParetoModel : public QObject
{
    Q_OBJECT

private slots:
    void countsAndCumulativeShare();
    void categoriesInWords();
    void empty();
};

namespace {

IntegrationHealth health()
{
    IntegrationHealth result;
    result.asOf = QDate(2026, 3, 31);
    const auto category = [](const QString &name, qint64 open) {
        IntegrationHealth::Category c;
        c.category = name;
        c.open = open;
        return c;
    };
    result.failedByCategory << category(QStringLiteral("mapping"), 6) << category(QStringLiteral("validation"), 3)
                            << category(QStringLiteral("network"), 1);
    result.openFailedPushes = 10;
    return result;
}

} // namespace

void TestFailedPushParetoModel::countsAndCumulativeShare()
{
    FailedPushParetoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KpiFilter filter;
    filter.asOf = QDate(2026, 3, 31);
    model.setHealth(health(), filter);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FailedPushParetoModel::ColumnCount));
    QCOMPARE(model.total(), 10);
    QCOMPARE(model.index(0, FailedPushParetoModel::Count).data(FailedPushParetoModel::ValueRole).toLongLong(), 6);
    QCOMPARE(model.index(0, FailedPushParetoModel::Cumulative).data(FailedPushParetoModel::ValueRole).toDouble(), 60.0);
    QCOMPARE(model.index(1, FailedPushParetoModel::Cumulative).data(FailedPushParetoModel::ValueRole).toDouble(), 90.0);
    QCOMPARE(model.index(2, FailedPushParetoModel::Cumulative).data(FailedPushParetoModel::ValueRole).toDouble(), 100.0);
    QCOMPARE(model.index(1, 0).data(FailedPushParetoModel::CategoryRole).toString(), QStringLiteral("validation"));

    const DrillDown drill = model.drillDown(1);
    const DrillDown expected = KpiDrillDowns::openFailedPushes(filter, QStringLiteral("validation"));
    QCOMPARE(drill.where, expected.where);
    QCOMPARE(drill.values, expected.values);
}

void TestFailedPushParetoModel::categoriesInWords()
{
    FailedPushParetoModel model;
    model.setHealth(health(), KpiFilter());
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), Error::categoryTitle(Error::Category::Mapping));
    QCOMPARE(FailedPushParetoModel::categoryTitle(QStringLiteral("something_new")), QStringLiteral("something_new"));
    QCOMPARE(FailedPushParetoModel::categoryTitle(QString()), QStringLiteral("Uncategorised"));
}

void TestFailedPushParetoModel::empty()
{
    FailedPushParetoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHealth(IntegrationHealth(), KpiFilter());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);
}

QTEST_GUILESS_MAIN(TestFailedPushParetoModel)
#include "tst_failedpushparetomodel.moc"
