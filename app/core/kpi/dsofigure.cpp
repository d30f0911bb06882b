#include "dsofigure.h"

#include "currencyconverter.h"
#include "kpidirectory.h"
#include "kpifilter.h"

#include <cmath>

namespace cw {

DsoFigure DsoFigure::build(const std::vector<ReceivablesLedger::Fact> &facts, const KpiDirectory &directory,
                           const KpiFilter &filter, const CurrencyConverter &converter)
{
    DsoFigure dso;
    dso.asOf = filter.asOf;
    const auto scope = directory.customerScope(filter);
    for (const ReceivablesLedger::Fact &fact : facts) {
        if (!directory.factInSlice(fact.customerId, fact.currency, fact.placementId, scope, filter))
            continue;
        if (fact.receivableMinor != 0)
            dso.receivables.add(fact.currency, fact.receivableMinor);
        if (fact.windowRevenueMinor != 0)
            dso.revenue.add(fact.currency, fact.windowRevenueMinor);
    }
    converter.convert(dso.receivables);
    converter.convert(dso.revenue);
    // Currencies without a rate are left out of both sides alike (companyMinor), so the ratio
    // never mixes a converted numerator with an unconverted denominator.
    const bool oneCurrency = !filter.currency.isEmpty();
    const qint64 receivables =
        oneCurrency ? dso.receivables.in(filter.currency) : dso.receivables.companyMinor;
    const qint64 revenue = oneCurrency ? dso.revenue.in(filter.currency) : dso.revenue.companyMinor;
    if (revenue > 0)
        dso.days = std::round(double(receivables) / double(revenue) * kWindowDays * 10.0) / 10.0;
    return dso;
}

} // namespace cw
