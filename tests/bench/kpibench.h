#pragma once

// What bench_kpi and bench_dashboard share: the demo cache they measure, and wall and CPU times
// reported as median and worst of several runs.
#include "cache/database.h"
#include "cputime.h"
#include "sandbox/demodatagenerator.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace cw::bench {

/// The as-of date of the demo data and of the figures measured.
inline const QDate kDemoAsOf(2026, 3, 31);

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Wall time and process CPU time of each run: on a shared machine the CPU time shows what the
/// work costs, the wall time what a user waited. A failed run counts as -1.
struct Timing
{
    QString name;
    std::vector<double> wallMs;
    std::vector<double> cpuMs;

    void measure(const std::function<bool()> &work)
    {
        QElapsedTimer timer;
        timer.start();
        const double cpu = processCpuSeconds();
        const bool ok = work();
        add(ok ? double(timer.nsecsElapsed()) / 1e6 : -1, ok ? (processCpuSeconds() - cpu) * 1000.0 : -1);
    }

    void add(double wall, double cpu)
    {
        wallMs.push_back(wall);
        cpuMs.push_back(cpu);
    }
};

inline void report(const Timing &t)
{
    out() << QStringLiteral("%1  wall median %2 ms, worst %3 ms;  CPU median %4 ms  (%5 runs)")
                 .arg(t.name, -44)
                 .arg(median(t.wallMs), 7, 'f', 1)
                 .arg(*std::max_element(t.wallMs.begin(), t.wallMs.end()), 7, 'f', 1)
                 .arg(median(t.cpuMs), 7, 'f', 1)
                 .arg(t.wallMs.size())
          << Qt::endl;
}

/// Fills a fresh cache at @p path with DemoDataGenerator (seed 7, as of kDemoAsOf) at @p schema
/// (0: the latest) and reports its size and rate; false after printing the error.
inline bool fillDemoCache(const QString &path, int customers, int schema = 0)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    auto db = Database::open(path, schema);
    if (!db) {
        out() << "error: " << db.error().toString() << Qt::endl;
        return false;
    }
    DemoDataOptions options;
    options.customers = customers;
    options.seed = 7;
    options.asOf = kDemoAsOf;
    QElapsedTimer timer;
    timer.start();
    const double cpu = processCpuSeconds();
    auto stats = DemoDataGenerator::fill(*db.value(), options);
    if (!stats) {
        out() << "error: " << stats.error().toString() << Qt::endl;
        return false;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = processCpuSeconds() - cpu;
    out() << QStringLiteral(
                 "schema %1: demo-data --customers %2: %3 rows (%4 timesheet lines) in %5 s wall = %6 "
                 "rows/s; %7 s CPU = %8 rows per CPU second")
                 .arg(schema == 0 ? Database::latestSchemaVersion() : schema)
                 .arg(customers)
                 .arg(stats.value().totalRows)
                 .arg(stats.value().rows(QStringLiteral("timesheet_line")))
                 .arg(seconds, 0, 'f', 2)
                 .arg(qRound64(double(stats.value().totalRows) / seconds))
                 .arg(cpuSeconds, 0, 'f', 2)
                 .arg(qRound64(double(stats.value().totalRows) / cpuSeconds))
          << Qt::endl;
    return true;
}

} // namespace cw::bench
