// Benchmark of the CSV import into a fresh SQLite cache through FileImporter::run(), the import
// path the application uses: a placements file first (so time entries resolve their placement),
// then a time-entry export, then the same export again (idempotent: every row unchanged). The
// first time-entry import outgrows its table, so it runs with the scattered timesheet indexes
// suspended and rebuilt at its end (IndexSuspension); the time printed includes the rebuild.
//
// The export is generated into a temporary folder: UTF-8, comma-separated, quoted fields with
// doubled quotes and embedded commas, non-ASCII consultant names, ISO dates, decimal hours with
// one row in fifty as h:mm, rates with a decimal point.
// Prints per import: rows, seconds, rows/s, CPU seconds, created/unchanged/failed, and the peak
// resident memory of the process.
//
// Build in Release and run: bench_csvimport [--rows 100000] [--placements 2000]
// The full size: --rows 1000000
#include "cache/database.h"
#include "connectors/file/fileimporter.h"
#include "cputime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace cw;

namespace {

const char *const kConsultants[] = {
    "Zoë Müller",
    "José García-Núñez",
    "Łukasz Wójcik",
    "Søren Ødegård",
    "Ana \"\"Nani\"\" Silva",
    "Chloé Lefèvre",
    "Jürgen Groß",
    "Ayşe Yılmaz",
    "O'Brien, Siobhán",
    "Ångström, Björn",
    "Dvořák, Antonín",
    "李小龙",
    "Иван Петров",
    "Nguyễn Văn An",
    "Ólafur Þórsson",
};

QByteArray placementId(qint64 i)
{
    return "P-" + QByteArray::number(10000 + i);
}

QString writePlacements(const QString &path, int placements)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("Placement ID,Job title,Start,Bill rate,Currency\n");
    for (int i = 0; i < placements; ++i)
        file.write(placementId(i) + ",\"Consultant, level " + QByteArray::number(1 + i % 4) + "\",2025-0"
                   + QByteArray::number(1 + i % 9) + "-01," + QByteArray::number(80 + i % 60) + ".00,EUR\n");
    return path;
}

