#include "connectors/file/csvreader.h"
#include "connectors/file/fileimporter.h"
#include "connectors/file/xlsxreader.h"
#include "tempcache.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

using namespace cw;

class TestFileImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void encodingsAreDetected_data();
    void encodingsAreDetected();
    void delimitersQuotesAndNewlines();
    void rowErrorsKeepGoodRows();
    void reimportChangesNothing();
    void rowHashKeyWithoutIdColumn();
    void emptyFileImportsNothing();
    void binaryFileIsRefused();
    void hugeFileImports();
    void xlsxFromRealWriter();
    void mappingIsSavedPerSource();
    void referencesResolveToOtherSystem();
    void rawIsTheRowAsJson();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ImportMapping timesheetMapping() const;

    QTemporaryDir m_dir;
    std::unique_ptr<test::TempCache> m_cache;
    qint64 m_system = 0;
};

void TestFileImporter::init()
{
    m_cache = std::make_unique<test::TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_system = m_cache->addSystem(QStringLiteral("file"), QStringLiteral("Payroll export"));
    QVERIFY(m_system > 0);
}

QString TestFileImporter::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

ImportMapping TestFileImporter::timesheetMapping() const
{
    ImportMapping mapping;
    mapping.table = QStringLiteral("timesheet_line");
    mapping.columns = { { QStringLiteral("external_id"), QStringLiteral("Line") },
                        { QStringLiteral("work_date"), QStringLiteral("Date") },
                        { QStringLiteral("hours"), QStringLiteral("Hours") },
                        { QStringLiteral("bill_rate"), QStringLiteral("Rate") },
                        { QStringLiteral("status"), QStringLiteral("Status") } };
    mapping.keyFields = { QStringLiteral("external_id") };
    mapping.defaultCurrency = QStringLiteral("EUR");
    return mapping;
}

void TestFileImporter::encodingsAreDetected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    const QString text =
        QStringLiteral("Name;City\nMüller & Söhne GmbH;Köln\n\"Café \"\"Zoë\"\" ✓ 🚀\";Zürich\n");
    QTest::newRow("utf-8") << text.toUtf8() << int(TabularFile::Encoding::Utf8);
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                               << int(TabularFile::Encoding::Utf8);
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QTest::newRow("utf-16le bom") << utf16 << int(TabularFile::Encoding::Utf16);
    QByteArray noBom(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QTest::newRow("utf-16le no bom") << noBom << int(TabularFile::Encoding::Utf16);
    const QString latin =
        QStringLiteral("Name;City\nMüller & Söhne GmbH;Köln\n\"Café \"\"Zoë\"\" – €\";Zürich\n");
    QByteArray cp1252;
    for (const QChar c : latin)
        cp1252.append(c == QChar(0x2013)       ? '\x96'
                          : c == QChar(0x20AC) ? '\x80'
                                               : static_cast<char>(c.unicode()));
    QTest::newRow("windows-1252") << cp1252 << int(TabularFile::Encoding::Windows1252);
}

void TestFileImporter::encodingsAreDetected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    const QString path = write(QStringLiteral("enc.csv"), bytes);
    auto preview = FileImporter::preview(path, {}, QStringLiteral("customer"));
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().toString()));
    QCOMPARE(int(preview.value().encoding), encoding);
    QCOMPARE(preview.value().header, (QStringList { QStringLiteral("Name"), QStringLiteral("City") }));
    QCOMPARE(preview.value().rows.size(), 2);
    QCOMPARE(preview.value().rows.at(0).cells.at(0), QStringLiteral("Müller & Söhne GmbH"));
    QVERIFY(preview.value().rows.at(1).cells.at(0).startsWith(QStringLiteral("Café \"Zoë\"")));
    QCOMPARE(preview.value().rows.at(1).cells.at(1), QStringLiteral("Zürich"));
    QCOMPARE(preview.value().suggested.columns.value(QStringLiteral("name")), QStringLiteral("Name"));
}

void TestFileImporter::delimitersQuotesAndNewlines()
{
    const QString path = write(QStringLiteral("tabs.tsv"),
                               "Line\tDate\tHours\tRate\tStatus\r\n"
                               "L1\t2026-03-02\t7.5\t95.00\tapproved\r\n"
                               "\"L2\"\t02.03.2026\t\"7:30\"\t\"1.234,50\"\t\"Genehmigt\"\r\n");
    FileImporter importer(m_cache->db(), m_system);
    auto report = importer.run(path, {}, timesheetMapping());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report.value().counts.created, 2);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT SUM(minutes) FROM timesheet_line")).toInt(), 900);
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT bill_rate_minor FROM timesheet_line WHERE external_id = 'L2'"))
            .toLongLong(),
        123450);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM timesheet_line WHERE status = 'approved' AND currency = 'EUR'"))
                 .toInt(),
             2);
}

