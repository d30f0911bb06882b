#include "ctlprocess.h"
#include "tempcache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using cw::test::TempCache;
using Run = cw::test::CtlProcess::Run;

namespace {

const QByteArray kTimesheet = "Line,Date,Hours,Rate,Status\n"
                              "T1,2026-03-02,8,90,approved\n"
                              "T2,2026-03-03,4,90,submitted\n"
                              "T3,2026-03-04,8,90,approved,extra\n"
                              "T4,2026-03-05,6,90,approved\n";

} // namespace

/// `crosswalkctl --cache C import` as a user runs it (CtlProcess) over files the test writes and a
/// fresh cache per test.
class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void utf8WithBomImports();
    void windows1252WithSemicolons();
    void raggedRowIsReportedWithItsLine();
    void reimportChangesNothing();
    void savedMappingIsReused();
    void previewWritesNothing();
    void workbookSheetIsChosen();
    void progressGoesToStderr();
    void terminationCancelsAndKeepsTheRowsRead();
    void killedBulkImportGetsItsIndexesBackOnOpen();
    void binaryFileIsRefused();
    void emptyFileIsRefused();
    void missingFileIsRefused();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
    void otherKindOfSystemIsRefused();

private:
    Run run(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &bytes);
    QStringList timesheetArguments(const QString &path) const;
    int count(const QString &table) const;
    QJsonObject json(const Run &run) const;

    cw::test::CtlProcess m_ctl;
    QTemporaryDir m_dir;
    std::unique_ptr<TempCache> m_cache;
};

void TestImportCommand::initTestCase()
{
    QVERIFY2(m_ctl.isValid(), qPrintable(m_ctl.error()));
}

void TestImportCommand::init()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
}

Run TestImportCommand::run(const QStringList &arguments)
{
    return m_ctl.run(QStringList { QStringLiteral("--cache"), m_cache->path(), QStringLiteral("import") }
                     + arguments);
}

QString TestImportCommand::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

QStringList TestImportCommand::timesheetArguments(const QString &path) const
{
    return { QStringLiteral("--file"),  path,
             QStringLiteral("--table"), QStringLiteral("timesheet_line"),
             QStringLiteral("--map"),   QStringLiteral("external_id=Line"),
             QStringLiteral("--map"),   QStringLiteral("work_date=Date"),
             QStringLiteral("--map"),   QStringLiteral("hours=Hours"),
             QStringLiteral("--map"),   QStringLiteral("bill_rate=Rate"),
             QStringLiteral("--map"),   QStringLiteral("status=Status"),
             QStringLiteral("--key"),   QStringLiteral("external_id") };
}

int TestImportCommand::count(const QString &table) const
{
    return m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt();
}

QJsonObject TestImportCommand::json(const Run &run) const
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestImportCommand::utf8WithBomImports()
{
    const QString path = write(QStringLiteral("crm-export.csv"),
                               QByteArray("\xEF\xBB\xBF")
                                   + QStringLiteral("Name,City\nMüller & Söhne GmbH,Köln\n"
                                                    "\"Café \"\"Zoë\"\"\",Zürich\n")
                                         .toUtf8());
    const Run result =
        run({ QStringLiteral("--file"), path, QStringLiteral("--table"), QStringLiteral("customer") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("created +2\n"))));
    QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("refused +0\n"))));
    // The BOM is not part of the first header, or "Name" would not have been mapped to name.
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT name FROM customer WHERE city = 'Zürich'")).toString(),
             QStringLiteral("Café \"Zoë\""));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT city FROM customer WHERE name LIKE 'M%'")).toString(),
             QStringLiteral("Köln"));
    // Without --system the file source is named after the file and created as kind "file".
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT kind FROM system WHERE name = 'crm-export'")).toString(),
             QStringLiteral("file"));
}

void TestImportCommand::windows1252WithSemicolons()
{
    QByteArray cp1252("Name;City\nM\xFCller & S\xF6hne;K\xF6ln\nCaf\xE9 \x96 \x80;Z\xFCrich\n");
    const QString path = write(QStringLiteral("legacy.csv"), cp1252);
    const Run result =
        run({ QStringLiteral("--file"), path, QStringLiteral("--table"), QStringLiteral("customer"),
              QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--encoding"),
              QStringLiteral("windows-1252"), QStringLiteral("--system"), QStringLiteral("Old PSA"),
              QStringLiteral("--json") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(json(result).value(QStringLiteral("created")).toInt(), 2);
    QCOMPARE(json(result).value(QStringLiteral("system")).toString(), QStringLiteral("Old PSA"));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT name FROM customer WHERE city = 'Zürich'")).toString(),
             QStringLiteral("Café – €"));
    QCOMPARE(
        m_cache
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM customer c JOIN system s ON s.id = c.system_id "
                                    "WHERE s.name = 'Old PSA' AND s.kind = 'file'"))
            .toInt(),
        2);
}

