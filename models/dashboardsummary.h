#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QMap>
#include <QObject>

namespace cw {

class Database;

/// The figures of the Dashboard tiles, computed from the cache on a worker thread.
///
/// refresh() starts a computation (QtConcurrent, own cache connection released afterwards) and
/// ready() delivers the result on the owner's thread; a refresh() while one runs queues exactly
/// one more run. Each figure uses the same SQL condition as the page its tile opens, so the
/// numbers agree with the lists.
/// Ownership and threads: lives on the GUI thread; the Database must outlive it. The destructor
/// waits for a running computation.
class DashboardSummary : public QObject
{
    Q_OBJECT

public:
    /// Figures of one configured system.
    struct SystemFigures
    {
        qint64 id = 0;
        QString kind;
        QString name;
        bool enabled = true;
        qint64 customerRecords = 0;
        qint64 unmatchedCustomers = 0;
        /// Status of the latest sync run (sync_run.status), empty when it never synced.
        QString lastSyncStatus;
        QDateTime lastSyncStarted;
        /// Invalid while the latest run is still running.
        QDateTime lastSyncFinished;
    };

    struct Summary
    {
        /// Approved, billable time not on an invoice.
        qint64 unbilledMinutes = 0;
        qint64 unbilledLines = 0;
        /// Its value per currency code, in minor units (minutes × bill rate / 60, rounded).
        QMap<QString, qint64> unbilledValue;
        /// Part of unbilledMinutes that has no bill rate, so no value.
        qint64 unratedMinutes = 0;
        qint64 openExceptions = 0;
        QMap<QString, qint64> openExceptionValue;
        qint64 openFailedPushes = 0;
        qint64 unmatchedCustomers = 0;
        qint64 canonicalCustomers = 0;
        qint64 customerRecords = 0;
        qint64 placements = 0;
        qint64 timesheetLines = 0;
        qint64 invoices = 0;
        QList<SystemFigures> systems;
    };

    explicit DashboardSummary(const Database &database, QObject *parent = nullptr);
    ~DashboardSummary() override;

    /// Starts computing; ready() or failed() follows.
    void refresh();
    bool isRunning() const { return m_running; }

    /// Computes the summary on the calling thread with its cache connection.
    static Result<Summary> compute(const Database &database);

signals:
    void ready(const cw::DashboardSummary::Summary &summary);
    void failed(const cw::Error &error);

private:
    void finished();

    const Database &m_database;
    QFutureWatcher<Result<Summary>> m_watcher;
    bool m_running = false;
    bool m_again = false;
};

} // namespace cw
