#pragma once

#include "drilldown.h"
#include "kpifilter.h"

#include <QCoreApplication>

namespace cw {

/// Builds the DrillDown of every dashboard figure: the list of records a tile, a bar segment, a
/// chart point or a table row stands for. Built from KpiSql, like the figures themselves.
///
/// Slice filters (customer, business unit, cost center, currency) apply wherever the figure uses
/// them; integration figures (failed pushes, unmatched customers, syncs) ignore them.
/// Stateless; safe from any thread.
class KpiDrillDowns
{
    Q_DECLARE_TR_FUNCTIONS(cw::KpiDrillDowns)

public:
    /// What an unbilled-time figure is grouped by.
    enum class Dimension { All, Customer, Placement, Consultant };

    /// Unbilled approved time as of filter.asOf; @p id selects one customer, placement or
    /// consultant (0 = the lines without one); @p bucket one AgeBuckets bucket (-1 = all ages).
    /// @p label names the group in the title.
    static DrillDown unbilledTime(const KpiFilter &filter, Dimension dimension = Dimension::All,
                                  qint64 id = 0, int bucket = -1, const QString &label = {});
    /// Revenue exceptions open as of filter.asOf; @p rule narrows to one rule id.
    static DrillDown openExceptions(const KpiFilter &filter, const QString &rule = {});
    /// Revenue exceptions of @p rule (empty: all rules) charted (KpiSql::exceptionDate()) in the
    /// week starting @p weekStart, up to filter.asOf, and detected by then.
    static DrillDown exceptionsInWeek(const KpiFilter &filter, const QString &rule, const QDate &weekStart);
    /// Failed pushes open as of filter.asOf; @p category narrows to one category, @p ageBucket to
    /// one IntegrationHealth age bucket (-1 = all).
    static DrillDown openFailedPushes(const KpiFilter &filter, const QString &category = {},
                                      int ageBucket = -1);
    /// Customer records without a link as of filter.asOf; @p systemId narrows to one system.
    static DrillDown unmatchedCustomers(const KpiFilter &filter, qint64 systemId = 0);
    /// Invoices with a receivable as of filter.asOf: the DSO numerator.
    static DrillDown receivables(const KpiFilter &filter);
    /// Invoices dated in the @p windowDays ending filter.asOf: the DSO denominator.
    static DrillDown invoicedRevenue(const KpiFilter &filter, int windowDays);
    /// Succeeded sync runs of @p systemId, newest first in lists sorted by id.
    static DrillDown successfulSyncs(const KpiFilter &filter, qint64 systemId);
    /// Approved time worked in the period ending filter.asOf (finance KPIs); @p placementId narrows
    /// to one placement (0 = all).
    static DrillDown periodTime(const KpiFilter &filter, qint64 placementId = 0);

private:
    static DrillDown make(DrillDown::Entity entity, const QStringList &conditions, QVariantList values,
                          QString title);
};

} // namespace cw