void TestImportCommand::raggedRowIsReportedWithItsLine()
{
    const QString path = write(QStringLiteral("time.csv"), kTimesheet);
    const Run result = run(timesheetArguments(path));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("rows read +4\n"))));
    QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("created +3\n"))));
    QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("refused +1\n"))));
    QVERIFY2(result.out.contains(QStringLiteral("\nline 4: ")), qPrintable(result.out));
    QCOMPARE(count(QStringLiteral("timesheet_line")), 3);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE external_id = 'T3'"))
                 .toInt(),
             0);
}

void TestImportCommand::reimportChangesNothing()
{
    const QString path = write(QStringLiteral("time.csv"), kTimesheet);
    const Run first = run(timesheetArguments(path) << QStringLiteral("--json"));
    QCOMPARE(first.exitCode, 1);
    QCOMPARE(json(first).value(QStringLiteral("created")).toInt(), 3);
    const QString before = m_cache
                               ->scalar(QStringLiteral("SELECT group_concat(id || ':' || minutes || ':' || "
                                                       "status, ',') FROM timesheet_line"))
                               .toString();
    const Run second = run(timesheetArguments(path) << QStringLiteral("--json"));
    QCOMPARE(second.exitCode, 1);
    const QJsonObject again = json(second);
    QCOMPARE(again.value(QStringLiteral("created")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("updated")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("unchanged")).toInt(), 3);
    QCOMPARE(again.value(QStringLiteral("refused")).toInt(), 1);
    const QJsonObject refused = again.value(QStringLiteral("refused_rows")).toArray().at(0).toObject();
    QCOMPARE(refused.value(QStringLiteral("line")).toInt(), 4);
    QVERIFY(!refused.value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT group_concat(id || ':' || minutes || ':' || status, ',') "
                                         "FROM timesheet_line"))
                 .toString(),
             before);
    QCOMPARE(count(QStringLiteral("system")), 1);
}

void TestImportCommand::savedMappingIsReused()
{
    const QString path = write(QStringLiteral("march.csv"), kTimesheet);
    const Run first =
        run(timesheetArguments(path) << QStringLiteral("--save-mapping") << QStringLiteral("payroll"));
    QCOMPARE(first.exitCode, 1);
    // The next export of the same source needs no --map: the saved mapping (and its key) is used.
    const QString april = write(QStringLiteral("april.csv"),
                                "Line,Date,Hours,Rate,Status\n"
                                "T1,2026-03-02,8,90,approved\n"
                                "T9,2026-04-01,5,90,approved\n");
    const Run second = run({ QStringLiteral("--file"), april, QStringLiteral("--mapping"),
                             QStringLiteral("payroll"), QStringLiteral("--json") });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(json(second).value(QStringLiteral("system")).toString(), QStringLiteral("payroll"));
    QCOMPARE(json(second).value(QStringLiteral("created")).toInt(), 1);
    QCOMPARE(json(second).value(QStringLiteral("unchanged")).toInt(), 1);
    QCOMPARE(count(QStringLiteral("timesheet_line")), 4);
}

