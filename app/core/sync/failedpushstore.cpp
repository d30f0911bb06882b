#include "failedpushstore.h"

#include "cache/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT f.id, COALESCE(f.outbox_id, 0), COALESCE(f.system_id, 0), COALESCE(s.name, ''), f.category, "
    "f.message, f.remote_message, f.source, f.fingerprint, f.attempts, f.occurrences, f.first_seen, "
    "f.last_seen, f.state, f.resolution, f.resolved_by, f.resolved_at, COALESCE(o.state, '') "
    "FROM failed_push f LEFT JOIN system s ON s.id = f.system_id LEFT JOIN outbox o ON o.id = f.outbox_id");

struct Condition
{
    QString sql;
    QVariantList values;
};

QString likePattern(QString term)
{
    term.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    term.replace(QLatin1Char('%'), QLatin1String("\\%"));
    term.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + term + QLatin1Char('%');
}

Condition conditionOf(const FailedPushFilter &filter)
{
    QStringList parts;
    Condition condition;
    if (filter.state == FailedPushFilter::State::Open)
        parts << QStringLiteral("f.state = 'open'");
    else if (filter.state == FailedPushFilter::State::Resolved)
        parts << QStringLiteral("f.state = 'resolved'");
    if (!filter.category.isEmpty()) {
        parts << QStringLiteral("f.category = ?");
        condition.values << filter.category;
    }
    if (!filter.fingerprint.isEmpty()) {
        parts << QStringLiteral("f.fingerprint = ?");
        condition.values << filter.fingerprint;
    }
    const QStringList terms = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        QStringList columns;
        for (const char *column : { "f.message", "f.remote_message", "f.source", "f.category", "s.name" }) {
            columns << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            condition.values << likePattern(term);
        }
        parts << QLatin1Char('(') + columns.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    condition.sql =
        parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return condition;
}

QDateTime instant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

FailedPush rowOf(const QSqlQuery &query)
{
    FailedPush push;
    push.id = query.value(0).toLongLong();
    push.outboxId = query.value(1).toLongLong();
    push.systemId = query.value(2).toLongLong();
    push.systemName = query.value(3).toString();
    push.category = query.value(4).toString();
    push.message = query.value(5).toString();
    push.remoteMessage = query.value(6).toString();
    push.source = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
    push.fingerprint = query.value(8).toString();
    push.attempts = query.value(9).toInt();
    push.occurrences = query.value(10).toInt();
    push.firstSeen = instant(query.value(11));
    push.lastSeen = instant(query.value(12));
    push.state = query.value(13).toString();
    push.resolution = query.value(14).toString();
    push.resolvedBy = query.value(15).toString();
    push.resolvedAt = instant(query.value(16));
    push.outboxState = query.value(17).toString();
    return push;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

FailedPushStore::FailedPushStore(const Database &database)
    : m_database(database)
{ }

Result<FailedPush> FailedPushStore::find(qint64 id) const
{
    QSqlDatabase db = m_database.connection();
    return find(db, id);
}

Result<FailedPush> FailedPushStore::find(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    if (!run(query, kSelect + QStringLiteral(" WHERE f.id = ?"), { id }))
        return sqlError(tr("The failed push could not be read from the cache."), query.lastError());
    if (!query.next())
        return Error(Error::Category::NotFound, tr("There is no failed push %1.").arg(id));
    return rowOf(query);
}

Result<QList<FailedPush>> FailedPushStore::list(const FailedPushFilter &filter) const
{
    const Condition condition = conditionOf(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!run(query, kSelect + condition.sql + QStringLiteral(" ORDER BY f.last_seen DESC, f.id DESC"),
             condition.values))
        return sqlError(tr("The failed pushes could not be read from the cache."), query.lastError());
    QList<FailedPush> pushes;
    while (query.next())
        pushes.append(rowOf(query));
    return pushes;
}

Result<QList<qint64>> FailedPushStore::ids(QSqlDatabase &db, const FailedPushFilter &filter) const
{
    const Condition condition = conditionOf(filter);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT f.id FROM failed_push f LEFT JOIN system s ON s.id = f.system_id")
                 + condition.sql + QStringLiteral(" ORDER BY f.id"),
             condition.values))
        return sqlError(tr("The failed pushes could not be read from the cache."), query.lastError());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<FailedPushGroup>> FailedPushStore::groups(const FailedPushFilter &filter) const
{
    const Condition condition = conditionOf(filter);
    // The example is the message of the group's most recent failure (SQLite takes the bare
    // column from the row that gave MAX()).
    const QString sql =
        QStringLiteral(
            "SELECT f.category, f.fingerprint, COUNT(*), SUM(f.occurrences), SUM(f.attempts), "
            "MIN(f.first_seen), "
            "MAX(f.last_seen), f.message FROM failed_push f LEFT JOIN system s ON s.id = f.system_id%1 "
            "GROUP BY f.category, f.fingerprint ORDER BY COUNT(*) DESC, MAX(f.last_seen) DESC")
            .arg(condition.sql);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!run(query, sql, condition.values))
        return sqlError(tr("The failed pushes could not be grouped."), query.lastError());
    QList<FailedPushGroup> groups;
    while (query.next()) {
        FailedPushGroup group;
        group.category = query.value(0).toString();
        group.fingerprint = query.value(1).toString();
        group.count = query.value(2).toInt();
        group.occurrences = query.value(3).toInt();
        group.attempts = query.value(4).toInt();
        group.firstSeen = instant(query.value(5));
        group.lastSeen = instant(query.value(6));
        group.example = query.value(7).toString();
        groups.append(group);
    }
    return groups;
}

Result<QList<CustomerLinkTarget>> FailedPushStore::linkTargets(const QString &text, int limit) const
{
    const QString pattern = likePattern(text.trimmed());
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // One row per canonical customer: its first Odoo record, should it have several.
    if (!run(query,
             QStringLiteral(
                 "SELECT k.id, k.name, l.external_id, COALESCE(c.name, '') FROM canonical_customer k "
                 "JOIN link l ON l.id = (SELECT MIN(l2.id) FROM link l2 JOIN system s ON s.id = "
                 "l2.system_id WHERE l2.canonical_id = k.id AND l2.entity = 'customer' AND s.kind = "
                 "'odoo') "
                 "LEFT JOIN customer c ON c.system_id = l.system_id AND c.external_id = l.external_id "
                 "WHERE k.name LIKE ? ESCAPE '\\' OR COALESCE(c.name, '') LIKE ? ESCAPE '\\' "
                 "ORDER BY k.name, k.id LIMIT ?"),
             { pattern, pattern, limit }))
        return sqlError(tr("The customers could not be read from the cache."), query.lastError());
    QList<CustomerLinkTarget> targets;
    while (query.next())
        targets.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString() });
    return targets;
}

} // namespace cw
