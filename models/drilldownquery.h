#pragma once

#include "kpi/drilldown.h"
#include "queryspec.h"

#include <QCoreApplication>
#include <QDate>

namespace cw {

/// Turns a dashboard figure's DrillDown (which records) into a QuerySpec (which columns), so a
/// list page shows the records behind any tile, bar or point with the columns a finance user
/// checks for that kind of record: timesheet lines with hours, rate, value and age; invoices with
/// totals and payment state; exceptions with rule, amount and state; failed pushes with category
/// and message; customers; sync runs.
/// Stateless; safe from any thread.
class DrillDownQuery
{
    Q_DECLARE_TR_FUNCTIONS(cw::DrillDownQuery)

public:
    /// The list of @p drill's records; ages count up to @p asOf.
    static QuerySpec spec(const DrillDown &drill, const QDate &asOf);
    /// Labels of the stored revenue exception rule ids: each rule's title.
    static QHash<QString, QString> ruleLabels();
};

} // namespace cw