QString writeTimeEntries(const QString &path, qint64 rows, int placements)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("Line,Placement,Consultant,Date,Hours,Rate,Currency,Status,Billable,Comment\n");
    QByteArray chunk;
    constexpr qsizetype consultants = sizeof(kConsultants) / sizeof(kConsultants[0]);
    for (qint64 i = 0; i < rows; ++i) {
        const int day = 1 + int(i % 28);
        const QByteArray hours = i % 50 == 0
            ? QByteArray("7:30")
            : QByteArray::number(4 + i % 5) + "." + QByteArray::number(i % 4 * 25);
        chunk += "T" + QByteArray::number(i) + "," + placementId(i % placements) + ",\""
            + kConsultants[i % consultants] + "\"," + "2026-" + (i % 12 < 9 ? "0" : "")
            + QByteArray::number(1 + i % 12) + (day < 10 ? "-0" : "-") + QByteArray::number(day) + "," + hours
            + "," + QByteArray::number(85 + i % 40) + ".50,EUR," + (i % 10 == 0 ? "submitted" : "approved")
            + "," + (i % 7 == 0 ? "no" : "yes") + ",\"Sprint " + QByteArray::number(i % 26)
            + ": review, tests and \"\"pairing\"\"\"\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

ImportMapping placementMapping()
{
    ImportMapping mapping;
    mapping.table = QStringLiteral("placement");
    mapping.columns = { { QStringLiteral("external_id"), QStringLiteral("Placement ID") },
                        { QStringLiteral("job_title"), QStringLiteral("Job title") },
                        { QStringLiteral("start_date"), QStringLiteral("Start") },
                        { QStringLiteral("bill_rate"), QStringLiteral("Bill rate") },
                        { QStringLiteral("currency"), QStringLiteral("Currency") } };
    mapping.keyFields = { QStringLiteral("external_id") };
    return mapping;
}

ImportMapping timeMapping()
{
    ImportMapping mapping;
    mapping.table = QStringLiteral("timesheet_line");
    mapping.columns = { { QStringLiteral("external_id"), QStringLiteral("Line") },
                        { QStringLiteral("placement"), QStringLiteral("Placement") },
                        { QStringLiteral("work_date"), QStringLiteral("Date") },
                        { QStringLiteral("hours"), QStringLiteral("Hours") },
                        { QStringLiteral("bill_rate"), QStringLiteral("Rate") },
                        { QStringLiteral("currency"), QStringLiteral("Currency") },
                        { QStringLiteral("status"), QStringLiteral("Status") },
                        { QStringLiteral("billable"), QStringLiteral("Billable") } };
    mapping.keyFields = { QStringLiteral("external_id") };
    return mapping;
}

double peakRssMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

ImportReport import(FileImporter &importer, const QString &title, const QString &path,
                    const ImportMapping &mapping)
{
    QElapsedTimer wall;
    const double cpu = bench::processCpuSeconds();
    wall.start();
    auto report = importer.run(path, {}, mapping);
    const double seconds = wall.nsecsElapsed() / 1e9;
    if (!report)
        qFatal("%s: %s", qPrintable(title), qPrintable(report.error().toString()));
    const ImportReport &r = report.value();
    printf("%-22s %9lld rows %8.2f s %9.0f rows/s  cpu %7.2f s (%5.2f us/row)  created %lld, updated %lld, "
           "unchanged %lld, failed %lld  peak RSS %.0f MB\n",
           qPrintable(title), static_cast<long long>(r.rows), seconds, double(r.rows) / seconds,
           bench::processCpuSeconds() - cpu,
           (bench::processCpuSeconds() - cpu) * 1e6 / double(qMax<qint64>(1, r.rows)),
           static_cast<long long>(r.counts.created), static_cast<long long>(r.counts.updated),
           static_cast<long long>(r.counts.unchanged), static_cast<long long>(r.counts.failed),
           peakRssMegabytes());
    fflush(stdout);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Time entries in the export."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption placementsOption(QStringLiteral("placements"),
                                              QStringLiteral("Placements the entries refer to."),
                                              QStringLiteral("n"), QStringLiteral("2000"));
    parser.addOptions({ rowsOption, placementsOption });
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int placements = qMax(1, parser.value(placementsOption).toInt());

    QTemporaryDir dir;
    QElapsedTimer setup;
    setup.start();
    const QString placementFile = writePlacements(dir.filePath(QStringLiteral("placements.csv")), placements);
    const QString timeFile = writeTimeEntries(dir.filePath(QStringLiteral("time.csv")), rows, placements);
    printf("setup: %lld time entries, %.1f MB of CSV, %.1f s\n", static_cast<long long>(rows),
           double(QFileInfo(timeFile).size()) / (1024.0 * 1024.0), setup.nsecsElapsed() / 1e9);

    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        qFatal("cache: %s", qPrintable(opened.error().toString()));
    std::unique_ptr<Database> database = std::move(opened.value());
    QSqlQuery insert(database->connection());
    if (!insert.exec(
            QStringLiteral("INSERT INTO system (kind, name, created_at, updated_at) VALUES "
                           "('file', 'Payroll export', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")))
        qFatal("system row: %s", qPrintable(insert.lastError().text()));
    FileImporter importer(*database, insert.lastInsertId().toLongLong());

    import(importer, QStringLiteral("placements"), placementFile, placementMapping());
    const ImportReport first = import(importer, QStringLiteral("time entries"), timeFile, timeMapping());
    const ImportReport again =
        import(importer, QStringLiteral("time entries again"), timeFile, timeMapping());
    if (first.counts.created != rows || again.counts.unchanged != rows)
        qFatal("expected %lld rows created, then unchanged", static_cast<long long>(rows));
    // A bulk import drops the scattered timesheet indexes while it writes: they must be back.
    QSqlQuery indexes(database->connection());
    if (!indexes.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                           "('timesheet_period', 'timesheet_unbilled')), "
                           "(SELECT count(*) FROM suspended_index)"))
        || !indexes.next() || indexes.value(0).toInt() != 2 || indexes.value(1).toInt() != 0)
        qFatal("the timesheet indexes were not rebuilt");
    QSqlQuery linked(database->connection());
    if (!linked.exec(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE placement_id IS NOT NULL"))
        || !linked.next() || linked.value(0).toLongLong() != rows)
        qFatal("time entries without their placement");
    return 0;
}
