#pragma once

#include "domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace cw {

/// Reads, per posted customer invoice, what DSO needs as of a date: its receivable at the end of
/// that day (KpiSql::receivableAsOf(): open today plus payments received after the day, at most
/// its total) and its total when it is dated inside the DSO window ending that day.
///
/// Only invoices with one of the two are returned. Credit notes are not netted.
/// Thread affinity: the thread that owns @p db. Stateless.
class ReceivablesQuery
{
public:
    struct Fact
    {
        qint64 invoiceId = 0;
        /// 0 when none.
        qint64 customerId = 0;
        qint64 placementId = 0;
        QString currency;
        qint64 receivableMinor = 0;
        /// amount_total_minor when dated in the window, else 0.
        qint64 windowRevenueMinor = 0;
    };

    static Result<std::vector<Fact>> run(const QSqlDatabase &db, const QDate &asOf, int windowDays);
};

} // namespace cw
