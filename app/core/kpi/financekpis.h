#pragma once

#include "moneytotal.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

/// Finance KPIs of the approved time worked in a period (the filter's periodDays ending asOf):
/// - billable utilisation = billable approved minutes ÷ all approved minutes. The cache holds no
///   capacity, so "available hours" are the hours recorded; it is the billable share of them.
/// - realisation = value at the billed rates ÷ value at the placements' standard rates, over the
///   approved billable time already on an invoice (not cancelled, billed by asOf); it shows rate
///   erosion, not work in progress.
/// - gross margin = (revenue − direct cost) ÷ revenue, revenue = billable minutes × bill rate,
///   direct cost = all approved minutes × pay rate; spread per hour = bill − pay rate on asOf.
/// Rates: the line's own, else the placement's effective on the work date (RateHistory). Values are
/// rounded half up per line. Percentages use the filter's currency when it names one, else the
/// company currency. Lines without a placement are left out.
///
/// Drill-down: KpiDrillDowns::periodTime(), per placement or for all.
/// A plain value; copy freely, use from any thread.
struct FinanceKpis
{
    struct Placement
    {
        qint64 id = 0;
        QString label;
        QString currency;
        qint64 approvedMinutes = 0;
        qint64 billableMinutes = 0;
        qint64 revenueMinor = 0;
        qint64 costMinor = 0;
        std::optional<double> grossMarginPercent;
        /// Rates in effect on asOf; nullopt when unknown.
        std::optional<qint64> billRateMinor;
        std::optional<qint64> payRateMinor;
        std::optional<qint64> spreadPerHourMinor;
    };

    /// First and last day of the period, inclusive.
    QDate from;
    QDate to;
    qint64 approvedMinutes = 0;
    qint64 billableMinutes = 0;
    std::optional<double> utilisationPercent;
    MoneyTotal billedValue;
    MoneyTotal standardValue;
    std::optional<double> realisationPercent;
    MoneyTotal revenue;
    MoneyTotal directCost;
    std::optional<double> grossMarginPercent;
    /// Placements with approved time in the period, ascending by id.
    QList<Placement> placements;
};

} // namespace cw
