#include "failedpushespage.h"

#include "pagequeries.h"

namespace cw {

FailedPushesPage::FailedPushesPage(const Database &database, Settings &settings, QWidget *parent)
    : TablePage(database, settings, QStringLiteral("failed"), parent)
{
    setHeading(
        tr("Failed pushes"),
        tr("Writes to Odoo that did not succeed: the reason in plain words, the message Odoo returned, "
           "and how often it happened."));
    setViews(
        { { tr("Open"), PageQueries::failedPushes(true), tr("No failed pushes"),
            tr("When an invoice or customer cannot be written to Odoo, it appears here with the reason and "
               "a Retry button.") },
          { tr("All, including resolved"), PageQueries::failedPushes(false), tr("Nothing has failed"),
            tr("Every write to Odoo has succeeded so far. Failures and how they were resolved will be kept "
               "here.") } });
}

} // namespace cw
