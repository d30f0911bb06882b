#include "exceptionspage.h"

#include "pagequeries.h"

namespace cw {

ExceptionsPage::ExceptionsPage(const Database &database, Settings &settings, const QDate &today,
                               QWidget *parent)
    : TablePage(database, settings, QStringLiteral("exceptions"), parent)
{
    setHeading(tr("Revenue exceptions"),
               tr("Revenue at risk: approved hours not invoiced, rates that differ between systems, invoices "
                  "paid late. Largest amounts first."));
    setViews(
        { { tr("Unresolved"), PageQueries::revenueExceptions(true, today), tr("No open revenue exceptions"),
            tr("When the cache shows revenue at risk, such as approved hours not on an invoice or a bill "
               "rate that differs from the placement, it appears here with the amount at stake and its "
               "owner.") },
          { tr("All, including resolved"), PageQueries::revenueExceptions(false, today),
            tr("No revenue exceptions"),
            tr("No revenue has been at risk so far. Exceptions and how they were resolved will be kept "
               "here.") } });
}

} // namespace cw
