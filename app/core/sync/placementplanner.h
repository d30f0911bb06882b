#pragma once

#include "domain/result.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <memory>

namespace cw {

class Database;

/// Plans the billing setup of placements in Odoo: every placement with a customer gets one
/// outbox row (operation setup_placement, model sale.order, key
/// `odoo:placement:<placement system id>:<placement external id>`); PlacementPusher writes the
/// consultant, the analytic account, the sale order and its line from it.
///
/// A rate change is an update of the same records, not a new row: a row that landed is planned
/// again (back to pending) when the placement's current bill rate (rateSql()) or job title
/// differs from what its payload says was sent. The order line keeps its external id, so its
/// price_unit changes in place; a new key per rate would add a second line to the order, and the
/// order would bill both. Any other key already in the outbox is left alone, so planning twice
/// plans nothing new. Thread affinity: the calling thread's cache connection.
class PlacementPlanner
{
    Q_DECLARE_TR_FUNCTIONS(cw::PlacementPlanner)

public:
    static inline const QString kOperation = QStringLiteral("setup_placement");

    PlacementPlanner(const Database &database, qint64 odooSystemId,
                     std::shared_ptr<Clock> clock = Clock::system());

    /// Plans in one statement, then queues again the rows whose customer got an Odoo partner since
    /// (OutboxPusher::requeueMapped()); returns the number of rows new or planned again.
    Result<qint64> plan() const;
    /// `odoo:placement:<system id>:<external id>`.
    static QString key(qint64 placementSystemId, const QString &placementExternalId);
    /// SQL of the current bill rate (minor units) of placement `p`: the placement's own rate, which
    /// the staffing pull and the Failed pushes page keep current, else its latest rate history row.
    static QString rateSql();

private:
    const Database &m_database;
    qint64 m_systemId;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
