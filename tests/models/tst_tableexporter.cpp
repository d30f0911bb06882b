#include "cellformatter.h"
#include "tableexporter.h"
#include "tempcache.h"
#include "xlsxsheetwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cw;
using cw::test::TempCache;

namespace {

// Reads every row of the first sheet with Debian's openpyxl, as JSON: what Excel users get.
QJsonArray readXlsx(const QString &path, QString *error)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 { QStringLiteral("-c"),
                   QStringLiteral("import json, sys, openpyxl\n"
                                  "book = openpyxl.load_workbook(sys.argv[1])\n"
                                  "sheet = book.worksheets[0]\n"
                                  "rows = [[c.value for c in r] for r in sheet.iter_rows()]\n"
                                  "formats = [c.number_format for c in sheet[2]]\n"
                                  "print(json.dumps({'title': sheet.title, 'rows': rows, 'formats': formats,"
                                  " 'frozen': sheet.freeze_panes}))\n"),
                   path });
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QJsonArray out;
    out << result.value(QStringLiteral("title")) << result.value(QStringLiteral("rows"))
        << result.value(QStringLiteral("formats")) << result.value(QStringLiteral("frozen"));
    return out;
}

// Minimal RFC 4180 reader for the checks below: fields, quotes, doubled quotes.
QList<QStringList> parseCsv(QString text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestTableExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvHasBomNeutralisedCellsAndParsesBack();
    void xlsxOpensInOpenpyxlWithNumbers();
    void formatFromSuffix();
    void unwritablePathLeavesNothing();
    void xlsxRefusesTooManyRows();

private:
    QuerySpec spec() const;
    std::unique_ptr<TempCache> m_cache;
};

void TestTableExporter::initTestCase()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    QVERIFY(m_cache->exec(QStringLiteral("CREATE TABLE export_probe (id INTEGER PRIMARY KEY, name TEXT, "
                                         "minutes INTEGER, amount INTEGER, currency TEXT, lines INTEGER, secret TEXT)")));
    const QVariantList rows[] = {
        { 1, QStringLiteral("Müller & Söhne, GmbH"), 450, 123450, QStringLiteral("EUR"), 3, QStringLiteral("a") },
        { 2, QStringLiteral("=HYPERLINK(\"http://x\")"), 60, 5000, QStringLiteral("JPY"), 1, QStringLiteral("b") },
        { 3, QStringLiteral("@SUM(A1)"), 0, -250, QStringLiteral("USD"), 0, QStringLiteral("c") },
        { 4, QStringLiteral("+1 555\n2nd line"), 90, 0, QStringLiteral("GBP"), 2, QStringLiteral("d") },
    };
    for (const QVariantList &row : rows) {
        QVERIFY(m_cache->exec(QStringLiteral("INSERT INTO export_probe VALUES (?, ?, ?, ?, ?, ?, ?)"), row));
    }
}

QuerySpec TestTableExporter::spec() const
{
    QuerySpec spec;
    spec.id = QStringLiteral("probe/all");
    spec.from = QStringLiteral("export_probe x");
    spec.idExpression = QStringLiteral("x.id");
    const auto column = [](const QString &title, const QString &expression, QuerySpec::Kind kind) {
        QuerySpec::Column c;
        c.title = title;
        c.expression = expression;
        c.kind = kind;
        return c;
    };
    QuerySpec::Column amount = column(QStringLiteral("Amount"), QStringLiteral("x.amount"), QuerySpec::Kind::Money);
    amount.currencyExpression = QStringLiteral("x.currency");
    QuerySpec::Column secret = column(QStringLiteral("Pay rate"), QStringLiteral("x.secret"), QuerySpec::Kind::Text);
    secret.personal = true;
    spec.columns << column(QStringLiteral("Name"), QStringLiteral("x.name"), QuerySpec::Kind::Text)
                 << column(QStringLiteral("Hours"), QStringLiteral("x.minutes"), QuerySpec::Kind::Minutes) << amount
                 << column(QStringLiteral("Lines"), QStringLiteral("x.lines"), QuerySpec::Kind::Count) << secret;
    return spec;
}

