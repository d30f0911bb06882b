#pragma once

#include "moneytotal.h"
#include "receivablesledger.h"

#include <QDate>

#include <optional>
#include <vector>

namespace cw {

class CurrencyConverter;
class KpiDirectory;
struct KpiFilter;

/// Days sales outstanding as of a date:
///   DSO = receivables at the end of the as-of day ÷ invoiced revenue of the kWindowDays days
///         ending that day × kWindowDays,
/// over posted customer invoices (amounts including tax), both in the filter's currency when it
/// names one, else in the company currency (currencies without a rate are left out of both).
///
/// Drill-downs: KpiDrillDowns::receivables() and KpiDrillDowns::invoicedRevenue().
/// A plain value; copy freely, use from any thread.
struct DsoFigure
{
    static constexpr int kWindowDays = 90;

    QDate asOf;
    MoneyTotal receivables;
    MoneyTotal revenue;
    /// Rounded to one decimal; nullopt when the window has no revenue.
    std::optional<double> days;

    /// Sums @p facts in @p filter's slice, converts, and computes days.
    static DsoFigure build(const std::vector<ReceivablesLedger::Fact> &facts, const KpiDirectory &directory,
                           const KpiFilter &filter, const CurrencyConverter &converter);
};

} // namespace cw
