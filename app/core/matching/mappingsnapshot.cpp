#include "mappingsnapshot.h"

#include "cache/sqlstatement.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace cw {

namespace {

const QStringList &linkColumns()
{
    static const QStringList columns { QStringLiteral("id"),          QStringLiteral("canonical_id"),
                                       QStringLiteral("system_id"),   QStringLiteral("entity"),
                                       QStringLiteral("external_id"), QStringLiteral("method"),
                                       QStringLiteral("score"),       QStringLiteral("decided_by"),
                                       QStringLiteral("decided_at") };
    return columns;
}

const QStringList &outboxColumns()
{
    static const QStringList columns { QStringLiteral("id"),
                                       QStringLiteral("idempotency_key"),
                                       QStringLiteral("system_id"),
                                       QStringLiteral("operation"),
                                       QStringLiteral("model"),
                                       QStringLiteral("payload"),
                                       QStringLiteral("state"),
                                       QStringLiteral("attempts"),
                                       QStringLiteral("next_attempt_at"),
                                       QStringLiteral("remote_id"),
                                       QStringLiteral("last_error_category"),
                                       QStringLiteral("last_error_message"),
                                       QStringLiteral("created_at"),
                                       QStringLiteral("updated_at") };
    return columns;
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, bool write)
{
    return SqlStatement::run(
        db, sql, values,
        write ? MappingSnapshot::tr("The customer links could not be written to the cache.")
              : MappingSnapshot::tr("The customer links could not be read from the cache."));
}

// JSON numbers come back as doubles; integral ones are bound as integers so INTEGER columns keep
// their type and a restored row reads back exactly as it was captured.
QVariant bindable(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return qint64(number);
        return number;
    }
    return value.toVariant();
}

QJsonObject rowObject(const QSqlQuery &query, const QStringList &columns, int first = 0)
{
    QJsonObject row;
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant value = query.value(first + i);
        row.insert(columns.at(i), value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
    }
    return row;
}

Result<void> insertRow(QSqlDatabase &db, const QString &table, const QStringList &columns,
                       const QJsonObject &row)
{
    QVariantList values;
    for (const QString &column : columns)
        values << bindable(row.value(column));
    const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
    auto done = exec(
        db,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QLatin1Char(',')), marks),
        values, true);
    if (!done)
        return done.error();
    return {};
}

template<typename T> QList<T> sorted(const QSet<T> &set)
{
    QList<T> list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}

Result<QJsonArray> captureCustomers(QSqlDatabase &db, const QSet<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : sorted(ids)) {
        auto query = exec(
            db,
            QStringLiteral("SELECT c.status, l.id, l.canonical_id, l.system_id, l.entity, l.external_id, "
                           "l.method, l.score, l.decided_by, l.decided_at FROM customer c "
                           "LEFT JOIN link l ON l.system_id = c.system_id AND l.entity = 'customer' "
                           "AND l.external_id = c.external_id WHERE c.id = ?"),
            { id }, false);
        if (!query)
            return query.error();
        QSqlQuery &q = query.value();
        if (!q.next())
            continue; // the record left the cache; nothing of it to keep or restore
        QJsonObject customer { { QStringLiteral("id"), id },
                               { QStringLiteral("status"), q.value(0).toString() } };
        customer.insert(QStringLiteral("link"),
                        q.value(1).isNull() ? QJsonValue() : rowObject(q, linkColumns(), 1));
        out.append(customer);
    }
    return out;
}

Result<QJsonArray> captureCanonicals(QSqlDatabase &db, const QSet<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : sorted(ids)) {
        auto query = exec(
            db, QStringLiteral("SELECT name, created_at, updated_at FROM canonical_customer WHERE id = ?"),
            { id }, false);
        if (!query)
            return query.error();
        QSqlQuery &q = query.value();
        if (!q.next()) {
            out.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("absent"), true } });
            continue;
        }
        out.append(QJsonObject { { QStringLiteral("id"), id },
                                 { QStringLiteral("name"), q.value(0).toString() },
                                 { QStringLiteral("created_at"), q.value(1).toString() },
                                 { QStringLiteral("updated_at"), q.value(2).toString() } });
    }
    return out;
}

Result<QJsonArray> captureCandidates(QSqlDatabase &db, const QSet<qint64> &ids)
{
    static const QStringList columns { QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("band"),
                                       QStringLiteral("decided_by"), QStringLiteral("decided_at") };
    QJsonArray out;
    for (qint64 id : sorted(ids)) {
        auto query =
            exec(db,
                 QStringLiteral("SELECT id, status, band, decided_by, decided_at FROM match_candidate "
                                "WHERE id = ?"),
                 { id }, false);
        if (!query)
            return query.error();
        if (query.value().next())
            out.append(rowObject(query.value(), columns));
    }
    return out;
}

Result<QJsonArray> captureOutbox(QSqlDatabase &db, const QSet<QString> &keys)
{
    QJsonArray out;
    for (const QString &key : sorted(keys)) {
        auto query = exec(db,
                          QStringLiteral("SELECT %1 FROM outbox WHERE idempotency_key = ?")
                              .arg(outboxColumns().join(QLatin1Char(','))),
                          { key }, false);
        if (!query)
            return query.error();
        QJsonObject entry { { QStringLiteral("key"), key } };
        entry.insert(QStringLiteral("row"),
                     query.value().next() ? QJsonValue(rowObject(query.value(), outboxColumns()))
                                          : QJsonValue());
        out.append(entry);
    }
    return out;
}

