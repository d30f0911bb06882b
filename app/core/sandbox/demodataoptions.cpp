#include "demodataoptions.h"

#include "demorandom.h"

namespace cw {

QDate DemoDataOptions::resolvedAsOf() const
{
    if (asOf.isValid())
        return asOf;
    // A weekday within one year after a fixed epoch, so different seeds also differ in their
    // calendar (month ends, weekends) while no run depends on today's date.
    const QDate epoch(2025, 1, 6);
    QDate date = epoch.addDays(static_cast<qint64>(DemoRandom::mix(seed) % 365));
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

} // namespace cw
