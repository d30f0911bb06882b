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
    // Every customer with a placement (its time, expenses and billing setup) or a won deal (its
    // project) needs a partner; the key's UNIQUE constraint keeps a canonical customer to one row
    // whatever its state.
    insert.prepare(QStringLiteral(
        "INSERT INTO outbox (idempotency_key, system_id, operation, model, payload, state, created_at, "
        "updated_at) "
        "SELECT ? || cc.id, ?, ?, 'res.partner', '{}', 'pending', ?, ? FROM canonical_customer cc "
        "WHERE NOT EXISTS (SELECT 1 FROM link o WHERE o.canonical_id = cc.id AND o.system_id = ? "
        "AND o.entity = 'customer') "
        "AND EXISTS (SELECT 1 FROM link l JOIN customer c ON c.system_id = l.system_id AND c.external_id = "
        "l.external_id WHERE l.canonical_id = cc.id AND l.entity = 'customer' AND l.system_id <> ? "
        "AND (EXISTS (SELECT 1 FROM placement p WHERE p.customer_id = c.id) "
        "OR EXISTS (SELECT 1 FROM deal d WHERE d.customer_id = c.id AND d.won = 1))) "
        "ON CONFLICT (idempotency_key) DO NOTHING"));
    const QString now = m_clock->now().toUTC().toString(Qt::ISODate);
    for (const QVariant &value :
         QVariantList { kPrefix, m_systemId, kOperation, now, now, m_systemId, m_systemId })
        insert.addBindValue(value);
    if (!insert.exec())
        return sqlError(tr("The customers to create in Odoo could not be planned."), insert.lastError());
    return qint64(insert.numRowsAffected());
}

} // namespace cw