void TestFileImporter::rowErrorsKeepGoodRows()
{
    const QString path = write(QStringLiteral("errors.csv"),
                               "Line,Date,Hours,Rate,Status\n"
                               "A1,2026-03-02,8,90,approved\n"
                               "A2,not a date,8,90,approved\n"
                               "\"A3\",2026-03-03,\"eight\nhours\",90,approved\n"
                               ",2026-03-04,8,90,approved\n"
                               "A5,2026-03-05,-2,90,approved\n"
                               "A6,2026-03-06,8,90,approved,extra\n"
                               "A7,2026-03-07,8,90,maybe\n"
                               "A8,2026-03-09,6,90,rejected\n");
    FileImporter importer(m_cache->db(), m_system);
    auto report = importer.run(path, {}, timesheetMapping());
    QVERIFY(report);
    QCOMPARE(report.value().rows, 8);
    QCOMPARE(report.value().counts.created, 2);
    QCOMPARE(report.value().counts.failed, 6);
    QList<qint64> lines;
    for (const RecordFailure &failure : report.value().counts.failures)
        lines << failure.line;
    QCOMPARE(lines, (QList<qint64> { 3, 4, 6, 7, 8, 9 }));
    QVERIFY(report.value().counts.failures.at(0).message.contains(QStringLiteral("not a date")));
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT status FROM sync_run WHERE id = ?"), { report.value().runId })
            .toString(),
        QStringLiteral("partial"));
    QCOMPARE(
        m_cache
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_event WHERE run_id = ? AND level = 'error'"),
                     { report.value().runId })
            .toInt(),
        6);
    QCOMPARE(
        m_cache
            ->scalar(QStringLiteral("SELECT detail FROM sync_event WHERE run_id = ? ORDER BY id LIMIT 1"),
                     { report.value().runId })
            .toString(),
        QStringLiteral("line 3"));
}

void TestFileImporter::reimportChangesNothing()
{
    const QByteArray csv =
        "Line,Date,Hours,Rate,Status\nB1,2026-03-02,8,90,approved\nB2,2026-03-03,4,90,submitted\n";
    const QString path = write(QStringLiteral("again.csv"), csv);
    FileImporter importer(m_cache->db(), m_system);
    auto first = importer.run(path, {}, timesheetMapping());
    QVERIFY(first);
    QCOMPARE(first.value().counts.created, 2);
    auto second = importer.run(path, {}, timesheetMapping());
    QVERIFY(second);
    QCOMPARE(second.value().counts.created, 0);
    QCOMPARE(second.value().counts.updated, 0);
    QCOMPARE(second.value().counts.unchanged, 2);
    write(QStringLiteral("again.csv"),
          "Line,Date,Hours,Rate,Status\nB1,2026-03-02,8,90,approved\nB2,2026-03-03,4,90,approved\n");
    auto third = importer.run(path, {}, timesheetMapping());
    QVERIFY(third);
    QCOMPARE(third.value().counts.updated, 1);
    QCOMPARE(third.value().counts.unchanged, 1);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")).toInt(), 2);
}

void TestFileImporter::rowHashKeyWithoutIdColumn()
{
    const QString path =
        write(QStringLiteral("nokey.csv"), "Name,City\nAcme,Berlin\nBeta,Paris\nAcme,Berlin\n");
    ImportMapping mapping =
        ImportMapping::guess(QStringLiteral("customer"), { QStringLiteral("Name"), QStringLiteral("City") });
    QVERIFY(mapping.keyFields.isEmpty());
    FileImporter importer(m_cache->db(), m_system);
    auto first = importer.run(path, {}, mapping);
    QVERIFY(first);
    QCOMPARE(first.value().counts.created, 2);
    QCOMPARE(first.value().counts.unchanged, 1);
    auto second = importer.run(path, {}, mapping);
    QVERIFY(second);
    QCOMPARE(second.value().counts.unchanged, 3);
}

void TestFileImporter::emptyFileImportsNothing()
{
    const QString path = write(QStringLiteral("empty.csv"), QByteArray());
    auto preview = FileImporter::preview(path, {}, QStringLiteral("customer"));
    QVERIFY(preview);
    QVERIFY(preview.value().header.isEmpty());
    FileImporter importer(m_cache->db(), m_system);
    ImportMapping mapping;
    mapping.table = QStringLiteral("customer");
    auto report = importer.run(path, {}, mapping);
    QVERIFY(report);
    QCOMPARE(report.value().rows, 0);
    QCOMPARE(report.value().counts.total(), 0);
}

