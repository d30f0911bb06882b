#pragma once

#include "domain/result.h"
#include "upsertcounts.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace cw {

class Database;

/// Writes the run log of the sync engine: one sync_run row per run (flow, system, status,
/// counts) and its sync_event rows (info, warning, error; per entity and record).
///
/// Statuses: running, succeeded, partial (some records failed), failed, cancelled, interrupted
/// (the process ended while the run was going on; see closeInterrupted()). The counts of
/// sync_run are read/created/updated/skipped/failed, where skipped counts records that were read
/// again unchanged and updated includes deletions.
/// Thread affinity: any thread; calls taking a QSqlDatabase write through it (the caller's
/// transaction), the others open their own transaction on the calling thread's connection.
class SyncRunLog
{
    Q_DECLARE_TR_FUNCTIONS(cw::SyncRunLog)

public:
    enum class Level { Info, Warning, Error };

    explicit SyncRunLog(const Database &database, std::shared_ptr<Clock> clock = Clock::system());

    /// Inserts a running sync_run and returns its id.
    Result<qint64> start(const QString &flow, qint64 systemId) const;
    /// Adds @p counts (and @p read records) to the run's totals, through @p db.
    Result<void> addCounts(QSqlDatabase &db, qint64 runId, qint64 read, const UpsertCounts &counts) const;
    /// Appends an event through @p db.
    Result<void> event(QSqlDatabase &db, qint64 runId, Level level, const QString &entity,
                       const QString &externalId, const QString &message, const QString &detail = {}) const;
    /// Appends an event in its own transaction.
    Result<void> event(qint64 runId, Level level, const QString &entity, const QString &externalId,
                       const QString &message, const QString &detail = {}) const;
    /// Appends an event in its own transaction when @p runId is a run; an event that cannot be
    /// written is only a warning in the log file, as the sync itself goes on.
    void note(qint64 runId, Level level, const QString &entity, const QString &externalId,
              const QString &message, const QString &detail = {}) const;
    /// Sets the final status, message and finished_at.
    Result<void> finish(qint64 runId, const QString &status, const QString &message) const;
    /// Closes the runs of @p flows on @p systemId still marked running as "interrupted": their
    /// process ended without closing them (killed, crashed, power lost). Their end time is the
    /// time of their last event, or their start when they logged none, so the history does not
    /// claim they ran until now. Call only when no run of these flows can be going on, i.e. at
    /// the start of a sync, where rows left in flight are reconciled too. Returns how many runs
    /// were closed.
    Result<qint64> closeInterrupted(qint64 systemId, const QStringList &flows) const;

    static QString levelName(Level level);

private:
    const Database &m_database;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
