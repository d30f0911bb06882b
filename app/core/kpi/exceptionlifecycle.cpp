#include "exceptionlifecycle.h"

#include "cache/auditlog.h"
#include "cache/database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {

const QString kOpen = QStringLiteral("open");
const QString kAcknowledged = QStringLiteral("acknowledged");
const QString kResolved = QStringLiteral("resolved");

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QJsonObject toJson(const ExceptionLifecycle::State &s)
{
    return { { QStringLiteral("state"), s.state },
             { QStringLiteral("owner"), s.owner },
             { QStringLiteral("reason"), s.reason } };
}

Result<ExceptionLifecycle::State> readState(QSqlDatabase &db, qint64 id, const QString &notFound)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT state, owner, reason FROM revenue_exception WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(notFound, query.lastError());
    if (!query.next())
        return Error(Error::Category::NotFound, notFound);
    return ExceptionLifecycle::State { query.value(0).toString(), query.value(1).toString(),
                                       query.value(2).toString() };
}

} // namespace

ExceptionLifecycle::ExceptionLifecycle(const Database &database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{ }

Result<ExceptionLifecycle::State> ExceptionLifecycle::state(qint64 id) const
{
    QSqlDatabase db = m_database.connection();
    return readState(db, id, tr("Revenue exception %1 does not exist.").arg(id));
}

Result<void> ExceptionLifecycle::change(qint64 id, const QString &action, const QString &actor,
                                        const std::function<Result<State>(const State &)> &transition) const
{
    const AuditLog audit(m_clock);
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto before = readState(db, id, tr("Revenue exception %1 does not exist.").arg(id));
        if (!before)
            return before.error();
        auto after = transition(before.value());
        if (!after)
            return after.error();
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("UPDATE revenue_exception SET state = ?, owner = ?, reason = ?, updated_at = ? "
                           "WHERE id = ?"));
        query.addBindValue(text(after.value().state));
        query.addBindValue(text(after.value().owner));
        query.addBindValue(text(after.value().reason));
        query.addBindValue(m_clock->now().toUTC().toString(Qt::ISODate));
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(tr("Revenue exception %1 could not be changed.").arg(id), query.lastError());
        return audit.append(db, actor, action, QStringLiteral("revenue_exception"), QString::number(id),
                            toJson(before.value()), toJson(after.value()));
    });
}

Result<void> ExceptionLifecycle::acknowledge(qint64 id, const QString &reason, const QString &actor) const
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Category::Validation, tr("Say why the exception is acknowledged."));
    return change(id, QStringLiteral("exception.acknowledge"), actor, [&](const State &s) -> Result<State> {
        if (s.state == kResolved)
            return Error(Error::Category::Conflict,
                         tr("A resolved exception cannot be acknowledged; reopen it first."));
        return State { kAcknowledged, s.owner, trimmed };
    });
}

Result<void> ExceptionLifecycle::assign(qint64 id, const QString &owner, const QString &actor) const
{
    const QString trimmed = owner.trimmed();
    return change(id, QStringLiteral("exception.assign"), actor, [&](const State &s) -> Result<State> {
        if (s.state == kResolved)
            return Error(Error::Category::Conflict,
                         tr("A resolved exception cannot be assigned; reopen it first."));
        return State { s.state, trimmed, s.reason };
    });
}

Result<void> ExceptionLifecycle::resolve(qint64 id, const QString &reason, const QString &actor) const
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Category::Validation, tr("Say how the exception was resolved."));
    return change(id, QStringLiteral("exception.resolve"), actor, [&](const State &s) -> Result<State> {
        if (s.state == kResolved)
            return Error(Error::Category::Conflict, tr("The exception is already resolved."));
        return State { kResolved, s.owner, trimmed };
    });
}

Result<void> ExceptionLifecycle::reopen(qint64 id, const QString &actor) const
{
    return change(id, QStringLiteral("exception.reopen"), actor, [&](const State &s) -> Result<State> {
        if (s.state == kOpen)
            return Error(Error::Category::Conflict, tr("The exception is already open."));
        return State { kOpen, s.owner, QString() };
    });
}

} // namespace cw
