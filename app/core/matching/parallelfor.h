#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace cw {

/// Splits an index range into chunks and processes them on several threads: the caller's
/// thread plus threads - 1 std::threads started for the call and joined before it returns.
///
/// Chunks are claimed dynamically, so uneven work balances itself; a body that writes its
/// results into a slot per chunk (chunk = begin / chunkSize) gets a deterministic order no
/// matter which thread ran what. Progress is reported on the caller's thread only.
class ParallelFor
{
public:
    /// @p body(begin, end, worker) handles [begin, end); worker is 0 .. threads - 1, for
    /// per-thread scratch memory. Returns false if @p cancel was set before all chunks ran
    /// (chunks already started finish). @p progress receives the number of indices done.
    static bool run(qsizetype count, qsizetype chunkSize, int threads,
                    const std::function<void(qsizetype begin, qsizetype end, int worker)> &body,
                    const std::atomic_bool *cancel = nullptr,
                    const std::function<void(qsizetype done)> &progress = {});

    /// Threads to use when the caller does not say: the machine's cores.
    static int defaultThreads();
};

} // namespace cw