Result<void> restoreCustomer(QSqlDatabase &db, const QJsonObject &customer)
{
    const qint64 id = customer.value(QStringLiteral("id")).toInteger();
    auto status = exec(db, QStringLiteral("UPDATE customer SET status = ? WHERE id = ?"),
                       { customer.value(QStringLiteral("status")).toString(), id }, true);
    if (!status)
        return status.error();
    auto removed =
        exec(db,
             QStringLiteral("DELETE FROM link WHERE entity = 'customer' AND (system_id, external_id) = "
                            "(SELECT system_id, external_id FROM customer WHERE id = ?)"),
             { id }, true);
    if (!removed)
        return removed.error();
    const QJsonValue link = customer.value(QStringLiteral("link"));
    if (!link.isObject())
        return {};
    return insertRow(db, QStringLiteral("link"), linkColumns(), link.toObject());
}

Result<void> restoreCandidate(QSqlDatabase &db, const QJsonObject &candidate)
{
    auto done =
        exec(db,
             QStringLiteral("UPDATE match_candidate SET status = ?, band = ?, decided_by = ?, decided_at = ? "
                            "WHERE id = ?"),
             { candidate.value(QStringLiteral("status")).toString(),
               candidate.value(QStringLiteral("band")).toString(),
               candidate.value(QStringLiteral("decided_by")).toString(),
               bindable(candidate.value(QStringLiteral("decided_at"))),
               candidate.value(QStringLiteral("id")).toInteger() },
             true);
    if (!done)
        return done.error();
    return {};
}

Result<void> restoreOutbox(QSqlDatabase &db, const QJsonObject &entry)
{
    auto removed = exec(db, QStringLiteral("DELETE FROM outbox WHERE idempotency_key = ?"),
                        { entry.value(QStringLiteral("key")).toString() }, true);
    if (!removed)
        return removed.error();
    const QJsonValue row = entry.value(QStringLiteral("row"));
    if (!row.isObject())
        return {};
    return insertRow(db, QStringLiteral("outbox"), outboxColumns(), row.toObject());
}

Result<void> restoreCanonical(QSqlDatabase &db, const QJsonObject &canonical)
{
    auto done =
        exec(db,
             QStringLiteral("INSERT INTO canonical_customer (id, name, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                            "created_at = excluded.created_at, updated_at = excluded.updated_at"),
             { canonical.value(QStringLiteral("id")).toInteger(),
               canonical.value(QStringLiteral("name")).toString(),
               canonical.value(QStringLiteral("created_at")).toString(),
               canonical.value(QStringLiteral("updated_at")).toString() },
             true);
    if (!done)
        return done.error();
    return {};
}

Result<void> removeCanonical(QSqlDatabase &db, qint64 id)
{
    auto linked = exec(db, QStringLiteral("SELECT COUNT(*) FROM link WHERE canonical_id = ?"), { id }, false);
    if (!linked)
        return linked.error();
    if (linked.value().next() && linked.value().value(0).toLongLong() > 0) {
        return Error(
            Error::Category::Conflict,
            MappingSnapshot::tr("Customer %1 has records linked since; it cannot be removed again.").arg(id));
    }
    auto done = exec(db, QStringLiteral("DELETE FROM canonical_customer WHERE id = ?"), { id }, true);
    if (!done)
        return done.error();
    return {};
}

} // namespace

void MappingSnapshot::addSubjectsOf(const QJsonObject &state)
{
    for (const QJsonValue &v : state.value(QStringLiteral("customers")).toArray())
        customers.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    for (const QJsonValue &v : state.value(QStringLiteral("canonicals")).toArray())
        canonicals.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    for (const QJsonValue &v : state.value(QStringLiteral("candidates")).toArray())
        candidates.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    for (const QJsonValue &v : state.value(QStringLiteral("outbox")).toArray())
        outboxKeys.insert(v.toObject().value(QStringLiteral("key")).toString());
}

Result<QJsonObject> MappingSnapshot::capture(QSqlDatabase &db) const
{
    auto customerState = captureCustomers(db, customers);
    if (!customerState)
        return customerState.error();
    auto canonicalState = captureCanonicals(db, canonicals);
    if (!canonicalState)
        return canonicalState.error();
    auto candidateState = captureCandidates(db, candidates);
    if (!candidateState)
        return candidateState.error();
    auto outboxState = captureOutbox(db, outboxKeys);
    if (!outboxState)
        return outboxState.error();
    return QJsonObject { { QStringLiteral("customers"), customerState.value() },
                         { QStringLiteral("canonicals"), canonicalState.value() },
                         { QStringLiteral("candidates"), candidateState.value() },
                         { QStringLiteral("outbox"), outboxState.value() } };
}

Result<void> MappingSnapshot::restore(QSqlDatabase &db, const QJsonObject &state)
{
    const QJsonArray canonicals = state.value(QStringLiteral("canonicals")).toArray();
    for (const QJsonValue &v : canonicals) {
        if (v.toObject().value(QStringLiteral("absent")).toBool())
            continue;
        if (auto done = restoreCanonical(db, v.toObject()); !done)
            return done;
    }
    for (const QJsonValue &v : state.value(QStringLiteral("customers")).toArray()) {
        if (auto done = restoreCustomer(db, v.toObject()); !done)
            return done;
    }
    for (const QJsonValue &v : state.value(QStringLiteral("candidates")).toArray()) {
        if (auto done = restoreCandidate(db, v.toObject()); !done)
            return done;
    }
    for (const QJsonValue &v : state.value(QStringLiteral("outbox")).toArray()) {
        if (auto done = restoreOutbox(db, v.toObject()); !done)
            return done;
    }
    for (const QJsonValue &v : canonicals) {
        if (!v.toObject().value(QStringLiteral("absent")).toBool())
            continue;
        if (auto done = removeCanonical(db, v.toObject().value(QStringLiteral("id")).toInteger()); !done)
            return done;
    }
    return {};
}

} // namespace cw
