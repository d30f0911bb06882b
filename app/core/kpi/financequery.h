#pragma once

#include "domain/result.h"
#include "financekpis.h"

#include <QSqlDatabase>

namespace cw {

class CurrencyConverter;
class KpiDirectory;
class RateHistory;
struct KpiFilter;

/// Computes FinanceKpis for a filter: reads the period's approved lines placement by placement
/// from the covering timesheet_period index and values them in memory.
/// Thread affinity: the thread that owns @p db. Stateless.
class FinanceQuery
{
public:
    static Result<FinanceKpis> run(const QSqlDatabase &db, const KpiFilter &filter,
                                   const KpiDirectory &directory, const RateHistory &rates,
                                   const CurrencyConverter &converter);
};

} // namespace cw
