#pragma once

#include "domain/result.h"
#include "queryspec.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace cw {

class Database;

/// The queries behind the list pages of the main window, one QuerySpec per list, plus the SQL
/// conditions the Dashboard shares with them so a tile's number always equals the row count of
/// the page it opens.
///
/// Pure functions returning values; systems() reads the (small) system table. Thread affinity:
/// none, except that systems() uses the calling thread's cache connection.
class PageQueries
{
    Q_DECLARE_TR_FUNCTIONS(cw::PageQueries)

public:
    /// One configured system (a row of the system table; never any secret).
    struct System
    {
        qint64 id = 0;
        QString kind; ///< odoo, crm, staffing, file
        QString name;
        bool enabled = true;
    };

    /// Configured systems ordered by kind (Odoo first) then name.
    static Result<QList<System>> systems(const Database &database);
    /// "Odoo", "CRM", "Staffing platform", "File import" for a system kind.
    static QString kindTitle(const QString &kind);

    /// "Succeeded", "Partly failed", ... for a sync_run.status code.
    static QString syncStatusTitle(const QString &status);

    /// The link.entity value of customer records.
    static QString customerEntity() { return QStringLiteral("customer"); }
    /// SQL condition, over a customer table aliased `c`: the record has no crosswalk link and is
    /// not marked "not a customer".
    static QString unmatchedCustomerCondition();
    /// SQL condition, over a timesheet_line aliased `t`: approved, billable, not on an invoice.
    static QString unbilledLineCondition();
    /// SQL condition, over a revenue_exception aliased `e`: not resolved yet.
    static QString openExceptionCondition();
    /// SQL condition, over a failed_push aliased `f`: still open.
    static QString openFailedPushCondition();

    /// Canonical customers with, per system, the names of the records linked to them.
    static QuerySpec canonicalCustomers(const QList<System> &systems);
    /// Every customer record of every system with its link state and unbilled approved hours.
    static QuerySpec customerRecords();
    /// Sync run history, newest first.
    static QuerySpec syncRuns();
    /// Failed pushes, most recent first; @p openOnly hides resolved ones.
    static QuerySpec failedPushes(bool openOnly);
    /// Revenue exceptions, largest amount first; @p openOnly hides resolved ones. Ages are
    /// counted up to @p today.
    static QuerySpec revenueExceptions(bool openOnly, const QDate &today);
    /// The audit log, newest first.
    static QuerySpec auditLog();
};

} // namespace cw
