#pragma once

#include "domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace cw {

/// Reads every revenue exception with what the dashboard filters and dates it by: rule,
/// customer, the placement of its subject (KpiSql::exceptionPlacement()), currency, amount, the
/// day it was detected, the day it was resolved (last update of a resolved case) and the day it
/// is charted on (KpiSql::exceptionDate()). ExceptionStats::build() sums them for any date and
/// slice without reading again.
/// Thread affinity: the thread that owns @p db. Stateless.
class ExceptionFactsQuery
{
public:
    struct Fact
    {
        QString rule;
        /// 0 when none.
        qint64 customerId = 0;
        qint64 placementId = 0;
        QString currency;
        qint64 amountMinor = 0;
        QDate detectedOn;
        /// Invalid unless resolved.
        QDate resolvedOn;
        QDate chartedOn;
    };

    static Result<std::vector<Fact>> run(const QSqlDatabase &db);
};

} // namespace cw
