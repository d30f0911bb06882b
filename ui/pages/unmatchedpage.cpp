#include "unmatchedpage.h"

#include "pagequeries.h"

namespace cw {

UnmatchedPage::UnmatchedPage(const Database &database, Settings &settings, QWidget *parent)
    : TablePage(database, settings, QStringLiteral("unmatched"), parent)
{
    setHeading(
        tr("Unmatched customers"),
        tr("Customer records that are not linked to any customer in the crosswalk. Their approved "
           "hours cannot be invoiced in Odoo until they are linked, so the most valuable come first."));
    setViews({ { tr("Unmatched"), PageQueries::unmatchedCustomers(), tr("Every customer record is linked"),
                 tr("Each customer record of every connected system belongs to a customer in the crosswalk. "
                    "Records that matching cannot place with confidence will appear here after a sync, with "
                    "the hours waiting to be billed on them.") } });
}

} // namespace cw
