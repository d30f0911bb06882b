#pragma once

#include "domain/error.h"
#include "domain/result.h"
#include "matchoptions.h"
#include "util/clock.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace cw {

class Database;

/// Matches the customers of every enabled system in the cache and writes the outcome: automatic
/// links (method "auto", decided by "matcher") and the review queue (match_candidate rows).
///
/// Person-made decisions win: a record that is linked keeps its link, a rejected pair is never
/// linked, a decided candidate is not reopened, and customers that would need two existing
/// customers merged are left to review. Besides the review band, each record's best pair below
/// the automatic band is stored with band "none": the near miss the Unmatched page shows, and
/// what a lower review threshold brings into the queue without a new run (MappingService::reband).
/// Records marked "not a customer" take no part. One audit_log row ("mapping.run") records the
/// counts; it ends the undo history of MappingService.
///
/// start() runs on a QtConcurrent worker with its own cache connection; progress() arrives queued
/// on the job's thread, then finished() or failed(). Thread affinity: create and use on one
/// thread with an event loop; the Database must outlive the job. Destroying a running job
/// cancels it and waits for the worker.
class CacheMatchJob : public QObject
{
    Q_OBJECT

public:
    /// What a run did.
    struct Summary
    {
        qint64 records = 0; ///< customer records matched
        qint64 customersCreated = 0;
        qint64 linksCreated = 0;
        qint64 reviewCandidates = 0; ///< open candidates in the review band written or refreshed
        qint64 nearMisses = 0; ///< candidates below the review band kept for the Unmatched page
        qint64 leftForReview = 0; ///< automatic links not made because they would merge customers
        qint64 candidatesSettled = 0; ///< open candidates closed because their records are now one customer
    };

    explicit CacheMatchJob(const Database &database, QObject *parent = nullptr);
    ~CacheMatchJob() override;

    /// Starts a run. Precondition: !isRunning().
    void start(const MatchOptions &options, const QString &actor,
               std::shared_ptr<Clock> clock = Clock::system());
    bool isRunning() const;
    /// Asks the run to stop; nothing is written after the matching stage is cancelled.
    void cancel();

    const Summary &summary() const { return m_summary; }
    const std::optional<Error> &error() const { return m_error; }

    /// The run itself, blocking, on the calling thread's connection (for workers and the
    /// command line).
    static Result<Summary> run(const Database &database, const MatchOptions &options, const QString &actor,
                               const std::shared_ptr<Clock> &clock, const MatchControl &control);

signals:
    void progress(cw::MatchStage stage, qint64 done, qint64 total);
    void finished();
    void failed();

private:
    void onWorkerDone();

    const Database &m_database;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Result<Summary>> m_watcher;
    Summary m_summary;
    std::optional<Error> m_error;
};

} // namespace cw
