#include "synccursorstore.h"

#include "cache/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cw {

SyncCursorStore::SyncCursorStore(const Database &database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{ }

Result<QString> SyncCursorStore::load(qint64 systemId, const QString &entity) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT cursor FROM sync_cursor WHERE system_id = ? AND entity = ?"));
    query.addBindValue(systemId);
    query.addBindValue(entity);
    if (!query.exec())
        return sqlError(tr("The pull position of %1 could not be read.").arg(entity), query.lastError());
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> SyncCursorStore::save(QSqlDatabase &db, qint64 systemId, const QString &entity,
                                   const QString &cursor) const
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO sync_cursor (system_id, entity, cursor, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(system_id, entity) DO UPDATE SET cursor = excluded.cursor, "
                       "updated_at = excluded.updated_at"));
    query.addBindValue(systemId);
    query.addBindValue(entity);
    query.addBindValue(cursor);
    query.addBindValue(m_clock->now().toUTC().toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(tr("The pull position of %1 could not be saved.").arg(entity), query.lastError());
    return {};
}

Result<void> SyncCursorStore::reset(qint64 systemId, const QString &entity) const
{
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM sync_cursor WHERE system_id = ? AND entity = ?"));
        query.addBindValue(systemId);
        query.addBindValue(entity);
        if (!query.exec())
            return sqlError(tr("The pull position of %1 could not be reset.").arg(entity), query.lastError());
        return {};
    });
}

} // namespace cw
