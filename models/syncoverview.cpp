#include "syncoverview.h"

#include "cache/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {

QDateTime instant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Result<SyncOverview::Overview> SyncOverview::compute(const Database &database)
{
    Overview overview;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    // Each figure is the newest row of the system's runs in that status (index sync_run_by_system).
    if (!query.exec(QStringLiteral("SELECT s.id, s.name, s.kind, s.enabled, "
                                   "(SELECT MAX(r.finished_at) FROM sync_run r WHERE r.system_id = s.id AND "
                                   "r.status = 'succeeded'), "
                                   "(SELECT r.finished_at FROM sync_run r WHERE r.system_id = s.id AND "
                                   "r.status IN ('failed', 'partial', 'interrupted') "
                                   " ORDER BY r.finished_at DESC LIMIT 1), "
                                   "(SELECT r.message FROM sync_run r WHERE r.system_id = s.id AND r.status "
                                   "IN ('failed', 'partial', 'interrupted') "
                                   " ORDER BY r.finished_at DESC LIMIT 1), "
                                   "(SELECT r.status FROM sync_run r WHERE r.system_id = s.id ORDER BY "
                                   "r.started_at DESC, r.id DESC LIMIT 1), "
                                   "c.state, c.reopens_at, c.failures, c.last_error "
                                   "FROM system s LEFT JOIN sync_circuit c ON c.system_id = s.id ORDER BY "
                                   "CASE s.kind WHEN 'odoo' THEN 0 WHEN 'crm' THEN 1 "
                                   "WHEN 'staffing' THEN 2 ELSE 3 "
                                   "END, s.name")))
        return sqlError(tr("The health of the connected systems could not be read."), query.lastError());
    while (query.next()) {
        SystemHealth health;
        health.id = query.value(0).toLongLong();
        health.name = query.value(1).toString();
        health.kind = query.value(2).toString();
        health.enabled = query.value(3).toBool();
        health.lastSuccess = instant(query.value(4));
        health.lastError = instant(query.value(5));
        health.lastErrorMessage = query.value(6).toString();
        health.lastStatus = query.value(7).toString();
        health.circuitState = query.value(8).toString();
        health.circuitReopensAt = instant(query.value(9));
        health.circuitFailures = query.value(10).toInt();
        health.circuitError = query.value(11).toString();
        overview.systems.append(health);
    }
    if (!query.exec(QStringLiteral(
            // The latest run of each flow: a pull writes one run per entity ("pull_<entity>"), so
            // the latest run of a system alone would hide the errors of every entity but its last.
            "WITH latest AS (SELECT r.system_id, r.flow, MAX(r.id) AS run_id FROM sync_run r "
            " GROUP BY r.system_id, r.flow), "
            "errors AS (SELECT l.system_id, e.entity, COUNT(*) AS n, MAX(e.id) AS last_id FROM latest l "
            " JOIN sync_event e ON e.run_id = l.run_id WHERE e.level = 'error' AND e.entity <> '' "
            " GROUP BY l.system_id, e.entity), "
            "keys AS (SELECT system_id, entity FROM sync_cursor UNION SELECT system_id, entity FROM errors) "
            "SELECT s.name, k.entity, c.updated_at, COALESCE(x.n, 0), COALESCE(ev.message, ''), "
            " COALESCE(r.read_count, 0), COALESCE(r.created_count, 0), COALESCE(r.updated_count, 0), "
            " COALESCE(r.failed_count, 0) FROM keys k "
            "JOIN system s ON s.id = k.system_id "
            "LEFT JOIN sync_cursor c ON c.system_id = k.system_id AND c.entity = k.entity "
            "LEFT JOIN errors x ON x.system_id = k.system_id AND x.entity = k.entity "
            "LEFT JOIN sync_event ev ON ev.id = x.last_id "
            "LEFT JOIN latest l ON l.system_id = k.system_id AND l.flow = 'pull_' || k.entity "
            "LEFT JOIN sync_run r ON r.id = l.run_id "
            "ORDER BY s.name, k.entity")))
        return sqlError(tr("The pulls per entity could not be read."), query.lastError());
    while (query.next()) {
        EntityPull pull;
        pull.systemName = query.value(0).toString();
        pull.entity = query.value(1).toString();
        pull.lastPull = instant(query.value(2));
        pull.errors = query.value(3).toInt();
        pull.lastErrorMessage = query.value(4).toString();
        pull.read = query.value(5).toLongLong();
        pull.created = query.value(6).toLongLong();
        pull.updated = query.value(7).toLongLong();
        pull.failed = query.value(8).toLongLong();
        overview.entities.append(pull);
    }
    return overview;
}

QuerySpec SyncOverview::runLog(qint64 runId)
{
    QuerySpec spec;
    spec.id = QStringLiteral("sync-run-log");
    spec.from = QStringLiteral("sync_event e");
    spec.idExpression = QStringLiteral("e.id");
    spec.where = QStringLiteral("e.run_id = ?");
    spec.whereValues << runId;
    QuerySpec::Column level =
        QuerySpec::column(tr("Level"), QStringLiteral("e.level"), QuerySpec::Kind::Text, true);
    level.labels = { { QStringLiteral("info"), tr("Info") },
                     { QStringLiteral("warning"), tr("Warning") },
                     { QStringLiteral("error"), tr("Error") } };
    spec.columns << QuerySpec::column(tr("Time"), QStringLiteral("e.at"), QuerySpec::Kind::DateTime) << level
                 << QuerySpec::column(tr("Entity"), QStringLiteral("e.entity"), QuerySpec::Kind::Text, true)
                 << QuerySpec::column(tr("Record"), QStringLiteral("e.external_id"), QuerySpec::Kind::Text,
                                      true)
                 << QuerySpec::column(tr("Message"), QStringLiteral("e.message"), QuerySpec::Kind::Text, true)
                 << QuerySpec::column(tr("Detail"), QStringLiteral("e.detail"), QuerySpec::Kind::Text, true);
    spec.defaultSortColumn = -1;
    return spec;
}

} // namespace cw
