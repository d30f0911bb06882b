#include "importpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cw;

/// The preview of an import: rows converted as the import will convert them, or why not.
class TestImportPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldAndTableHasATitle();
    void showsConvertedValuesAndProblems();
    void invalidMappingRefusesEveryRow();

private:
    static QString cell(const ImportPreviewModel &model, int row, const QString &title);
};

QString TestImportPreviewModel::cell(const ImportPreviewModel &model, int row, const QString &title)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString() == title)
            return model.index(row, column).data().toString();
    }
    return QStringLiteral("<no column %1>").arg(title);
}

// The mapping table shows the titles: a field added to ImportMapping needs one.
void TestImportPreviewModel::everyFieldAndTableHasATitle()
{
    for (const QString &table : ImportMapping::tables()) {
        QVERIFY2(ImportPreviewModel::tableTitle(table) != table, qPrintable(table));
        for (const ImportMapping::Field &field : ImportMapping::fieldsOf(table))
            QVERIFY2(ImportPreviewModel::fieldTitle(field.name) != field.name, qPrintable(field.name));
    }
}

void TestImportPreviewModel::showsConvertedValuesAndProblems()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList header {
        QStringLiteral("Id"),  QStringLiteral("Assignment"), QStringLiteral("Day"),
        QStringLiteral("Hrs"), QStringLiteral("Rate"),       QStringLiteral("Billable")
    };
    model.setRows(header,
                  { { 2,
                      { QStringLiteral("T-1"), QStringLiteral("P-7"), QStringLiteral("02.03.2026"),
                        QStringLiteral("7:30"), QStringLiteral("1.234,50 €"), QStringLiteral("no") } },
                    { 3,
                      { QStringLiteral("T-2"), QStringLiteral("P-7"), QStringLiteral("someday"),
                        QStringLiteral("8"), QString(), QString() } } });
    ImportMapping mapping = ImportMapping::guess(QStringLiteral("timesheet_line"), header);
    mapping.columns.insert(QStringLiteral("work_date"), QStringLiteral("Day"));
    mapping.columns.insert(QStringLiteral("hours"), QStringLiteral("Hrs"));
    model.setMapping(mapping);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.refusedCount(), 1);
    QCOMPARE(model.index(0, ImportPreviewModel::LineColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(0, ImportPreviewModel::KeyColumn).data().toString(), QStringLiteral("T-1"));
    QCOMPARE(cell(model, 0, QStringLiteral("Placement")), QStringLiteral("P-7"));
    QCOMPARE(cell(model, 0, QStringLiteral("Work date")), QStringLiteral("2026-03-02"));
    QCOMPARE(cell(model, 0, QStringLiteral("Hours")), QLocale().toString(7.5, 'f', 2));
    QCOMPARE(cell(model, 0, QStringLiteral("Bill rate")), QLocale().toString(1234.5, 'f', 2));
    QCOMPARE(cell(model, 0, QStringLiteral("Billable")), QStringLiteral("No"));
    QCOMPARE(cell(model, 0, QStringLiteral("Problem")), QString());
    QVERIFY(cell(model, 1, QStringLiteral("Problem")).contains(QStringLiteral("someday")));
    QCOMPARE(cell(model, 1, QStringLiteral("Work date")), QString());
}

void TestImportPreviewModel::invalidMappingRefusesEveryRow()
{
    ImportPreviewModel model;
    const QStringList header { QStringLiteral("Company") };
    model.setRows(header, { { 2, { QStringLiteral("Acme") } }, { 3, { QStringLiteral("Beta") } } });
    ImportMapping mapping;
    mapping.table = QStringLiteral("customer");
    model.setMapping(mapping);
    QCOMPARE(model.refusedCount(), 2);
    QVERIFY(model.index(0, model.problemColumn()).data().toString().contains(QStringLiteral("name")));
    mapping.columns.insert(QStringLiteral("name"), QStringLiteral("Company"));
    model.setMapping(mapping);
    QCOMPARE(model.refusedCount(), 0);
}

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
