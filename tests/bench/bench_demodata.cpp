// Fills a fresh temporary cache with DemoDataGenerator and prints rows, time, throughput and peak
// memory. Usage: bench_demodata [--customers N] [--seed S] [--keep FILE]
//
// Wall-clock throughput depends on what else the machine runs, so the CPU time of the process and
// the load average are printed next to it.

#include "cache/database.h"
#include "sandbox/demodatagenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Customers (default 10000)."),
                                             QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Write into FILE and keep it."), QStringLiteral("FILE"));
    parser.addOptions({ customersOption, seedOption, keepOption });
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path =
        parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(QStringLiteral("bench.sqlite"));
    if (QFileInfo::exists(path)) {
        out << "refusing to overwrite " << path << Qt::endl;
        return 2;
    }
    auto opened = cw::Database::open(path);
    if (!opened) {
        out << opened.error().toString() << Qt::endl;
        return 1;
    }
    cw::DemoDataOptions options;
    options.customers = parser.value(customersOption).toInt();
    options.seed = parser.value(seedOption).toULongLong();

    out << "customers " << options.customers << ", seed " << options.seed << ", load average before "
        << loadAverage() << Qt::endl;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const auto filled = cw::DemoDataGenerator::fill(*opened.value(), options);
    const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    if (!filled) {
        out << filled.error().toString() << Qt::endl;
        return 1;
    }
    const cw::DemoDataStats &stats = filled.value();
    for (const auto &[table, rows] : stats.rowsPerTable)
        out << "  " << table.leftJustified(20) << QString::number(rows).rightJustified(10) << Qt::endl;
    out << "rows            " << stats.totalRows << Qt::endl;
    out << "seconds (wall)  " << QString::number(wall, 'f', 2) << Qt::endl;
    out << "rows/s (wall)   " << static_cast<qint64>(static_cast<double>(stats.totalRows) / wall) << Qt::endl;
    out << "seconds (cpu)   " << QString::number(cpu, 'f', 2) << Qt::endl;
    out << "rows/cpu-second " << static_cast<qint64>(static_cast<double>(stats.totalRows) / cpu) << Qt::endl;
    out << "peak RSS        " << peakRssKb() / 1024 << " MB" << Qt::endl;
    out << "cache file      " << QFileInfo(path).size() / 1048576 << " MB" << Qt::endl;
    out << "load average after " << loadAverage() << Qt::endl;
    return 0;
}
