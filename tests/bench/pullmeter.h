#pragma once

// Wall clock, CPU clocks and HTTP attempts around one pull of one entity, printed as one line:
// records, seconds, records/s end to end, round trips, and CPU per record
// - for the client thread alone (JSON, mapping, SQLite writes), with its share in the kernel
//   (system calls and page faults) and its page faults per record;
// - for the client side in total (the process minus the simulator's thread: adds Qt's network
//   thread and the kernel's socket work);
// - for the simulator.
#include "cputime.h"
#include "sync/pullsource.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace cw::bench {

class PullMeter
{
public:
    /// @p simulatorCpu reads the simulator thread's CPU seconds; @p attempts the client's HTTP attempts.
    PullMeter(std::function<double()> simulatorCpu, std::function<int()> attempts)
        : m_simulatorCpu(std::move(simulatorCpu))
        , m_attempts(std::move(attempts))
    {
        m_simulator = m_simulatorCpu();
        m_process = processCpuSeconds();
        m_thread = threadCpuSeconds();
        m_threadKernel = threadKernelSeconds();
        m_threadFaults = threadMinorFaults();
        m_startAttempts = m_attempts();
        m_wall.start();
    }

    void report(const QString &title, const QString &entity, const QString &outcome, qint64 records) const
    {
        const double seconds = m_wall.nsecsElapsed() / 1e9;
        const double simulator = m_simulatorCpu() - m_simulator;
        const double client = processCpuSeconds() - m_process - simulator;
        const double clientThread = threadCpuSeconds() - m_thread;
        const double clientKernel = threadKernelSeconds() - m_threadKernel;
        const double clientFaults = double(threadMinorFaults() - m_threadFaults);
        const double perRecord = records > 0 ? 1e6 / double(records) : 0;
        printf("%-12s %-18s %8lld records %-42s %7.2f s %9.0f records/s %5d round trips  client thread %6.2f "
               "us/record (kernel %5.2f, faults %5.2f)  client total %6.2f us/record  simulator %6.2f "
               "us/record\n",
               qPrintable(title), qPrintable(entity), static_cast<long long>(records), qPrintable(outcome),
               seconds, double(records) / seconds, m_attempts() - m_startAttempts, clientThread * perRecord,
               clientKernel * perRecord, clientFaults / double(std::max<qint64>(records, 1)),
               client * perRecord, simulator * perRecord);
        fflush(stdout);
    }

private:
    std::function<double()> m_simulatorCpu;
    std::function<int()> m_attempts;
    QElapsedTimer m_wall;
    double m_simulator = 0;
    double m_process = 0;
    double m_thread = 0;
    double m_threadKernel = 0;
    long m_threadFaults = 0;
    int m_startAttempts = 0;
};

/// Reads every page of @p source from the start, mapping but writing nothing (the client's share
/// of a pull without the cache's); returns the records and failures read.
inline qint64 readAllPages(PullSource &source)
{
    qint64 records = 0;
    QEventLoop loop;
    QObject::connect(&source, &PullSource::pageFetched, &loop, [&](const PullPage &page) {
        records += page.records.size() + page.failures.size();
        if (page.more)
            source.fetch(page.cursor);
        else
            loop.quit();
    });
    QObject::connect(&source, &PullSource::fetchFailed, &loop, [&](const Error &error) {
        qCritical("read failed: %s", qPrintable(error.toString()));
        loop.quit();
    });
    source.fetch({});
    loop.exec();
    return records;
}

} // namespace cw::bench