void TestImportCommand::previewWritesNothing()
{
    const QString path = write(QStringLiteral("time.csv"), kTimesheet);
    const Run text = run(timesheetArguments(path) << QStringLiteral("--preview"));
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY(text.out.contains(QStringLiteral("Line | Date | Hours | Rate | Status")));
    QVERIFY(text.out.contains(QStringLiteral("line 5: T4 | 2026-03-05")));
    QVERIFY(text.out.contains(QRegularExpression(QStringLiteral("work_date +Date"))));
    const Run preview =
        run({ QStringLiteral("--file"), path, QStringLiteral("--table"), QStringLiteral("timesheet_line"),
              QStringLiteral("--preview"), QStringLiteral("--json") });
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
    const QJsonObject shown = json(preview);
    QCOMPARE(shown.value(QStringLiteral("header")).toArray().size(), 5);
    QCOMPARE(shown.value(QStringLiteral("rows")).toArray().size(), 4);
    QCOMPARE(shown.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QVERIFY(shown.value(QStringLiteral("mapping")).toObject().contains(QStringLiteral("table")));
    QCOMPARE(count(QStringLiteral("system")), 0);
    QCOMPARE(count(QStringLiteral("sync_run")), 0);
    QCOMPARE(count(QStringLiteral("timesheet_line")), 0);
}

void TestImportCommand::workbookSheetIsChosen()
{
    const QString path = m_dir.filePath(QStringLiteral("book.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    QVERIFY(workbook);
    worksheet_write_string(workbook_add_worksheet(workbook, "Notes"), 0, 0, "ignore me", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Time");
    const char *header[] = { "Line", "Date", "Hours", "Rate", "Status" };
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c], nullptr);
    for (int r = 1; r <= 2; ++r) {
        worksheet_write_string(sheet, r, 0, r == 1 ? "W1" : "W2", nullptr);
        worksheet_write_string(sheet, r, 1, "2026-03-02", nullptr);
        worksheet_write_number(sheet, r, 2, 7.5, nullptr);
        worksheet_write_number(sheet, r, 3, 95, nullptr);
        worksheet_write_string(sheet, r, 4, "approved", nullptr);
    }
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    // The first sheet has none of the mapped columns: refused before anything is written.
    const Run first = run(timesheetArguments(path));
    QCOMPARE(first.exitCode, 2);
    QVERIFY2(first.err.contains(QStringLiteral("no column")), qPrintable(first.err));
    QCOMPARE(count(QStringLiteral("system")), 0);
    const Run chosen =
        run(timesheetArguments(path) << QStringLiteral("--sheet") << QStringLiteral("Time")
                                     << QStringLiteral("--save-mapping") << QStringLiteral("book"));
    QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.err));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT SUM(minutes) FROM timesheet_line")).toInt(), 900);
    // The saved mapping remembers its sheet.
    const Run again = run({ QStringLiteral("--file"), path, QStringLiteral("--mapping"),
                            QStringLiteral("book"), QStringLiteral("--json") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(json(again).value(QStringLiteral("unchanged")).toInt(), 2);
}

void TestImportCommand::progressGoesToStderr()
{
    QByteArray csv = "Line,Date,Hours,Rate,Status\n";
    for (int i = 0; i < 25000; ++i)
        csv += "P" + QByteArray::number(i) + ",2026-03-02,1,90,approved\n";
    const QString path = write(QStringLiteral("many.csv"), csv);
    const Run result = run(timesheetArguments(path));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("10000 rows read\n20000 rows read\n")),
             qPrintable(result.err));
    QVERIFY(!result.out.contains(QStringLiteral("rows read\n")));
    QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("created +25000\n"))));
    QCOMPARE(count(QStringLiteral("timesheet_line")), 25000);
}

void TestImportCommand::terminationCancelsAndKeepsTheRowsRead()
{
    QByteArray csv = "Line,Date,Hours,Rate,Status\n";
    for (int i = 0; i < 300000; ++i)
        csv += "C" + QByteArray::number(i) + ",2026-03-02,1,90,approved\n";
    const QString path = write(QStringLiteral("endless.csv"), csv);
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    process.start(m_ctl.program(),
                  QStringList { QStringLiteral("--cache"), m_cache->path(), QStringLiteral("import") }
                      + timesheetArguments(path));
    // The first progress line says the import is under way; SIGTERM then asks it to stop.
    QByteArray err;
    while (!err.contains("10000 rows read") && process.waitForReadyRead(120000))
        err += process.readAllStandardError();
    QVERIFY2(err.contains("10000 rows read"), err.constData());
    process.terminate();
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("Cancelled")), qPrintable(out));
    const QRegularExpressionMatch created =
        QRegularExpression(QStringLiteral("created +(\\d+)\n")).match(out);
    QVERIFY2(created.hasMatch(), qPrintable(out));
    const int kept = created.captured(1).toInt();
    QVERIFY(kept >= 10000 && kept < 300000);
    QCOMPARE(count(QStringLiteral("timesheet_line")), kept);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT status FROM sync_run")).toString(),
             QStringLiteral("cancelled"));
}

