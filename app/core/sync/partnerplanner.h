#pragma once

#include "domain/result.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <memory>

namespace cw {

class Database;

/// Plans the Odoo partners the flows to Odoo need: every canonical customer that has a customer
/// record in a CRM or staffing system with a placement (its invoices and billing setup) or a won
/// deal (its project), and no customer record linked in Odoo, gets one outbox row (operation create_partner,
/// model res.partner, key `odoo:partner:<canonical id>`, the key MappingService uses for "create in Odoo"
/// too).
///
/// Only the canonical customer is fixed here; names, VAT and contacts are read when the row is
/// pushed. A key already in the outbox (any state) is left alone, so planning twice plans
/// nothing new. Thread affinity: the calling thread's cache connection.
class PartnerPlanner
{
    Q_DECLARE_TR_FUNCTIONS(cw::PartnerPlanner)

public:
    static inline const QString kOperation = QStringLiteral("create_partner");

    PartnerPlanner(const Database &database, qint64 odooSystemId,
                   std::shared_ptr<Clock> clock = Clock::system());

    /// Plans in one statement; returns the number of new outbox rows.
    Result<qint64> plan() const;
    /// `odoo:partner:<canonical id>`.
    static QString key(qint64 canonicalId);
    /// The canonical id of key(); 0 for anything else.
    static qint64 canonicalOf(const QString &key);

private:
    const Database &m_database;
    qint64 m_systemId;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
