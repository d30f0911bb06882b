#include "customerspage.h"

#include "cachetablemodel.h"
#include "pagequeries.h"
#include "util/logging.h"

namespace cw {

CustomersPage::CustomersPage(const Database &database, Settings &settings, QWidget *parent)
    : TablePage(database, settings, QStringLiteral("customers"), parent)
    , m_database(database)
{
    setHeading(tr("Customers"),
               tr("One customer across Odoo, the CRM and the staffing platform: the crosswalk links the "
                  "record each system keeps to the customer it belongs to."));
    reloadSystems();
}

void CustomersPage::reloadSystems()
{
    auto systems = PageQueries::systems(m_database);
    if (!systems)
        qCWarning(lcUi) << "systems for the customer columns:" << systems.error().toString();
    const int current = std::max(currentView(), 0);
    View canonical {
        tr("Customers in the crosswalk"), PageQueries::canonicalCustomers(systems.valueOr({})),
        tr("No customers in the crosswalk yet"),
        tr("A customer appears here once the records your systems keep of it are linked. Matching "
           "links records that clearly belong together; the Unmatched page lists the rest. "
           "Connect your systems in Settings and sync to bring in their customers.")
    };
    View records { tr("All customer records"), PageQueries::customerRecords(), tr("No customer records yet"),
                   tr("The customers of every connected system appear here after its first sync, with the "
                      "customer each one is linked to. Add Odoo, your CRM and your staffing platform in "
                      "Settings.") };
    setViews({ canonical, records });
    setCurrentView(current);
}

void CustomersPage::showUnbilledRecords()
{
    setCurrentView(RecordsView);
    const QuerySpec &spec = model()->query();
    for (int column = 0; column < spec.columns.size(); ++column) {
        if (spec.columns.at(column).kind == QuerySpec::Kind::Minutes) {
            sortBy(column, Qt::DescendingOrder);
            return;
        }
    }
}

} // namespace cw
