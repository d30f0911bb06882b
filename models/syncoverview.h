#pragma once

#include "domain/result.h"
#include "queryspec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace cw {

class Database;

/// What the Sync page shows above and beside its run history: each system's health (last
/// successful run, last failed one and its message, circuit breaker) and, per system and entity, the last
/// pull (its durable cursor), the records it holds and the errors the latest run logged for it; plus the log
/// of one run.
///
/// compute() reads small tables and the sync_run_by_system index; call it on a worker thread
/// (it uses the calling thread's cache connection). runLog() is a pure function. Thread affinity:
/// none.
class SyncOverview
{
    Q_DECLARE_TR_FUNCTIONS(cw::SyncOverview)

public:
    struct SystemHealth
    {
        qint64 id = 0;
        QString name;
        QString kind;
        bool enabled = true;
        /// Finished time of the latest succeeded run; invalid when none.
        QDateTime lastSuccess;
        /// Finished time and message of the latest failed, partly failed or interrupted run.
        QDateTime lastError;
        QString lastErrorMessage;
        /// Status of the latest run (sync_run.status), empty when it never synced.
        QString lastStatus;
        /// The system's circuit breaker as the last push left it (sync_circuit): "closed",
        /// "open" or "half_open"; empty when none was saved (never failed enough to matter).
        QString circuitState;
        /// When an open circuit lets the next call probe the system.
        QDateTime circuitReopensAt;
        /// Consecutive failures when it last changed, and the failure that opened it last.
        int circuitFailures = 0;
        QString circuitError;
    };

    struct EntityPull
    {
        QString systemName;
        QString entity;
        /// When the cursor last moved: the end of the last successful pull of the entity.
        QDateTime lastPull;
        /// Error events for the entity in the latest run of each flow of the system, and the last
        /// one's text.
        int errors = 0;
        QString lastErrorMessage;
        /// Counts of the entity's latest pull run (sync_run "pull_<entity>"); 0 without one.
        qint64 read = 0;
        qint64 created = 0;
        qint64 updated = 0;
        qint64 failed = 0;
    };

    struct Overview
    {
        QList<SystemHealth> systems;
        QList<EntityPull> entities;
    };

    static Result<Overview> compute(const Database &database);
    /// The events of sync run @p runId, in order.
    static QuerySpec runLog(qint64 runId);
};

} // namespace cw
