#include "circuitstore.h"

#include "cache/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cw {

CircuitStore::CircuitStore(const Database &database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{ }

Result<std::optional<CircuitStore::Snapshot>> CircuitStore::load(qint64 systemId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT state, reopens_at, failures, last_error, changed_at FROM sync_circuit WHERE system_id = ?"));
    query.addBindValue(systemId);
    if (!query.exec())
        return sqlError(tr("The circuit breaker of the system could not be read."), query.lastError());
    if (!query.next())
        return std::optional<Snapshot>();
    Snapshot snapshot;
    snapshot.state = CircuitBreaker::stateFromName(query.value(0).toString());
    snapshot.reopensAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    snapshot.failures = query.value(2).toInt();
    snapshot.lastError = query.value(3).toString();
    snapshot.changedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    return std::optional<Snapshot>(snapshot);
}

Result<void> CircuitStore::restore(qint64 systemId, CircuitBreaker &breaker) const
{
    Result<std::optional<Snapshot>> saved = load(systemId);
    if (!saved)
        return saved.error();
    if (saved.value())
        breaker.restore(saved.value()->state, saved.value()->reopensAt, saved.value()->failures);
    return {};
}

Result<void> CircuitStore::save(qint64 systemId, const CircuitBreaker &breaker,
                                const QString &lastError) const
{
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO sync_circuit (system_id, state, reopens_at, failures, last_error, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (system_id) DO UPDATE SET state = excluded.state, "
            "reopens_at = excluded.reopens_at, failures = excluded.failures, "
            "last_error = CASE WHEN excluded.last_error = '' THEN last_error ELSE excluded.last_error END, "
            "changed_at = excluded.changed_at"));
        query.addBindValue(systemId);
        query.addBindValue(CircuitBreaker::stateName(breaker.state()));
        // Milliseconds: an open circuit of a test or a busy system may last less than a second.
        query.addBindValue(breaker.reopensAt().isValid()
                               ? QVariant(breaker.reopensAt().toUTC().toString(Qt::ISODateWithMs))
                               : QVariant());
        query.addBindValue(breaker.failures());
        query.addBindValue(lastError.isNull() ? QStringLiteral("") : lastError);
        query.addBindValue(m_clock->now().toUTC().toString(Qt::ISODateWithMs));
        if (!query.exec())
            return sqlError(tr("The circuit breaker of the system could not be saved."), query.lastError());
        return {};
    });
}

} // namespace cw
