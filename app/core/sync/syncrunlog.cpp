#include "syncrunlog.h"

#include "cache/database.h"
#include "util/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cw {

SyncRunLog::SyncRunLog(const Database &database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{ }

QString SyncRunLog::levelName(Level level)
{
    switch (level) {
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        break;
    }
    return QStringLiteral("error");
}

Result<qint64> SyncRunLog::start(const QString &flow, qint64 systemId) const
{
    qint64 id = 0;
    auto done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO sync_run (flow, system_id, started_at, status) VALUES (?, ?, ?, 'running')"));
        query.addBindValue(flow);
        query.addBindValue(systemId);
        query.addBindValue(m_clock->now().toUTC().toString(Qt::ISODate));
        if (!query.exec())
            return sqlError(tr("The sync run could not be recorded."), query.lastError());
        id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<void> SyncRunLog::addCounts(QSqlDatabase &db, qint64 runId, qint64 read,
                                   const UpsertCounts &counts) const
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE sync_run SET read_count = read_count + ?, created_count = created_count + ?, "
                       "updated_count = updated_count + ?, skipped_count = skipped_count + ?, "
                       "failed_count = failed_count + ? WHERE id = ?"));
    query.addBindValue(read);
    query.addBindValue(counts.created);
    query.addBindValue(counts.updated + counts.deleted);
    query.addBindValue(counts.unchanged);
    query.addBindValue(counts.failed);
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(tr("The sync run counts could not be saved."), query.lastError());
    return {};
}

Result<void> SyncRunLog::event(QSqlDatabase &db, qint64 runId, Level level, const QString &entity,
                               const QString &externalId, const QString &message, const QString &detail) const
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO sync_event (run_id, at, level, entity, external_id, message, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(runId);
    query.addBindValue(m_clock->now().toUTC().toString(Qt::ISODate));
    query.addBindValue(levelName(level));
    // A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
    query.addBindValue(entity.isNull() ? QStringLiteral("") : entity);
    query.addBindValue(externalId.isNull() ? QStringLiteral("") : externalId);
    query.addBindValue(message);
    query.addBindValue(detail.isNull() ? QStringLiteral("") : detail);
    if (!query.exec())
        return sqlError(tr("The sync event could not be recorded."), query.lastError());
    return {};
}

Result<void> SyncRunLog::event(qint64 runId, Level level, const QString &entity, const QString &externalId,
                               const QString &message, const QString &detail) const
{
    return m_database.transaction(
        [&](QSqlDatabase &db) { return event(db, runId, level, entity, externalId, message, detail); });
}

void SyncRunLog::note(qint64 runId, Level level, const QString &entity, const QString &externalId,
                      const QString &message, const QString &detail) const
{
    if (runId == 0)
        return;
    if (Result<void> logged = event(runId, level, entity, externalId, message, detail); !logged)
        qCWarning(lcSync).noquote() << logged.error().toString();
}

Result<void> SyncRunLog::finish(qint64 runId, const QString &status, const QString &message) const
{
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("UPDATE sync_run SET status = ?, message = ?, finished_at = ? WHERE id = ?"));
        query.addBindValue(status);
        query.addBindValue(message.isNull() ? QStringLiteral("") : message);
        query.addBindValue(m_clock->now().toUTC().toString(Qt::ISODate));
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(tr("The sync run could not be closed."), query.lastError());
        return {};
    });
}

Result<qint64> SyncRunLog::closeInterrupted(qint64 systemId, const QStringList &flows) const
{
    if (flows.isEmpty())
        return qint64(0);
    qint64 closed = 0;
    Result<void> done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        const QString marks = QStringList(flows.size(), QStringLiteral("?")).join(QLatin1Char(','));
        query.prepare(
            QStringLiteral("UPDATE sync_run SET status = 'interrupted', message = ?, finished_at = "
                           "COALESCE((SELECT MAX(e.at) FROM sync_event e WHERE e.run_id = sync_run.id), "
                           "started_at) WHERE status = 'running' AND system_id = ? AND flow IN (%1)")
                .arg(marks));
        query.addBindValue(
            tr("Interrupted: Crosswalk ended before this run did (closed, killed or crashed). The "
               "next sync checked in Odoo what it had left in flight, so nothing is sent twice."));
        query.addBindValue(systemId);
        for (const QString &flow : flows)
            query.addBindValue(flow);
        if (!query.exec())
            return sqlError(tr("The interrupted sync runs could not be closed."), query.lastError());
        closed = query.numRowsAffected();
        return {};
    });
    if (!done)
        return done.error();
    return closed;
}

} // namespace cw
