#pragma once

#include "pullentityresult.h"
#include "pullsource.h"
#include "synccursorstore.h"
#include "syncrunlog.h"
#include "util/clock.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace cw {

class Database;
class IndexSuspension;
class RecordUpserter;

/// Pulls the entities of one system into the cache, one after another in the order added: for
/// each, reads the durable cursor, asks its PullSource page by page, and commits the records of
/// the pages read (RecordUpserter, in key order), the new cursor and the run counts in one
/// transaction, every kCommitRecords records, at the last page, before a failure ends the entity and on
/// cancel. Each entity gets its own sync_run (flow "pull_<entity>") with read/created/updated/skipped/failed
/// counts and sync_event rows for notices, failed records and the error that stopped it. A first pull that
/// creates more rows than its table held suspends the table's scattered indexes until the
/// entity ends (IndexSuspension).
///
/// A failing entity does not stop the others: its run ends "failed" and the next entity starts.
/// cancel() stops the current entity at once (run "cancelled"; the pages read so far are committed
/// with their cursor) and skips the rest. Used by every connector's pull (HubSpot, Bullhorn, Odoo) and by the
/// sync engine.
///
/// Thread affinity: the thread of the sources and of the cache connection it writes through
/// (the sync engine's thread). Ownership: owns the sources added; borrows the Database.
class PullRunner : public QObject
{
    Q_OBJECT

public:
    /// Most sync_event rows written for failed records of one entity run; the counts stay exact.
    static constexpr int kMaxRecordEvents = 500;
    /// Records committed together. Why: each commit writes every index page it touched to the
    /// WAL; with one small page per transaction a record table of some 100,000 rows costs tens
    /// of microseconds per record in page writes alone. But the records waiting take fresh memory
    /// the kernel must hand out and clear, and at 20,000 a HubSpot company cost more in page
    /// faults than a commit of 5,000 costs in page writes. The pages wait in memory, never in an
    /// open transaction, and a crash only means reading them again.
    static constexpr int kCommitRecords = 5000;

    PullRunner(const Database &database, qint64 systemId, std::shared_ptr<Clock> clock = Clock::system(),
               QObject *parent = nullptr);
    ~PullRunner() override;

    qint64 systemId() const { return m_systemId; }
    /// Appends @p source (taking ownership). Only before start().
    void addSource(PullSource *source);
    const QList<PullSource *> &sources() const { return m_sources; }

    /// Starts the pull; finished() follows when every entity ended. No-op while running.
    void start();
    /// Stops the pull; entityFinished() (cancelled) and finished() follow before it returns.
    void cancel();
    bool isRunning() const { return m_running; }
    /// One result per entity that started, in order; complete after finished().
    const QList<PullEntityResult> &results() const { return m_results; }

signals:
    void entityStarted(const QString &entity);
    /// @p expected is -1 when the source cannot tell.
    void progress(const QString &entity, qint64 read, qint64 expected);
    void entityFinished(const cw::PullEntityResult &result);
    void finished();

private:
    void startNext();
    void onPage(PullSource *source, const PullPage &page);
    void onFailed(PullSource *source, const Error &error);
    void onNotice(PullSource *source, const QString &message, const QString &detail);
    Result<void> commitPage(const PullPage &page, UpsertCounts *counts);
    /// The pending pages as one, their records moved (not copied) into one list in key order.
    PullPage takePending();
    /// Commits the pages read since the last commit, if any, and adds their counts.
    Result<void> commitPending();
    void finishEntity(const QString &status, const std::optional<Error> &error);
    PullSource *current() const;

    const Database &m_database;
    qint64 m_systemId;
    std::shared_ptr<Clock> m_clock;
    SyncCursorStore m_cursors;
    SyncRunLog m_log;
    QList<PullSource *> m_sources;
    QList<PullEntityResult> m_results;
    std::unique_ptr<RecordUpserter> m_upserter;
    /// Drops the table's scattered indexes once the entity's pull has created enough rows.
    std::unique_ptr<IndexSuspension> m_suspension;
    /// Pages read but not committed yet, kept apart: appending one page's records to another's
    /// copied every record (a page's list is shared with its source until the source drops it).
    QList<PullPage> m_pending;
    qsizetype m_pendingRecords = 0;
    int m_index = -1;
    int m_recordEvents = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace cw