void TestTableExporter::csvHasBomNeutralisedCellsAndParsesBack()
{
    const QString path = m_cache->folder() + QStringLiteral("/list.csv");
    const QuerySpec probe = spec();
    const auto written = TableExporter::write(m_cache->db(), probe, probe.selectStatement({}, -1, Qt::AscendingOrder),
                                              true, path, TableExporter::Format::Csv);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    QCOMPARE(written.value(), 4);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).join(u'|'), QStringLiteral("Name|Hours|Amount|Lines|Pay rate"));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("Müller & Söhne, GmbH"));
    QCOMPARE(rows.at(2).at(0), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(rows.at(3).at(0), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(rows.at(4).at(0), QStringLiteral("'+1 555\n2nd line"));
    QCOMPARE(rows.at(1).at(4), CellFormatter::maskText());
    // A negative amount is text a spreadsheet would compute with: neutralised too.
    QVERIFY(rows.at(3).at(2).startsWith(u'\''));
}

void TestTableExporter::xlsxOpensInOpenpyxlWithNumbers()
{
    const QString path = m_cache->folder() + QStringLiteral("/list.xlsx");
    const QuerySpec probe = spec();
    const auto written = TableExporter::write(m_cache->db(), probe, probe.selectStatement({}, 0, Qt::AscendingOrder),
                                              false, path, TableExporter::Format::Xlsx);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    QCOMPARE(written.value(), 4);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QString error;
    const QJsonArray book = readXlsx(path, &error);
    QVERIFY2(!book.isEmpty(), qPrintable(error));
    QCOMPARE(book.at(0).toString(), QStringLiteral("probe"));
    const QJsonArray rows = book.at(1).toArray();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).toArray().at(0).toString(), QStringLiteral("Name"));
    // Sorted by name: "+1 555...", "=HYPERLINK...", "@SUM...", "Müller...". Formulas stay text.
    QCOMPARE(rows.at(2).toArray().at(0).toString(), QStringLiteral("=HYPERLINK(\"http://x\")"));
    const QJsonArray mueller = rows.at(4).toArray();
    QCOMPARE(mueller.at(0).toString(), QStringLiteral("Müller & Söhne, GmbH"));
    QCOMPARE(mueller.at(1).toDouble(), 7.5);
    QCOMPARE(mueller.at(2).toDouble(), 1234.5);
    QCOMPARE(mueller.at(3).toDouble(), 3.0);
    QCOMPARE(mueller.at(4).toString(), QStringLiteral("a"));
    // JPY has no minor unit: 5000 stays 5000.
    QCOMPARE(rows.at(2).toArray().at(2).toDouble(), 5000.0);
    QVERIFY(book.at(2).toArray().at(2).toString().contains(QStringLiteral("GBP")));
    QCOMPARE(book.at(3).toString(), QStringLiteral("A2"));
}

void TestTableExporter::formatFromSuffix()
{
    QCOMPARE(TableExporter::formatOf(QStringLiteral("/tmp/a.XLSX")), TableExporter::Format::Xlsx);
    QCOMPARE(TableExporter::formatOf(QStringLiteral("/tmp/a.csv")), TableExporter::Format::Csv);
    QCOMPARE(TableExporter::formatOf(QStringLiteral("/tmp/a")), TableExporter::Format::Csv);
    QCOMPARE(XlsxSheetWriter::moneyFormat(QStringLiteral("EUR"), 2), QStringLiteral("#,##0.00 \"EUR\""));
    QCOMPARE(XlsxSheetWriter::moneyFormat(QStringLiteral("JPY"), 0), QStringLiteral("#,##0 \"JPY\""));
}

void TestTableExporter::unwritablePathLeavesNothing()
{
    const QuerySpec probe = spec();
    for (const auto format : { TableExporter::Format::Csv, TableExporter::Format::Xlsx }) {
        const QString path = m_cache->folder() + QStringLiteral("/missing/list.out");
        const auto written =
            TableExporter::write(m_cache->db(), probe, probe.selectStatement({}, -1, Qt::AscendingOrder), false, path, format);
        QVERIFY(!written.ok());
        QVERIFY(written.error().userMessage().contains(path));
        QVERIFY(!QFile::exists(path));
    }
}

void TestTableExporter::xlsxRefusesTooManyRows()
{
    const QString path = m_cache->folder() + QStringLiteral("/big.xlsx");
    XlsxSheetWriter writer(path, QStringLiteral("big"));
    QVERIFY(writer.writeHeader({ QStringLiteral("n") }).ok());
    for (qint64 row = 1; row < XlsxSheetWriter::kMaxRows; ++row) {
        if (!writer.writeRow({ { row, {} } }).ok())
            QFAIL("a row within the limit was refused");
    }
    const auto refused = writer.writeRow({ { 0, {} } });
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().userMessage().contains(QStringLiteral("CSV")));
}

QTEST_GUILESS_MAIN(TestTableExporter)
#include "tst_tableexporter.moc"