void TestFileImporter::binaryFileIsRefused()
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(static_cast<char>((i * 7919) % 256));
    const QString path = write(QStringLiteral("image.csv"), bytes);
    auto preview = FileImporter::preview(path, {}, QStringLiteral("customer"));
    QVERIFY(!preview);
    QCOMPARE(preview.error().code(), QStringLiteral("import.binary"));
}

void TestFileImporter::hugeFileImports()
{
    // Over 100 MB written here rather than shipped: 210,000 time entries with long quoted comments
    // (embedded delimiters and line breaks), so the reader streams without holding the file.
    const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Line,Date,Hours,Rate,Status,Comment\n");
        QByteArray chunk;
        const QByteArray comment = '"'
            + QByteArray("Sprint work on the integration; review, tests\nand \"\"pairing\"\". ").repeated(8)
            + '"';
        for (int i = 0; i < 210000; ++i) {
            chunk += "H" + QByteArray::number(i) + ",2026-0" + QByteArray::number(1 + i % 9) + "-1"
                + QByteArray::number(i % 10) + ",7.5,88.50,approved," + comment + "\n";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    QVERIFY(QFileInfo(path).size() > 100 * 1000 * 1000);
    FileImporter importer(m_cache->db(), m_system);
    QSignalSpy progress(&importer, &FileImporter::progress);
    QSignalSpy indexing(&importer, &FileImporter::indexing);
    auto report = importer.run(path, {}, timesheetMapping());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report.value().counts.created, 210000);
    QCOMPARE(report.value().counts.failed, 0);
    QCOMPARE(progress.size(), 21);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")).toInt(), 210000);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT SUM(minutes) FROM timesheet_line")).toLongLong(),
             210000LL * 450);
    // An import into an empty table writes without its scattered indexes and builds them at the
    // end: they are back, and hold every row.
    QCOMPARE(indexing.size(), 1);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT count(*) FROM suspended_index")).toInt(), 0);
    QCOMPARE(
        m_cache
            ->scalar(QStringLiteral("SELECT SUM(minutes) FROM timesheet_line INDEXED BY timesheet_unbilled "
                                    "WHERE status = 'approved' AND billable = 1 AND invoice_id IS NULL "
                                    "AND placement_id IS NULL"))
            .toLongLong(),
        210000LL * 450);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT count(*) FROM timesheet_line INDEXED BY timesheet_period "
                                         "WHERE placement_id IS NULL AND work_date >= '2026-01-01'"))
                 .toInt(),
             210000);
}

void TestFileImporter::xlsxFromRealWriter()
{
    const QString path = m_dir.filePath(QStringLiteral("book.xlsx"));
    const QByteArray native = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(native.constData());
    QVERIFY(workbook);
    lxw_worksheet *other = workbook_add_worksheet(workbook, "Notes");
    worksheet_write_string(other, 0, 0, "ignore me", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Time");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    const char *header[] = { "Line", "Date", "Hours", "Rate", "Status" };
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c], nullptr);
    lxw_datetime day { 2026, 3, 2, 0, 0, 0 };
    worksheet_write_string(sheet, 1, 0, "X1", nullptr);
    worksheet_write_datetime(sheet, 1, 1, &day, date);
    worksheet_write_number(sheet, 1, 2, 7.5, nullptr);
    worksheet_write_number(sheet, 1, 3, 95.25, nullptr);
    worksheet_write_string(sheet, 1, 4, "approved", nullptr);
    // Row 3 left empty; row 4 has a gap in column C and emoji text.
    worksheet_write_string(sheet, 3, 0, "X2 \xF0\x9F\x9A\x80", nullptr);
    worksheet_write_string(sheet, 3, 1, "2026-03-03", nullptr);
    worksheet_write_number(sheet, 3, 3, 90, nullptr);
    worksheet_write_boolean(sheet, 3, 4, 1, nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    auto names = XlsxReader::sheetNames(path);
    QVERIFY(names);
    QCOMPARE(names.value(), (QStringList { QStringLiteral("Notes"), QStringLiteral("Time") }));
    auto rows = XlsxReader::readSheet(path, QStringLiteral("Time"));
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(rows.value().size(), 3);
    QCOMPARE(rows.value().at(1).line, 2);
    QCOMPARE(rows.value().at(1).cells,
             (QStringList { QStringLiteral("X1"), QStringLiteral("2026-03-02"), QStringLiteral("7.5"),
                            QStringLiteral("95.25"), QStringLiteral("approved") }));
    QCOMPARE(rows.value().at(2).line, 4);
    QCOMPARE(rows.value().at(2).cells,
             (QStringList { QStringLiteral("X2 🚀"), QStringLiteral("2026-03-03"), QString(),
                            QStringLiteral("90"), QStringLiteral("TRUE") }));

    ImportMapping mapping = timesheetMapping();
    TabularFile::Options options;
    options.sheet = QStringLiteral("Time");
    FileImporter importer(m_cache->db(), m_system);
    auto report = importer.run(path, options, mapping);
    QVERIFY(report);
    QCOMPARE(report.value().counts.created, 1);
    QCOMPARE(report.value().counts.failed, 1); // hours missing on line 4
    QCOMPARE(report.value().counts.failures.first().line, 4);

    const QString junk = write(QStringLiteral("junk.xlsx"), QByteArray("PK\x03\x04 this is not a zip"));
    auto broken = XlsxReader::readSheet(junk);
    QVERIFY(!broken);
    QCOMPARE(broken.error().code(), QStringLiteral("import.bad_xlsx"));
}

