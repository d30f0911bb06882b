#include "parallelfor.h"

#include <QThread>

#include <thread>
#include <vector>

namespace cw {

bool ParallelFor::run(qsizetype count, qsizetype chunkSize, int threads,
                      const std::function<void(qsizetype, qsizetype, int)> &body,
                      const std::atomic_bool *cancel, const std::function<void(qsizetype)> &progress)
{
    chunkSize = std::max<qsizetype>(1, chunkSize);
    const qsizetype chunks = (count + chunkSize - 1) / chunkSize;
    threads = int(std::clamp<qsizetype>(threads, 1, std::max<qsizetype>(1, chunks)));
    std::atomic<qsizetype> next { 0 };
    std::atomic<qsizetype> done { 0 };
    const auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    const auto work = [&](int worker) {
        for (;;) {
            if (cancelled())
                return;
            const qsizetype chunk = next.fetch_add(1);
            if (chunk >= chunks)
                return;
            const qsizetype begin = chunk * chunkSize;
            const qsizetype end = std::min(count, begin + chunkSize);
            body(begin, end, worker);
            const qsizetype finished = done.fetch_add(end - begin) + (end - begin);
            if (worker == 0 && progress)
                progress(finished);
        }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(size_t(threads - 1));
    for (int worker = 1; worker < threads; ++worker)
        helpers.emplace_back(work, worker);
    work(0);
    for (std::thread &helper : helpers)
        helper.join();
    if (progress && !cancelled())
        progress(done.load());
    return !cancelled() || done.load() == count;
}

int ParallelFor::defaultThreads()
{
    return std::max(1, QThread::idealThreadCount());
}

} // namespace cw
