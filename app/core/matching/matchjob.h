#pragma once

#include "deduplication.h"
#include "domain/error.h"
#include "linkage.h"
#include "matchoptions.h"
#include "recordsource.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace cw {

/// Runs MatchEngine in the background with progress and cancel, for the UI.
///
/// start*() runs the engine on a QtConcurrent worker thread; progress() arrives (queued, at most
/// once per percent and stage) on the thread the job lives in, then exactly one of finished() or
/// failed(); error() then says why (a cancelled run fails with code "matching.cancelled"). The
/// result stays available
/// through linkage() / deduplication() until the next start. Re-deciding after a threshold
/// change is quick enough to do on the job's thread: linkage()->redecide().
///
/// Ownership: the job shares ownership of the record sources for the duration of the run.
/// Thread affinity: create and use on one thread with an event loop. Destroying a running job
/// cancels the run and waits for the worker to stop.
class MatchJob : public QObject
{
    Q_OBJECT

public:
    explicit MatchJob(QObject *parent = nullptr);
    ~MatchJob() override;

    /// Links @p left with @p right. Precondition: !isRunning().
    void startLink(std::shared_ptr<const RecordSource> left, std::shared_ptr<const RecordSource> right,
                   const MatchOptions &options);
    /// Finds duplicates in @p records. Precondition: !isRunning().
    void startDedupe(std::shared_ptr<const RecordSource> records, const MatchOptions &options);

    bool isRunning() const;
    /// Asks the run to stop; safe from any thread. failed() follows.
    void cancel();

    /// Result of the last successful link run; null otherwise.
    Linkage *linkage();
    /// Result of the last successful dedupe run; null otherwise.
    Deduplication *deduplication();
    /// Why the last run failed; empty after a successful one.
    const std::optional<Error> &error() const { return m_error; }

signals:
    void progress(cw::MatchStage stage, qint64 done, qint64 total);
    void finished();
    void failed();

private:
    struct Run;
    void start(std::function<void(Run &run, const MatchControl &control)> work);
    void onWorkerDone();

    std::shared_ptr<Run> m_run;
    QFutureWatcher<void> m_watcher;
    std::optional<Linkage> m_linkage;
    std::optional<Deduplication> m_deduplication;
    std::optional<Error> m_error;
};

} // namespace cw
