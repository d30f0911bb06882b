#include "outboxstore.h"

#include "cache/database.h"
#include "sqltext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cw {

OutboxStore::OutboxStore(const Database &database, qint64 systemId, QString operation,
                         std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_systemId(systemId)
    , m_operation(std::move(operation))
    , m_clock(std::move(clock))
{ }

QString OutboxStore::now() const
{
    return m_clock->now().toUTC().toString(Qt::ISODateWithMs);
}

Result<QList<OutboxRow>> OutboxStore::select(QSqlDatabase &db, const QString &where, int limit) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, idempotency_key, state, attempts, last_error_category FROM outbox "
                       "WHERE system_id = ? AND operation = ? AND (%1) ORDER BY id LIMIT ?")
            .arg(where));
    query.addBindValue(m_systemId);
    query.addBindValue(m_operation);
    if (where.contains(QLatin1Char('?')))
        query.addBindValue(now());
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(tr("The outbox could not be read."), query.lastError());
    QList<OutboxRow> rows;
    while (query.next()) {
        OutboxRow row;
        row.id = query.value(0).toLongLong();
        row.key = query.value(1).toString();
        row.systemId = m_systemId;
        row.operation = m_operation;
        row.state = query.value(2).toString();
        row.attempts = query.value(3).toInt();
        row.lastErrorCategory = query.value(4).toString();
        rows.append(row);
    }
    return rows;
}

Result<QList<OutboxRow>> OutboxStore::claimDue(int limit) const
{
    QList<OutboxRow> rows;
    auto claimed = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto due = select(db,
                          QStringLiteral("state = 'pending' OR (state = 'failed' AND "
                                         "(next_attempt_at IS NULL OR next_attempt_at <= ?))"),
                          limit);
        if (!due)
            return due.error();
        rows = due.value();
        QSqlQuery update(db);
        // A pending row that was tried before was queued again by a person: a fresh budget.
        update.prepare(
            QStringLiteral("UPDATE outbox SET state = 'in_flight', attempts = CASE WHEN state = 'pending' "
                           "AND attempts > 0 THEN 1 ELSE attempts + 1 END, updated_at = ? WHERE id = ?"));
        const QString stamp = now();
        for (OutboxRow &row : rows) {
            update.addBindValue(stamp);
            update.addBindValue(row.id);
            if (!update.exec())
                return sqlError(tr("An outbox row could not be claimed."), update.lastError());
            row.attempts = row.state == QLatin1String("pending") && row.attempts > 0 ? 1 : row.attempts + 1;
            row.state = QStringLiteral("in_flight");
        }
        return {};
    });
    if (!claimed)
        return claimed.error();
    return rows;
}

Result<QList<OutboxRow>> OutboxStore::inFlight() const
{
    QSqlDatabase db = m_database.connection();
    return select(db, QStringLiteral("state = 'in_flight'"), -1);
}

Result<std::optional<QDateTime>> OutboxStore::nextDue() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE system_id = ? AND operation = ? "
                       "AND state = 'failed'"));
    query.addBindValue(m_systemId);
    query.addBindValue(m_operation);
    if (!query.exec() || !query.next())
        return sqlError(tr("The outbox could not be read."), query.lastError());
    if (query.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs));
}

Result<qint64> OutboxStore::count(const QString &state) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE system_id = ? AND operation = ? AND state = ?"));
    query.addBindValue(m_systemId);
    query.addBindValue(m_operation);
    query.addBindValue(state);
    if (!query.exec() || !query.next())
        return sqlError(tr("The outbox could not be read."), query.lastError());
    return query.value(0).toLongLong();
}

Result<qint64> OutboxStore::countWaiting() const
{
    qint64 total = 0;
    for (const QString &state :
         { QStringLiteral("pending"), QStringLiteral("failed"), QStringLiteral("in_flight") }) {
        Result<qint64> rows = count(state);
        if (!rows)
            return rows.error();
        total += rows.value();
    }
    return total;
}

Result<void> OutboxStore::setState(QSqlDatabase &db, qint64 id, const QString &state,
                                   const QVariant &nextAttempt, const std::optional<Error> &error,
                                   const QString &remoteId) const
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE outbox SET state = ?, next_attempt_at = ?, updated_at = ?, "
                       "remote_id = COALESCE(NULLIF(?, ''), remote_id), "
                       "last_error_category = CASE WHEN ? THEN ? ELSE last_error_category END, "
                       "last_error_message = CASE WHEN ? THEN ? ELSE last_error_message END WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(nextAttempt);
    query.addBindValue(now());
    query.addBindValue(remoteId);
    query.addBindValue(error.has_value());
    query.addBindValue(sqlText(error ? Error::categoryName(error->category()) : QString()));
    query.addBindValue(error.has_value());
    query.addBindValue(sqlText(error ? error->userMessage() : QString()));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("The outbox row could not be updated."), query.lastError());
    return {};
}

Result<void> OutboxStore::markDone(QSqlDatabase &db, qint64 id, const QString &remoteId) const
{
    return setState(db, id, QStringLiteral("done"), QVariant(), std::nullopt, remoteId);
}

Result<void> OutboxStore::markFailed(QSqlDatabase &db, qint64 id, const Error &error,
                                     const QDateTime &nextAttempt) const
{
    return setState(db, id, QStringLiteral("failed"), nextAttempt.toUTC().toString(Qt::ISODateWithMs), error,
                    QString());
}

Result<void> OutboxStore::markDead(QSqlDatabase &db, qint64 id, const Error &error) const
{
    return setState(db, id, QStringLiteral("dead"), QVariant(), error, QString());
}

Result<void> OutboxStore::release(QSqlDatabase &db, qint64 id) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', attempts = MAX(attempts - 1, 0), "
                                 "updated_at = ? WHERE id = ? AND state = 'in_flight'"));
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("The outbox row could not be updated."), query.lastError());
    return {};
}

} // namespace cw
