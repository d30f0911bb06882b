#include "exceptionrunner.h"

#include "cache/auditlog.h"
#include "cache/database.h"
#include "util/logging.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {

struct Key
{
    QString rule;
    QString entity;
    qint64 subjectId = 0;
    bool operator==(const Key &other) const = default;
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.rule, key.entity, key.subjectId);
}

struct Stored
{
    qint64 id = 0;
    QString state;
    QString owner;
    QString reason;
    qint64 customerId = 0;
    qint64 amountMinor = 0;
    QString currency;
    QString occurredOn;
    QString detail;
};

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QJsonObject stateJson(const QString &state, const QString &owner, const QString &reason)
{
    return { { QStringLiteral("state"), state },
             { QStringLiteral("owner"), owner },
             { QStringLiteral("reason"), reason } };
}

bool sameData(const Stored &stored, const ExceptionFinding &f)
{
    return stored.customerId == f.customerId && stored.amountMinor == f.amountMinor
        && stored.currency == f.currency
        && stored.occurredOn == (f.occurredOn.isValid() ? f.occurredOn.toString(Qt::ISODate) : QString())
        && stored.detail == f.detail;
}

class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(cw::ExceptionRunner)

public:
    Reconciler(QSqlDatabase &db, const AuditLog &audit, QString now)
        : m_db(db)
        , m_audit(audit)
        , m_now(std::move(now))
    { }

    Result<QHash<Key, Stored>> load(const std::vector<const ExceptionRule *> &rules)
    {
        QHash<Key, Stored> stored;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT id, rule, subject_entity, subject_id, state, owner, reason, "
                           "COALESCE(customer_id, 0), amount_minor, currency, COALESCE(occurred_on, ''), "
                           "detail FROM revenue_exception WHERE rule = ?"));
        for (const ExceptionRule *rule : rules) {
            query.addBindValue(rule->id());
            if (!query.exec())
                return sqlError(tr("The stored revenue exceptions could not be read."), query.lastError());
            while (query.next()) {
                const Key key { query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toLongLong() };
                stored.insert(key,
                              Stored { query.value(0).toLongLong(), query.value(4).toString(),
                                       query.value(5).toString(), query.value(6).toString(),
                                       query.value(7).toLongLong(), query.value(8).toLongLong(),
                                       query.value(9).toString(), query.value(10).toString(),
                                       query.value(11).toString() });
            }
        }
        return stored;
    }

    Result<void> insert(const QString &rule, const ExceptionFinding &f)
    {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("INSERT INTO revenue_exception (rule, subject_entity, subject_id, customer_id, "
                           "amount_minor, currency, occurred_on, detail, state, detected_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"));
        for (const QVariant &value :
             { QVariant(rule), text(f.subjectEntity), QVariant(f.subjectId), nullableId(f.customerId),
               QVariant(f.amountMinor), text(f.currency), nullableDate(f.occurredOn), text(f.detail),
               QVariant(m_now), QVariant(m_now) })
            query.addBindValue(value);
        if (!query.exec())
            return sqlError(tr("A revenue exception could not be stored."), query.lastError());
        return {};
    }

    /// Refreshes the data of a known case; @p reopen also sets it open again.
    Result<void> update(const Stored &stored, const ExceptionFinding &f, bool reopen)
    {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("UPDATE revenue_exception SET customer_id = ?, amount_minor = ?, currency = ?, "
                           "occurred_on = ?, detail = ?, state = ?, reason = ?, updated_at = ? "
                           "WHERE id = ?"));
        const QString state = reopen ? QStringLiteral("open") : stored.state;
        const QString reason = reopen ? QString() : stored.reason;
        for (const QVariant &value : { nullableId(f.customerId), QVariant(f.amountMinor), text(f.currency),
                                       nullableDate(f.occurredOn), text(f.detail), QVariant(state),
                                       text(reason), QVariant(m_now), QVariant(stored.id) })
            query.addBindValue(value);
        if (!query.exec())
            return sqlError(tr("A revenue exception could not be updated."), query.lastError());
        if (!reopen)
            return {};
        return audit(stored, QStringLiteral("exception.auto_reopen"), state, reason);
    }

    Result<void> resolveCleared(const Stored &stored)
    {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("UPDATE revenue_exception SET state = 'resolved', reason = ?, updated_at = ? "
                           "WHERE id = ?"));
        query.addBindValue(ExceptionRunner::conditionClearedReason());
        query.addBindValue(m_now);
        query.addBindValue(stored.id);
        if (!query.exec())
            return sqlError(tr("A revenue exception could not be resolved."), query.lastError());
        return audit(stored, QStringLiteral("exception.auto_resolve"), QStringLiteral("resolved"),
                     ExceptionRunner::conditionClearedReason());
    }

private:
    Result<void> audit(const Stored &stored, const QString &action, const QString &state,
                       const QString &reason)
    {
        return m_audit.append(m_db, ExceptionRunner::automaticActor(), action,
                              QStringLiteral("revenue_exception"), QString::number(stored.id),
                              stateJson(stored.state, stored.owner, stored.reason),
                              stateJson(state, stored.owner, reason));
    }

    QSqlDatabase &m_db;
    const AuditLog &m_audit;
    QString m_now;
};

} // namespace

ExceptionRunner::ExceptionRunner(const Database &database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{ }

Result<ExceptionRunner::Summary> ExceptionRunner::run(const RuleContext &context,
                                                      const std::vector<const ExceptionRule *> &rules) const
{
    QSqlDatabase db = m_database.connection();
    QHash<Key, ExceptionFinding> findings;
    for (const ExceptionRule *rule : rules) {
        auto found = rule->evaluate(db, context);
        if (!found)
            return found.error();
        for (const ExceptionFinding &f : found.value())
            findings.insert(Key { rule->id(), f.subjectEntity, f.subjectId }, f);
    }

    Summary summary;
    summary.found = findings.size();
    const AuditLog audit(m_clock);
    const QString now = m_clock->now().toUTC().toString(Qt::ISODate);
    auto written = m_database.transaction([&](QSqlDatabase &tx) -> Result<void> {
        Reconciler reconciler(tx, audit, now);
        auto stored = reconciler.load(rules);
        if (!stored)
            return stored.error();
        for (auto it = findings.cbegin(); it != findings.cend(); ++it) {
            const auto known = stored.value().constFind(it.key());
            Result<void> done;
            if (known == stored.value().constEnd()) {
                done = reconciler.insert(it.key().rule, it.value());
                ++summary.opened;
            } else if (known->state == QLatin1String("resolved")) {
                if (known->reason != conditionClearedReason())
                    continue;
                done = reconciler.update(*known, it.value(), true);
                ++summary.autoReopened;
            } else if (!sameData(*known, it.value())) {
                done = reconciler.update(*known, it.value(), false);
                ++summary.updated;
            }
            if (!done)
                return done;
        }
        for (auto it = stored.value().cbegin(); it != stored.value().cend(); ++it) {
            if (findings.contains(it.key()) || it->state == QLatin1String("resolved"))
                continue;
            if (auto done = reconciler.resolveCleared(*it); !done)
                return done;
            ++summary.autoResolved;
        }
        return {};
    });
    if (!written)
        return written.error();
    qCInfo(lcSync) << "revenue exceptions: found" << summary.found << "opened" << summary.opened << "updated"
                   << summary.updated << "auto-resolved" << summary.autoResolved << "reopened"
                   << summary.autoReopened;
    return summary;
}

} // namespace cw
