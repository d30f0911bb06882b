// Import File dialog benchmark: imports a CSV of time entries through the dialog (offscreen) and
// measures how long the GUI thread was kept from its event loop meanwhile. A 5 ms timer records
// the gaps between its ticks; the longest gap is the longest the window could not repaint or take
// a click (on Stop, say). Also times the preview read of the file (on the dialog's worker).
//
// Prints: rows, seconds, rows/s, created/refused, the preview's read time, and the longest and
// 99th-percentile gaps between ticks.
//
// Run: QT_QPA_PLATFORM=offscreen bench_fileimportdialog [--rows 200000]
// The full size: --rows 1000000

#include "cache/database.h"
#include "dialogs/fileimportdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace cw;

namespace {

constexpr int kTickMs = 5;

void writeTimeEntries(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray chunk = "Ref,Date,Hours,Billable\n";
    for (qint64 i = 0; i < rows; ++i) {
        chunk += "T-" + QByteArray::number(i) + ",2026-"
            + QByteArray::number(1 + i % 12).rightJustified(2, '0') + '-'
            + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ',' + QByteArray::number(i % 9)
            + ".5,yes\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

qint64 addFileSystem(const Database &database)
{
    QSqlQuery insert(database.connection());
    if (!insert.exec(QStringLiteral("INSERT INTO system (kind, name, created_at, updated_at) VALUES "
                                    "('file', 'Payroll', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")))
        qFatal("system row: %s", qPrintable(insert.lastError().text()));
    return insert.lastInsertId().toLongLong();
}

/// Runs the event loop until @p signal of @p dialog, returning the milliseconds it took.
template<typename Signal> qint64 waitFor(FileImportDialog &dialog, Signal signal)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject::connect(&dialog, signal, &loop, &QEventLoop::quit);
    loop.exec();
    return clock.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Time entries in the file."),
                                        QStringLiteral("N"), QStringLiteral("200000"));
    parser.addOption(rowsOption);
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hours.csv"));
    writeTimeEntries(path, rows);
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        qFatal("cache: %s", qPrintable(opened.error().toString()));
    std::unique_ptr<Database> database = std::move(opened.value());

    FileImportDialog dialog(*database, addFileSystem(*database));
    dialog.show();
    dialog.setFile(path);
    const qint64 previewMs = dialog.isReading() ? waitFor(dialog, &FileImportDialog::fileRead) : 0;

    QList<qint64> gaps;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setInterval(kTickMs);
    QObject::connect(&tick, &QTimer::timeout, [&] { gaps.append(sinceTick.restart()); });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    tick.start();
    dialog.startImport();
    if (!dialog.isImporting())
        qFatal("the import did not start");
    waitFor(dialog, &FileImportDialog::importFinished);
    const double seconds = clock.elapsed() / 1000.0;
    tick.stop();
    if (!dialog.report())
        qFatal("the import failed");

    std::sort(gaps.begin(), gaps.end());
    const qint64 longest = gaps.isEmpty() ? 0 : gaps.constLast();
    const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(qsizetype(double(gaps.size() - 1) * 0.99));
    const ImportReport &report = *dialog.report();
    printf("file import dialog: %lld rows in %.2f s (%.0f rows/s), created %lld, refused %lld\n",
           static_cast<long long>(report.rows), seconds, double(report.rows) / seconds,
           static_cast<long long>(report.counts.created), static_cast<long long>(report.counts.failed));
    printf("preview read on the worker: %lld ms\n", static_cast<long long>(previewMs));
    printf(
        "GUI thread during the import: %lld ticks of %d ms, longest gap %lld ms, 99th percentile %lld ms\n",
        static_cast<long long>(gaps.size()), kTickMs, static_cast<long long>(longest),
        static_cast<long long>(p99));
    return report.counts.created == rows ? 0 : 1;
}
