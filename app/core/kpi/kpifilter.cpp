#include "kpifilter.h"

namespace cw {

KpiFilter KpiFilter::previousPeriod() const
{
    KpiFilter previous = *this;
    previous.asOf = asOf.addDays(-periodDays);
    return previous;
}

bool KpiFilter::sameSliceAs(const KpiFilter &other) const
{
    return customerIds == other.customerIds && businessUnit == other.businessUnit
        && costCenter == other.costCenter && currency == other.currency
        && companyCurrency == other.companyCurrency;
}

} // namespace cw
