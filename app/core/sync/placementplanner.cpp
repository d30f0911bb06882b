#include "placementplanner.h"

#include "cache/database.h"
#include "outboxpusher.h"
#include "sqltext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {
const QString kPrefix = QStringLiteral("odoo:placement:");
}

PlacementPlanner::PlacementPlanner(const Database &database, qint64 odooSystemId,
                                   std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_systemId(odooSystemId)
    , m_clock(std::move(clock))
{ }

QString PlacementPlanner::key(qint64 placementSystemId, const QString &placementExternalId)
{
    return kPrefix + QString::number(placementSystemId) + QLatin1Char(':') + placementExternalId;
}

QString PlacementPlanner::rateSql()
{
    return QStringLiteral(
        "COALESCE(p.bill_rate_minor, (SELECT r.bill_rate_minor FROM placement_rate r WHERE r.placement_id "
        "= p.id AND r.bill_rate_minor IS NOT NULL ORDER BY r.effective_date DESC LIMIT 1))");
}

Result<qint64> PlacementPlanner::plan() const
{
    QSqlQuery insert(m_database.connection());
    // The title is trimmed as PlacementPusher stores it. Rows not yet done read the placement when
    // they are pushed, and dead rows wait for a person or, for an
    // unmapped customer, for its partner.
    insert.prepare(
        QStringLiteral(
            "INSERT INTO outbox (idempotency_key, system_id, operation, model, payload, state, created_at, "
            "updated_at) "
            "SELECT ? || p.system_id || ':' || p.external_id, ?, ?, 'sale.order', json_object('rate', %1, "
            "'title', trim(COALESCE(p.job_title, ''), ?)), 'pending', ?, ? FROM placement p WHERE "
            "p.customer_id IS NOT NULL "
            "AND p.system_id <> ? "
            "ON CONFLICT (idempotency_key) DO UPDATE SET state = 'pending', next_attempt_at = NULL, "
            "updated_at = excluded.updated_at WHERE outbox.state = 'done' "
            "AND (json_extract(outbox.payload, '$.rate') IS NOT json_extract(excluded.payload, '$.rate') "
            "OR json_extract(outbox.payload, '$.title') IS NOT json_extract(excluded.payload, '$.title'))")
            .arg(rateSql()));
    const QString now = m_clock->now().toUTC().toString(Qt::ISODate);
    for (const QVariant &value :
         QVariantList { kPrefix, m_systemId, kOperation, sqlSpaces(), now, now, m_systemId })
        insert.addBindValue(value);
    QSqlDatabase db = m_database.connection();
    return OutboxPusher::planAndRequeue(db, insert, m_systemId, kOperation, now,
                                        tr("The placements to set up in Odoo could not be planned."));
}

} // namespace cw
