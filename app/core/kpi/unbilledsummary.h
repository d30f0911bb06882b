#pragma once

#include "agebuckets.h"
#include "moneytotal.h"
#include "unbilledlines.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>
#include <vector>

namespace cw {

class CurrencyConverter;
class KpiDirectory;
struct KpiFilter;

/// Unbilled approved time as of a date for one slice of the business: in total, per age bucket,
/// and per customer, placement and consultant (each again per bucket).
///
/// Money: per currency, plus the company-currency sum (MoneyTotal). Every row's drill-down is
/// KpiDrillDowns::unbilledTime() with the row's dimension and id.
/// A plain value; copy freely, use from any thread.
struct UnbilledSummary
{
    struct Cell
    {
        qint64 minutes = 0;
        /// Minutes of lines with no bill rate at all (no value).
        qint64 unratedMinutes = 0;
        qint64 lines = 0;
        MoneyTotal value;
        /// Invalid when the cell is empty.
        QDate oldestWorkDate;
    };

    struct Row
    {
        /// customer.id, placement.id or consultant.id; 0 for the lines without one.
        qint64 id = 0;
        QString label;
        std::array<Cell, AgeBuckets::kCount> buckets;
        Cell total;
    };

    QDate asOf;
    QString companyCurrency;
    /// Everything in the slice (id 0, no label).
    Row total;
    /// Descending by company-currency value, then minutes, then id.
    QList<Row> byCustomer;
    QList<Row> byPlacement;
    QList<Row> byConsultant;

    /// Days between the oldest unbilled work date and asOf; nullopt when nothing is unbilled.
    std::optional<qint64> oldestAgeDays() const;

    /// What build() fills: everything; `total` and the kTopCustomers largest customers in
    /// byCustomer, no placement or consultant breakdown (the dashboard's chart: much less to
    /// build with tens of thousands of placements); or only `total` (a trend's previous period).
    enum class Detail { Full, TopCustomers, TotalOnly };
    static constexpr int kTopCustomers = 20;

    /// Sums @p facts that lie in @p filter's slice, then converts every money figure.
    static UnbilledSummary build(const std::vector<UnbilledLines::Fact> &facts, const KpiDirectory &directory,
                                 const KpiFilter &filter, const CurrencyConverter &converter,
                                 Detail detail = Detail::Full);
};

} // namespace cw