void TestFileImporter::mappingIsSavedPerSource()
{
    FileImporter importer(m_cache->db(), m_system);
    QCOMPARE(importer.loadMapping(QStringLiteral("payroll-*.csv")).error().category(),
             Error::Category::NotFound);
    const ImportMapping mapping = timesheetMapping();
    QVERIFY(importer.saveMapping(QStringLiteral("payroll-*.csv"), mapping));
    ImportMapping other = mapping;
    other.table = QStringLiteral("expense");
    QVERIFY(importer.saveMapping(QStringLiteral("expenses.xlsx"), other));
    auto loaded = importer.loadMapping(QStringLiteral("payroll-*.csv"));
    QVERIFY(loaded);
    QCOMPARE(loaded.value().toJson(), mapping.toJson());
    QCOMPARE(importer.loadMapping(QStringLiteral("expenses.xlsx")).value().table, QStringLiteral("expense"));
}

void TestFileImporter::referencesResolveToOtherSystem()
{
    const qint64 staffing = m_cache->addSystem(QStringLiteral("staffing"), QStringLiteral("Bullhorn"));
    QVERIFY(
        m_cache->exec(QStringLiteral("INSERT INTO placement (system_id, external_id, start_date, "
                                     "modified_at) VALUES (?, '4711', '2026-01-01', '2026-01-01T00:00:00Z')"),
                      { staffing }));
    const QString path = write(QStringLiteral("ref.csv"),
                               "Line,Placement,Date,Hours\nR1,4711,2026-03-02,8\nR2,9999,2026-03-02,8\n");
    ImportMapping mapping = timesheetMapping();
    mapping.columns.remove(QStringLiteral("bill_rate"));
    mapping.columns.remove(QStringLiteral("status"));
    mapping.columns.insert(QStringLiteral("placement"), QStringLiteral("Placement"));
    mapping.referenceSystemId = staffing;
    FileImporter importer(m_cache->db(), m_system);
    auto report = importer.run(path, {}, mapping);
    QVERIFY(report);
    QCOMPARE(report.value().counts.created, 2);
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE placement_id IS NOT NULL"))
            .toInt(),
        1);
}

void TestFileImporter::rawIsTheRowAsJson()
{
    // The raw column holds the row as QJsonDocument writes it, byte for byte, so rows imported by
    // earlier versions compare equal: members in key order, the last of equal headers, escapes.
    const QByteArray csv =
        "Line,Zeta,Date,Hours,Zeta,\xC3\x84rger,\"Q\"\"x\"\n"
        "K1,first,2026-03-02,8,\"last \"\"one\"\", with comma\",\"Tab\there\\back/slash\x01\x7F\","
        "\"line\nbreak \xF0\x9F\x9A\x80 \xE2\x80\xA8\"\n"
        "K2,a,2026-03-03,8\n";
    const QString path = write(QStringLiteral("raw.csv"), csv);
    ImportMapping mapping;
    mapping.table = QStringLiteral("timesheet_line");
    mapping.columns = { { QStringLiteral("external_id"), QStringLiteral("Line") },
                        { QStringLiteral("work_date"), QStringLiteral("Date") },
                        { QStringLiteral("hours"), QStringLiteral("Hours") } };
    mapping.keyFields = { QStringLiteral("external_id") };
    FileImporter importer(m_cache->db(), m_system);
    auto report = importer.run(path, {}, mapping);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report.value().counts.created, 2);

    auto rows = CsvReader::readFile(path);
    QVERIFY(rows);
    const QStringList header = rows.value().at(0);
    for (qsizetype r = 1; r < rows.value().size(); ++r) {
        const QStringList cells = rows.value().at(r);
        QJsonObject expected;
        for (qsizetype i = 0; i < header.size(); ++i)
            expected.insert(header.at(i), cells.value(i));
        QCOMPARE(m_cache
                     ->scalar(QStringLiteral("SELECT raw FROM timesheet_line WHERE external_id = ?"),
                              { cells.at(0) })
                     .toString()
                     .toUtf8(),
                 QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
}

QTEST_GUILESS_MAIN(TestFileImporter)
#include "tst_fileimporter.moc"
