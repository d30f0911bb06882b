#include "matchjob.h"

#include "matchengine.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cw {

// Shared by the job and its worker, so the worker never touches a destroyed job.
struct MatchJob::Run
{
    std::atomic_bool cancel { false };
    std::optional<Error> error;
    std::optional<Linkage> linkage;
    std::optional<Deduplication> deduplication;
};

MatchJob::MatchJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &MatchJob::onWorkerDone);
}

MatchJob::~MatchJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool MatchJob::isRunning() const
{
    return m_watcher.isRunning();
}

void MatchJob::cancel()
{
    if (m_run)
        m_run->cancel = true;
}

Linkage *MatchJob::linkage()
{
    return m_linkage ? &*m_linkage : nullptr;
}

Deduplication *MatchJob::deduplication()
{
    return m_deduplication ? &*m_deduplication : nullptr;
}

void MatchJob::startLink(std::shared_ptr<const RecordSource> left, std::shared_ptr<const RecordSource> right,
                         const MatchOptions &options)
{
    start([left, right, options](Run &run, const MatchControl &control) {
        Result<Linkage> result = MatchEngine::link(*left, *right, options, control);
        if (result)
            run.linkage.emplace(std::move(result).value());
        else
            run.error = result.error();
    });
}

void MatchJob::startDedupe(std::shared_ptr<const RecordSource> records, const MatchOptions &options)
{
    start([records, options](Run &run, const MatchControl &control) {
        Result<Deduplication> result = MatchEngine::dedupe(*records, options, control);
        if (result)
            run.deduplication.emplace(std::move(result).value());
        else
            run.error = result.error();
    });
}

void MatchJob::start(std::function<void(Run &, const MatchControl &)> work)
{
    Q_ASSERT(!isRunning());
    m_linkage.reset();
    m_deduplication.reset();
    m_error.reset();
    auto run = std::make_shared<Run>();
    m_run = run;
    MatchJob *self = this;
    m_watcher.setFuture(QtConcurrent::run([run, work = std::move(work), self] {
        MatchControl control;
        control.cancel = &run->cancel;
        // Signals are emitted from the worker; connections to receivers on the job's thread are
        // queued. The job outlives the worker (its destructor waits), so self stays valid.
        control.progress = MatchControl::throttled(
            [self](MatchStage stage, qint64 done, qint64 total) { emit self->progress(stage, done, total); });
        work(*run, control);
    }));
}

void MatchJob::onWorkerDone()
{
    const std::shared_ptr<Run> run = std::exchange(m_run, nullptr);
    if (!run)
        return;
    if (run->error) {
        m_error = run->error;
        emit failed();
        return;
    }
    m_linkage = std::move(run->linkage);
    m_deduplication = std::move(run->deduplication);
    emit finished();
}

} // namespace cw
