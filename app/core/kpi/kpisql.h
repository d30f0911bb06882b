#pragma once

#include "kpifilter.h"

#include <QString>
#include <QVariantList>

namespace cw {

/// The SQL conditions that define the KPIs, in one place: the aggregate queries and the
/// drill-down lists (DrillDown) are built from the same text, so a list always holds exactly the
/// records behind its figure.
///
/// Each function documents the table aliases it expects and the `?` values it needs, in order.
/// Stateless; safe from any thread.
class KpiSql
{
public:
    /// Currency of a timesheet amount (aliases t, p, c): the line's, else the placement's, else the
    /// customer's; '' when none has one.
    static QString lineCurrency();
    /// The bill rate line @p alias (default t) is valued at: its own, else the placement's effective on the
    /// work date (the latest placement_rate with a bill rate on or before it, else
    /// placement.bill_rate_minor); NULL when none exists. The subqueries only run for lines without a rate of
    /// their own.
    static QString lineRate(const QString &alias = QStringLiteral("t"));
    /// Value of line @p alias in minor units: minutes × lineRate() / 60, rounded half up per line.
    static QString lineValue(const QString &alias = QStringLiteral("t"));
    /// The day invoice @p alias billed its lines: its invoice date, or for a draft without one the
    /// UTC day it was last modified.
    static QString billedOn(const QString &alias);
    /// Line t is approved, billable, worked on or before the as-of date and not billed as of it:
    /// on no invoice, on a cancelled one, or on one billed after the as-of date.
    /// Values: asOf, asOf.
    static QString unbilledCondition();
    /// @p column (a customer id) lies in the filter's customers and business unit, each expanded
    /// through the crosswalk links. Appends its values to @p values; empty without a customer
    /// scope.
    static QString customerScope(const QString &column, const KpiFilter &filter, QVariantList &values);
    /// The filter's slice for timesheet lines (aliases t, p, c): customers, cost center and line
    /// currency. Appends its values; empty when the filter does not narrow.
    static QString timesheetSlice(const KpiFilter &filter, QVariantList &values);
    /// The slice for invoices (aliases i, p): invoice customer, placement cost center, currency.
    static QString invoiceSlice(const KpiFilter &filter, QVariantList &values);
    /// The slice for revenue exceptions (alias e): customer, the cost center of the subject's
    /// placement, currency.
    static QString exceptionSlice(const KpiFilter &filter, QVariantList &values);
    /// Placement id of revenue exception e's subject (placement, line, invoice, rate or expense);
    /// NULL for subjects without a placement.
    static QString exceptionPlacement();
    /// Revenue exception e was detected on or before the as-of date and not resolved by then.
    /// Values: asOf, asOf.
    static QString exceptionOpenAsOf();
    /// The day revenue exception e is charted on: when its cause happened, else when detected.
    static QString exceptionDate();
    /// Failed push fp was first seen on or before the as-of date and still open at its end.
    /// Values: asOf, asOf.
    static QString failedPushOpenAsOf();
    /// Customer c had no crosswalk link decided on or before the as-of date. Values: asOf.
    static QString customerUnmatchedAsOf();
    /// Receivable of invoice i at the end of the as-of date: what is open today plus the payments
    /// received after that date, at most the invoice total. Values: asOf.
    static QString receivableAsOf();
    /// Invoice i is a posted customer invoice dated on or before the as-of date. Values: asOf.
    static QString postedInvoiceBy();
};

} // namespace cw
