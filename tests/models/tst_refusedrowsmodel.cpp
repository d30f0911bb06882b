#include "refusedrowsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

/// The refused rows of an import's report: sorting and the CSV export.
class TestRefusedRowsModel : public QObject
{
    Q_OBJECT

private slots:
    void sortsLinesAsNumbersAndReasonsAsText();
    void rowsWithoutLineShowTheirKey();
    void exportsInTheShownOrder();
    void failedExportLeavesTheFileAlone();

private:
    static QList<RecordFailure> failures();
    static QStringList column(const RefusedRowsModel &model, int column);
};

QList<RecordFailure> TestRefusedRowsModel::failures()
{
    return { { QString(), 10, QStringLiteral("hours is empty."), QString() },
             { QString(), 9, QStringLiteral("work_date \"31.02.2026\" is not a date."),
               QStringLiteral("work_date") },
             { QString(), 100, QStringLiteral("=HYPERLINK(\"x\") is not a date."), QString() } };
}

QStringList TestRefusedRowsModel::column(const RefusedRowsModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

void TestRefusedRowsModel::sortsLinesAsNumbersAndReasonsAsText()
{
    RefusedRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFailures(failures());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(RefusedRowsModel::ColumnCount));
    model.sort(RefusedRowsModel::LineColumn, Qt::AscendingOrder);
    QCOMPARE(column(model, RefusedRowsModel::LineColumn),
             (QStringList { QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("100") }));
    model.sort(RefusedRowsModel::LineColumn, Qt::DescendingOrder);
    QCOMPARE(column(model, RefusedRowsModel::LineColumn).constFirst(), QStringLiteral("100"));
    model.sort(RefusedRowsModel::ReasonColumn, Qt::AscendingOrder);
    QCOMPARE(column(model, RefusedRowsModel::ReasonColumn).constLast(),
             QStringLiteral("work_date \"31.02.2026\" is not a date."));
}

void TestRefusedRowsModel::rowsWithoutLineShowTheirKey()
{
    RefusedRowsModel model;
    model.setFailures({ { QStringLiteral("C-9"), 0, QStringLiteral("The cache refused the record."),
                          QStringLiteral("UNIQUE constraint failed") } });
    QCOMPARE(model.index(0, RefusedRowsModel::LineColumn).data().toString(), QStringLiteral("C-9"));
    QCOMPARE(model.index(0, RefusedRowsModel::DetailColumn).data().toString(),
             QStringLiteral("UNIQUE constraint failed"));
}

void TestRefusedRowsModel::exportsInTheShownOrder()
{
    QTemporaryDir dir;
    RefusedRowsModel model;
    model.setFailures(failures());
    model.sort(RefusedRowsModel::LineColumn, Qt::AscendingOrder);
    const QString path = dir.filePath(QStringLiteral("refused.csv"));
    QVERIFY(model.writeCsv(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Line,Key,Reason,Detail"));
    QCOMPARE(lines.at(1), QStringLiteral("9,,\"work_date \"\"31.02.2026\"\" is not a date.\",work_date"));
    QCOMPARE(lines.at(2), QStringLiteral("10,,hours is empty.,"));
    // A reason quoting the file's cell must not run as a formula in a spreadsheet.
    QCOMPARE(lines.at(3), QStringLiteral("100,,\"'=HYPERLINK(\"\"x\"\") is not a date.\","));
}

void TestRefusedRowsModel::failedExportLeavesTheFileAlone()
{
    QTemporaryDir dir;
    RefusedRowsModel model;
    model.setFailures(failures());
    const QString path = dir.filePath(QStringLiteral("missing-folder/refused.csv"));
    const Result<void> written = model.writeCsv(path);
    QVERIFY(!written.ok());
    QVERIFY(written.error().userMessage().contains(QStringLiteral("refused.csv")));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestRefusedRowsModel)
#include "tst_refusedrowsmodel.moc"
