#pragma once

#include "domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace cw {

/// Reads unbilled approved time as of a date, aggregated per placement, line currency and age
/// bucket: the facts every unbilled figure is summed from (see UnbilledReport).
///
/// A line counts when it is approved, billable, worked on or before the as-of date and not billed
/// as of that date (KpiSql::unbilledCondition()). Its value is minutes × bill rate / 60 in minor
/// units, rounded half up per line, so every total equals the sum of the lines listed behind it.
/// The bill rate is the line's own; a line without one takes the placement's rate effective on
/// its work date (placement_rate, else placement.bill_rate_minor); a line with neither counts in
/// minutes and unratedMinutes but adds no value.
///
/// Reads covering indexes of schema 3 only: lines on no invoice (timesheet_unbilled), and for
/// past dates the lines of invoices billed after the date or cancelled (timesheet_billed).
/// Thread affinity: the thread that owns @p db. Stateless.
class UnbilledQuery
{
public:
    struct Fact
    {
        /// 0 for lines without a placement.
        qint64 placementId = 0;
        /// The line's currency column, possibly empty (see KpiDirectory::amountCurrency()).
        QString lineCurrency;
        int bucket = 0;
        qint64 minutes = 0;
        qint64 unratedMinutes = 0;
        qint64 valueMinor = 0;
        qint64 lines = 0;
        QDate oldestWorkDate;
    };

    static Result<std::vector<Fact>> run(const QSqlDatabase &db, const QDate &asOf);
};

} // namespace cw
