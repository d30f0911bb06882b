#include "auditlogpage.h"

#include "pagequeries.h"

namespace cw {

AuditLogPage::AuditLogPage(const Database &database, Settings &settings, QWidget *parent)
    : TablePage(database, settings, QStringLiteral("audit"), parent)
{
    setHeading(tr("Audit log"),
               tr("Who changed what, and when, with the values before and after. Entries "
                  "cannot be changed or deleted."));
    setViews(
        { { tr("All entries"), PageQueries::auditLog(), tr("The audit log is empty"),
            tr("Every change made in Crosswalk, by you or by a sync, is recorded here: links made or undone, "
               "connections changed, personal data revealed.") } });
}

} // namespace cw
