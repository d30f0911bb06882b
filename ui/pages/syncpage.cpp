#include "syncpage.h"

#include "pagequeries.h"

namespace cw {

SyncPage::SyncPage(const Database &database, Settings &settings, QWidget *parent)
    : TablePage(database, settings, QStringLiteral("sync"), parent)
{
    setHeading(tr("Sync"),
               tr("Every pull from and push to a connected system, newest first: what it read, "
                  "created, updated, skipped and failed, and how long it took."));
    setViews(
        { { tr("All runs"), PageQueries::syncRuns(), tr("No sync has run yet"),
            tr("Each sync with Odoo, the CRM or the staffing platform will be listed here with its counts "
               "and outcome. Connect a system in Settings to start.") } });
}

} // namespace cw