void TestImportCommand::killedBulkImportGetsItsIndexesBackOnOpen()
{
    const auto indexes = [this] {
        return m_cache
            ->scalar(QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                                    "WHERE type = 'index' AND tbl_name = 'timesheet_line' ORDER BY name)"))
            .toString();
    };
    const QString before = indexes();
    QVERIFY(before.contains(QStringLiteral("timesheet_period")));
    QByteArray csv = "Line,Date,Hours,Rate,Status\n";
    for (int i = 0; i < 600000; ++i)
        csv += "K" + QByteArray::number(i) + ",2026-03-02,1,90,approved\n";
    const QString path = write(QStringLiteral("large.csv"), csv);
    QProcess process;
    process.start(m_ctl.program(),
                  QStringList { QStringLiteral("--cache"), m_cache->path(), QStringLiteral("import") }
                      + timesheetArguments(path));
    // After its first commit the import drops the scattered indexes; kill it while they are gone.
    QTRY_VERIFY_WITH_TIMEOUT(m_cache->scalar(QStringLiteral("SELECT count(*) FROM suspended_index")).toInt()
                                     > 0
                                 || process.state() == QProcess::NotRunning,
                             120000);
    QCOMPARE(process.state(), QProcess::Running);
    QVERIFY(indexes() != before);
    process.kill();
    QVERIFY(process.waitForFinished(60000));
    const int kept = count(QStringLiteral("timesheet_line"));
    QVERIFY(m_cache->reopen());
    QCOMPARE(indexes(), before);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT count(*) FROM suspended_index")).toInt(), 0);
    // The rows committed before the kill are all there and all in the rebuilt indexes.
    QCOMPARE(count(QStringLiteral("timesheet_line")), kept);
    QVERIFY(kept >= 10000);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT count(*) FROM timesheet_line INDEXED BY timesheet_unbilled "
                                         "WHERE status = 'approved' AND billable = 1 AND invoice_id IS NULL "
                                         "AND placement_id IS NULL"))
                 .toInt(),
             kept);
    QCOMPARE(m_cache->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestImportCommand::binaryFileIsRefused()
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(static_cast<char>((i * 7919) % 256));
    const QString path = write(QStringLiteral("image.csv"), bytes);
    const Run result =
        run({ QStringLiteral("--file"), path, QStringLiteral("--table"), QStringLiteral("customer") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("cannot be read")), qPrintable(result.err));
    QCOMPARE(count(QStringLiteral("system")), 0);
}

void TestImportCommand::emptyFileIsRefused()
{
    const QString path = write(QStringLiteral("empty.csv"), QByteArray());
    const Run result =
        run({ QStringLiteral("--file"), path, QStringLiteral("--table"), QStringLiteral("customer") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("is empty")), qPrintable(result.err));
    QCOMPARE(count(QStringLiteral("system")), 0);
}

void TestImportCommand::missingFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.csv"));
    const Run result =
        run({ QStringLiteral("--file"), path, QStringLiteral("--table"), QStringLiteral("customer") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(path + QStringLiteral(" does not exist")), qPrintable(result.err));
    QCOMPARE(count(QStringLiteral("system")), 0);
}

void TestImportCommand::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString path = write(QStringLiteral("args.csv"), kTimesheet);
    const QString file = QStringLiteral("--file");
    const QString table = QStringLiteral("--table");
    const QString timesheet = QStringLiteral("timesheet_line");
    QTest::newRow("no file") << QStringList { table, timesheet } << QStringLiteral("--file");
    QTest::newRow("no table") << QStringList { file, path } << QStringLiteral("--table");
    QTest::newRow("unknown table") << QStringList { file, path, table, QStringLiteral("invoice") }
                                   << QStringLiteral("\"invoice\"");
    QTest::newRow("bad map") << QStringList {
        file, path, table, timesheet, QStringLiteral("--map"), QStringLiteral("hours")
    } << QStringLiteral("FIELD=COLUMN");
    QTest::newRow("unknown column") << QStringList {
        file, path, table, timesheet, QStringLiteral("--map"), QStringLiteral("hours=Duration")
    } << QStringLiteral("\"Duration\"");
    QTest::newRow("bad encoding") << QStringList {
        file, path, table, timesheet, QStringLiteral("--encoding"), QStringLiteral("ebcdic")
    } << QStringLiteral("ebcdic");
    QTest::newRow("bad delimiter") << QStringList {
        file, path, table, timesheet, QStringLiteral("--delimiter"), QStringLiteral(";;")
    } << QStringLiteral("delimiter");
    QTest::newRow("no saved mapping")
        << QStringList { file, path, QStringLiteral("--mapping"), QStringLiteral("nothing") }
        << QStringLiteral("nothing");
}

void TestImportCommand::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(count(QStringLiteral("system")), 0);
    QCOMPARE(count(QStringLiteral("sync_run")), 0);
}

void TestImportCommand::otherKindOfSystemIsRefused()
{
    QVERIFY(m_cache->addSystem(QStringLiteral("crm"), QStringLiteral("HubSpot")) > 0);
    const QString path = write(QStringLiteral("time.csv"), kTimesheet);
    const Run result =
        run(timesheetArguments(path) << QStringLiteral("--system") << QStringLiteral("hubspot"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("not a file source")), qPrintable(result.err));
    QCOMPARE(count(QStringLiteral("timesheet_line")), 0);
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
