#include "projectplanner.h"

#include "cache/database.h"
#include "outboxpusher.h"
#include "sqltext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {
const QString kPrefix = QStringLiteral("odoo:project:");
}

ProjectPlanner::ProjectPlanner(const Database &database, qint64 odooSystemId, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_systemId(odooSystemId)
    , m_clock(std::move(clock))
{ }

QString ProjectPlanner::key(qint64 dealSystemId, const QString &dealExternalId)
{
    return kPrefix + QString::number(dealSystemId) + QLatin1Char(':') + dealExternalId;
}

Result<qint64> ProjectPlanner::plan() const
{
    QSqlQuery insert(m_database.connection());
    // A deal renamed after its project landed sends the row again (the name trimmed as ProjectPusher
    // stores it); rows not yet done read the name
    // when they are pushed, and dead rows wait for a person or, when their customer had no Odoo
    // partner, for that partner.
    insert.prepare(QStringLiteral(
        "INSERT INTO outbox (idempotency_key, system_id, operation, model, payload, state, created_at, "
        "updated_at) "
        "SELECT ? || d.system_id || ':' || d.external_id, ?, ?, 'project.project', json_object('name', "
        "trim(COALESCE(d.name, ''), ?)), 'pending', ?, ? FROM deal d WHERE d.won = 1 AND d.customer_id IS "
        "NOT NULL "
        "AND d.system_id <> ? "
        "ON CONFLICT (idempotency_key) DO UPDATE SET state = 'pending', next_attempt_at = NULL, "
        "updated_at = excluded.updated_at WHERE outbox.state = 'done' "
        "AND json_extract(outbox.payload, '$.name') IS NOT json_extract(excluded.payload, '$.name')"));
    const QString now = m_clock->now().toUTC().toString(Qt::ISODate);
    for (const QVariant &value :
         QVariantList { kPrefix, m_systemId, kOperation, sqlSpaces(), now, now, m_systemId })
        insert.addBindValue(value);
    QSqlDatabase db = m_database.connection();
    return OutboxPusher::planAndRequeue(db, insert, m_systemId, kOperation, now,
                                        tr("The projects to create in Odoo could not be planned."));
}

} // namespace cw
