#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cw {

/// What the dashboard figures are computed for: an as-of date, the length of the period their
/// trend compares against, and the slice of the business.
///
/// Dates are UTC calendar dates and inclusive: "as of 2026-03-31" counts everything dated on or
/// before that day. Empty filters mean "all". A customer filter names customer rows of any system;
/// it also selects the records of every customer linked to them in the crosswalk, so choosing the
/// staffing platform's record of a customer also selects its Odoo invoices.
///
/// A plain value; copy freely, use from any thread.
struct KpiFilter
{
    QDate asOf;
    /// Length of the period in days; the trend compares with the figures as of asOf − periodDays.
    int periodDays = 30;
    /// customer.id values; empty for all customers.
    QList<qint64> customerIds;
    /// customer.business_unit of the customer or of a linked customer; empty for all.
    QString businessUnit;
    /// placement.cost_center; empty for all.
    QString costCenter;
    /// Only amounts in this ISO 4217 currency (and no conversion); empty for all currencies.
    QString currency;
    /// Currency the totals are converted into; empty takes the one of the cache's rates.
    QString companyCurrency;

    /// The same slice as of the end of the previous period (asOf − periodDays).
    KpiFilter previousPeriod() const;
    /// True when a customer or business-unit filter narrows the customers.
    bool hasCustomerScope() const { return !customerIds.isEmpty() || !businessUnit.isEmpty(); }
    /// True when only asOf and periodDays differ: the slice is the same.
    bool sameSliceAs(const KpiFilter &other) const;

    bool operator==(const KpiFilter &other) const = default;
};

} // namespace cw
