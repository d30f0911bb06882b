#pragma once

#include "loadpusher.h"

namespace cw {

/// Pushes the outbox rows create_project (ProjectPlanner) to Odoo as project.project: name = the
/// deal's name (the CRM owns it), partner_id = the Odoo partner of the deal's customer, external id
/// `crosswalk.<xmlName(key)>`. One `load` per batch of PushOptions::batchSize deals; see
/// LoadPusher for lookups, retries and failures. A deal whose customer has no Odoo partner is a
/// failed push "customer not mapped" (sync.customer_not_mapped, source customer_id), fixed on
/// the Failed pushes page by linking the customer.
///
/// Thread affinity: the thread of @p client and of the cache connection it uses (the sync engine's
/// thread). Ownership: borrows the database, client and run log.
class ProjectPusher : public LoadPusher
{
    Q_OBJECT

public:
    ProjectPusher(const Database &database, OdooClient *client, qint64 systemId, const PushOptions &options,
                  std::shared_ptr<Clock> clock = Clock::system(), QObject *parent = nullptr);
    ~ProjectPusher() override;

protected:
    Result<Item> read(const OutboxRow &row) const override;
    void send(const BatchPtr &batch) override;
    QString financeMessage(const Item &item, const Error &error) const override;
};

} // namespace cw
