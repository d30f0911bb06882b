#include "partnerplanner.h"

#include "cache/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {
const QString kPrefix = QStringLiteral("odoo:partner:");
}

PartnerPlanner::PartnerPlanner(const Database &database, qint64 odooSystemId, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_systemId(odooSystemId)
    , m_clock(std::move(clock))
{ }

QString PartnerPlanner::key(qint64 canonicalId)
{
    return kPrefix + QString::number(canonicalId);
}

qint64 PartnerPlanner::canonicalOf(const QString &key)
{
    if (!key.startsWith(kPrefix))
        return 0;
    bool ok = false;
    const qint64 id = key.mid(kPrefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

Result<qint64> PartnerPlanner::plan() const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery insert(db);
    // Reads the partial index timesheet_unbilled through the EXISTS (and the customer's placements'
    // expenses, few); the key's UNIQUE constraint keeps a canonical customer to one row whatever its
    // state.
    insert.prepare(QStringLiteral(
        "INSERT INTO outbox (idempotency_key, system_id, operation, model, payload, state, created_at, "
        "updated_at) "
        "SELECT ? || cc.id, ?, ?, 'res.partner', '{}', 'pending', ?, ? FROM canonical_customer cc "
        "WHERE NOT EXISTS (SELECT 1 FROM link o WHERE o.canonical_id = cc.id AND o.system_id = ? "
        "AND o.entity = 'customer') "
        "AND EXISTS (SELECT 1 FROM link l JOIN customer c ON c.system_id = l.system_id AND c.external_id = "
        "l.external_id "
        "JOIN placement p ON p.customer_id = c.id JOIN timesheet_line t ON t.placement_id = p.id "
        "WHERE l.canonical_id = cc.id AND l.entity = 'customer' AND l.system_id <> ? AND t.status = "
        "'approved' "
        "AND t.billable = 1 AND t.invoice_id IS NULL "
        "UNION ALL SELECT 1 FROM link l JOIN customer c ON c.system_id = l.system_id AND c.external_id = "
        "l.external_id JOIN placement p ON p.customer_id = c.id JOIN expense e ON e.placement_id = p.id "
        "WHERE l.canonical_id = cc.id AND l.entity = 'customer' AND l.system_id <> ? AND e.status = "
        "'approved' AND e.billable = 1 AND e.invoice_id IS NULL) "
        "ON CONFLICT (idempotency_key) DO NOTHING"));
    const QString now = m_clock->now().toUTC().toString(Qt::ISODate);
    for (const QVariant &value :
         QVariantList { kPrefix, m_systemId, kOperation, now, now, m_systemId, m_systemId, m_systemId })
        insert.addBindValue(value);
    if (!insert.exec())
        return sqlError(tr("The customers to create in Odoo could not be planned."), insert.lastError());
    return qint64(insert.numRowsAffected());
}

} // namespace cw
