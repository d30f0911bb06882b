#pragma once

// CPU clocks the benchmarks read to tell the client's work from a simulator's.
#include <ctime>
#include <sys/resource.h>

namespace cw::bench {

/// CPU seconds of the calling thread.
inline double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/// CPU seconds the kernel spent for the calling thread (system calls, page faults).
inline double threadKernelSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
}

/// Page faults of the calling thread that the kernel served without disk I/O: mostly fresh
/// memory it handed out and cleared.
inline long threadMinorFaults()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt;
}

/// CPU seconds of the whole process (user + system).
inline double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace cw::bench
