#pragma once

#include "exceptionfactsquery.h"
#include "moneytotal.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cw {

class CurrencyConverter;
class KpiDirectory;
struct KpiFilter;

/// Revenue exceptions as of a date for one slice: how many are open and what is at stake, per
/// rule, and how many arose per rule in each of the last twelve weeks.
///
/// Open as of a date: detected on or before it and not resolved by then; a resolved case counts
/// as resolved from the day of its last update (KpiSql::exceptionOpenAsOf()). Weekly counts chart
/// each case on the day its cause happened, else the day it was detected (KpiSql::exceptionDate()),
/// counting cases detected by the as-of date. Weeks start on Monday. The slice applies through the
/// exception's customer, the cost center of its subject's placement and its currency
/// (KpiSql::exceptionSlice()).
/// Drill-downs: KpiDrillDowns::openExceptions() per rule, KpiDrillDowns::exceptionsInWeek() per
/// chart point. A plain value; copy freely, use from any thread.
struct ExceptionStats
{
    static constexpr int kWeeks = 12;

    struct Rule
    {
        QString rule;
        QString title;
        qint64 open = 0;
        MoneyTotal amount;
    };

    struct Series
    {
        QString rule;
        QString title;
        /// Exceptions per week, aligned with weekStarts.
        QList<qint64> counts;
    };

    QDate asOf;
    qint64 open = 0;
    MoneyTotal openAmount;
    /// Every known rule in ExceptionRuleSet order (open 0 included), then unknown rule ids.
    QList<Rule> byRule;
    /// Mondays of the twelve weeks ending with the week of asOf, ascending.
    QList<QDate> weekStarts;
    /// One series per entry of byRule, same order.
    QList<Series> weekly;

    /// Sums @p facts in @p filter's slice as of filter.asOf, then converts the amounts.
    static ExceptionStats build(const std::vector<ExceptionFactsQuery::Fact> &facts,
                                const KpiDirectory &directory, const KpiFilter &filter,
                                const CurrencyConverter &converter);
};

} // namespace cw
