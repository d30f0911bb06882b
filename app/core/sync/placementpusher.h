#pragma once

#include "loadpusher.h"

#include <QSet>

namespace cw {

/// Pushes the outbox rows setup_placement (PlacementPlanner) to Odoo as the placement's billing
/// setup, every record under an external id derived from the row's key:
/// - the consultant as hr.employee (`odoo:employee:<system>:<consultant>`, one per consultant,
///   shared by their placements), unless Odoo has an employee with the consultant's work e-mail
///   already (looked up per batch), which is then left as it is;
/// - the cost centre as account.analytic.account (`<key>:analytic`): name "<client> – <job title>
///   – <consultant>", code = the placement's external id, partner_id;
/// - a sale.order (`<key>`, the row's remote id): partner_id, client_order_ref = the placement's
///   external id and, on Odoo 17 and older, analytic_account_id (Odoo 18 dropped the field);
/// - its one sale.order.line (`<key>:line`): product = PushOptions::productCode, price_unit = the
///   current bill rate (PlacementPlanner::rateSql()), name = consultant and job title.
/// A batch is one employee lookup and four `load` calls, one per model, after one product lookup
/// per run; see LoadPusher for lookups, retries and failures. A rate change sent again updates the
/// line's price_unit.
/// Causes a person must fix (failed push at once): customer not mapped (fixed by linking it),
/// bill rate missing (fixed by correcting it), product missing (fixed by choosing another).
///
/// Thread affinity: the thread of @p client and of the cache connection it uses (the sync engine's
/// thread). Ownership: borrows the database, client and run log.
class PlacementPusher : public LoadPusher
{
    Q_OBJECT

public:
    PlacementPusher(const Database &database, OdooClient *client, qint64 systemId, const PushOptions &options,
                    std::shared_ptr<Clock> clock = Clock::system(), QObject *parent = nullptr);
    ~PlacementPusher() override;

protected:
    void begin() override;
    Result<Item> read(const OutboxRow &row) const override;
    void send(const BatchPtr &batch) override;
    QString financeMessage(const Item &item, const Error &error) const override;

private:
    void sendEmployees(const BatchPtr &batch, const QSet<QString> &knownEmails);
    void sendAnalytics(const BatchPtr &batch);
    void sendOrders(const BatchPtr &batch);
    void sendLines(const BatchPtr &batch, const QList<qint64> &orderIds);
    /// The bill rate in the currency's units ("85.00"; "9500" for yen).
    static QString unitPrice(const Item &item);

    qint64 m_productId = 0;
    std::optional<Error> m_productProblem;
};

} // namespace cw
