#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cw {

class Database;

/// Drops the indexes of a record table whose entries land at scattered places on each insert
/// while a bulk load adds many rows, and builds them again when it ends.
///
/// Why: an index keyed by placement or name takes each new row somewhere in its middle, so every
/// commit writes back most of its pages; on a million time-entry rows keeping timesheet_period
/// and timesheet_unbilled up to date costs several times more than building them once after the
/// load (a sort). Indexes whose new entries all land at one end (by invoice, the unique key) stay.
///
/// A load calls update() after each commit with the rows it created so far, and finish() at the
/// end. The indexes are dropped once the load has created more rows than both kMinimumRows and
/// the table held before it: below that, keeping them costs less than a rebuild over the whole
/// table. The table is counted only once a load passes kMinimumRows, so the small loads of
/// incremental syncs never pay for a count. Until finish() the table reads correctly but without those
/// indexes (slower KPI queries).
///
/// Crash safety: each index is dropped in the transaction that stores its statement in
/// suspended_index, and rebuilt in the one that removes it; restoreLeftovers(), run when the
/// cache opens, rebuilds what a process killed mid-load left suspended.
///
/// Thread affinity: the thread whose cache connection it uses; update() and finish()
/// open their own transactions, so call them outside any. Ownership: borrows the Database.
class IndexSuspension
{
    Q_DECLARE_TR_FUNCTIONS(cw::IndexSuspension)

public:
    /// Rows a load must create before its table's scattered indexes are dropped.
    static constexpr qint64 kMinimumRows = 10000;

    /// The indexes of @p table a bulk load suspends; empty for tables without scattered ones.
    static QStringList scatteredIndexes(const QString &table);
    /// Rebuilds every index left in suspended_index; returns their names. Run at open.
    static Result<QStringList> restoreLeftovers(const Database &database);

    IndexSuspension(const Database &database, QString table);
    /// Rebuilds the indexes if finish() was not reached (an early return), logging a failure.
    ~IndexSuspension();
    IndexSuspension(const IndexSuspension &) = delete;
    IndexSuspension &operator=(const IndexSuspension &) = delete;

    /// Drops the scattered indexes once @p created rows added (and committed) by this load
    /// outnumber kMinimumRows and the rows the table held before the load; no-op before that and
    /// once suspended.
    Result<void> update(qint64 created);
    /// Builds the dropped indexes again; no-op when none were dropped.
    Result<void> finish();
    bool isSuspended() const { return !m_suspended.isEmpty(); }

private:
    Result<void> suspend();

    const Database &m_database;
    QString m_table;
    /// Rows in the table before the load, counted once the load passes kMinimumRows; -1 before.
    qint64 m_rowsBefore = -1;
    /// Names of the indexes this object dropped.
    QStringList m_suspended;
};

} // namespace cw
