#include "failedpushactions.h"

#include "cache/auditlog.h"
#include "cache/database.h"
#include "failedpushstore.h"
#include "kpi/currencyconverter.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <utility>

namespace cw {

namespace {

const QString kDead = QStringLiteral("dead");
const QString kPending = QStringLiteral("pending");

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

// Odoo wants ids as numbers; an id that is not one (an xml id) stays text.
QJsonValue odooId(const QString &externalId)
{
    bool number = false;
    const qint64 id = externalId.toLongLong(&number);
    return number ? QJsonValue(id) : QJsonValue(externalId);
}

} // namespace

FailedPushActions::FailedPushActions(const Database &database, QString actor, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{ }

QString FailedPushActions::now() const
{
    return m_clock->now().toUTC().toString(Qt::ISODate);
}

Result<void> FailedPushActions::audit(QSqlDatabase &db, const QString &action, const QString &subjectType,
                                      const QString &subjectId, const QJsonObject &before,
                                      const QJsonObject &after) const
{
    return AuditLog(m_clock).append(db, m_actor, action, subjectType, subjectId, before, after);
}

Result<int> FailedPushActions::retry(const QList<qint64> &ids) const
{
    int retried = 0;
    auto done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto count = retryIn(db, ids);
        if (!count)
            return count.error();
        retried = count.value();
        return {};
    });
    if (!done)
        return done.error();
    qCInfo(lcSync) << m_actor << "put" << retried << "failed push(es) back to pending";
    return retried;
}

Result<int> FailedPushActions::retryMatching(FailedPushFilter filter) const
{
    filter.state = FailedPushFilter::State::Open;
    int retried = 0;
    auto done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto ids = FailedPushStore(m_database).ids(db, filter);
        if (!ids)
            return ids.error();
        auto count = retryIn(db, ids.value());
        if (!count)
            return count.error();
        retried = count.value();
        return {};
    });
    if (!done)
        return done.error();
    return retried;
}

Result<int> FailedPushActions::retryCategory(const QString &category) const
{
    FailedPushFilter filter;
    filter.category = category;
    return retryMatching(filter);
}

Result<int> FailedPushActions::retryIn(QSqlDatabase &db, const QList<qint64> &ids) const
{
    int retried = 0;
    for (qint64 id : ids) {
        auto push = FailedPushStore::find(db, id);
        if (!push)
            return push.error();
        const FailedPush &p = push.value();
        if (!p.isOpen() || p.outboxId == 0
            || (p.outboxState != QLatin1String("failed") && p.outboxState != kDead))
            continue;
        QSqlQuery query(db);
        if (!exec(
                query,
                QStringLiteral("SELECT idempotency_key, attempts, COALESCE(next_attempt_at, '') FROM outbox "
                               "WHERE id = ?"),
                { p.outboxId })
            || !query.next())
            return sqlError(tr("The write to retry could not be read from the cache."), query.lastError());
        const QString key = query.value(0).toString();
        const int attempts = query.value(1).toInt();
        const QString nextAttempt = query.value(2).toString();
        if (!exec(query,
                  QStringLiteral(
                      "UPDATE outbox SET state = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ?"),
                  { kPending, now(), p.outboxId }))
            return sqlError(tr("The write could not be queued again."), query.lastError());
        QJsonObject before { { QStringLiteral("state"), p.outboxState },
                             { QStringLiteral("attempts"), attempts } };
        if (!nextAttempt.isEmpty())
            before.insert(QStringLiteral("next_attempt_at"), nextAttempt);
        const QJsonObject after { { QStringLiteral("state"), kPending },
                                  { QStringLiteral("attempts"), attempts },
                                  { QStringLiteral("failed_push_id"), p.id } };
        if (auto logged =
                audit(db, QStringLiteral("failed_push.retry"), QStringLiteral("outbox"), key, before, after);
            !logged)
            return logged.error();
        ++retried;
    }
    return retried;
}

Result<FailedPush> FailedPushActions::openPush(QSqlDatabase &db, qint64 id) const
{
    auto push = FailedPushStore::find(db, id);
    if (push && !push.value().isOpen())
        return Error(Error::Category::Conflict,
                     tr("Failed push %1 is already resolved (%2).").arg(id).arg(push.value().resolution));
    return push;
}

Result<void> FailedPushActions::resolve(qint64 id, const QString &reason) const
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error(Error::Category::Validation,
                     tr("Say why the failed push is resolved without retrying it."));
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto push = openPush(db, id);
        if (!push)
            return push.error();
        const FailedPush &p = push.value();
        QSqlQuery query(db);
        if (!exec(
                query,
                QStringLiteral("UPDATE failed_push SET state = 'resolved', resolution = ?, resolved_by = ?, "
                               "resolved_at = ? WHERE id = ?"),
                { why, m_actor, now(), id }))
            return sqlError(tr("The failed push could not be resolved."), query.lastError());
        QJsonObject before { { QStringLiteral("state"), p.state } };
        QJsonObject after { { QStringLiteral("state"), QStringLiteral("resolved") },
                            { QStringLiteral("resolution"), why } };
        // A resolved write is never sent: a row still scheduled for a retry is stopped.
        if (p.outboxId != 0 && !p.outboxState.isEmpty() && p.outboxState != kDead
            && p.outboxState != QLatin1String("done")) {
            if (!exec(query,
                      QStringLiteral("UPDATE outbox SET state = ?, next_attempt_at = NULL, updated_at = ? "
                                     "WHERE id = ?"),
                      { kDead, now(), p.outboxId }))
                return sqlError(tr("The write could not be stopped."), query.lastError());
            before.insert(QStringLiteral("outbox_state"), p.outboxState);
            after.insert(QStringLiteral("outbox_state"), kDead);
        }
        return audit(db, QStringLiteral("failed_push.resolve"), QStringLiteral("failed_push"),
                     QString::number(id), before, after);
    });
}

Result<qint64> FailedPushActions::placementOf(QSqlDatabase &db, const FailedPush &push) const
{
    const QJsonValue id = push.source.value(QStringLiteral("placement_id"));
    if (id.isDouble())
        return qint64(id.toDouble());
    const QString externalId = push.source.value(QStringLiteral("placement")).toString();
    if (externalId.isEmpty())
        return Error(Error::Category::Validation,
                     tr("Failed push %1 does not name the placement it was made from.").arg(push.id));
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT id FROM placement WHERE external_id = ? LIMIT 2"),
              { externalId }))
        return sqlError(tr("The placement could not be read from the cache."), query.lastError());
    QList<qint64> found;
    while (query.next())
        found << query.value(0).toLongLong();
    if (found.size() != 1)
        return Error(
            Error::Category::Validation,
            found.isEmpty()
                ? tr("Placement %1 of failed push %2 is not in the cache.").arg(externalId).arg(push.id)
                : tr("More than one system has a placement %1; the failed push does not say which.")
                      .arg(externalId));
    return found.constFirst();
}

Result<qint64> FailedPushActions::customerOf(QSqlDatabase &db, const FailedPush &push) const
{
    const QJsonValue id = push.source.value(QStringLiteral("customer_id"));
    if (id.isDouble())
        return qint64(id.toDouble());
    auto placement = placementOf(db, push);
    if (!placement)
        return placement.error();
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT customer_id FROM placement WHERE id = ?"), { placement.value() })
        || !query.next())
        return sqlError(tr("The placement could not be read from the cache."), query.lastError());
    if (query.value(0).isNull())
        return Error(Error::Category::Validation,
                     tr("The placement of failed push %1 has no customer.").arg(push.id));
    return query.value(0).toLongLong();
}

Result<void> FailedPushActions::linkRecord(QSqlDatabase &db, qint64 customerId, qint64 canonicalId) const
{
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT system_id, external_id FROM customer WHERE id = ?"),
              { customerId })
        || !query.next())
        return Error(Error::Category::NotFound,
                     tr("Customer record %1 is not in the cache.").arg(customerId));
    const qint64 systemId = query.value(0).toLongLong();
    const QString externalId = query.value(1).toString();
    if (!exec(query,
              QStringLiteral(
                  "SELECT id, canonical_id FROM link WHERE system_id = ? AND entity = 'customer' AND "
                  "external_id = ?"),
              { systemId, externalId }))
        return sqlError(tr("The customer's link could not be read."), query.lastError());
    const bool linked = query.next();
    const qint64 linkId = linked ? query.value(0).toLongLong() : 0;
    const qint64 previous = linked ? query.value(1).toLongLong() : 0;
    if (previous == canonicalId)
        return {};
    const bool ok = linked
        ? exec(query,
               QStringLiteral(
                   "UPDATE link SET canonical_id = ?, method = 'manual', score = NULL, decided_by = ?, "
                   "decided_at = ? WHERE id = ?"),
               { canonicalId, m_actor, now(), linkId })
        : exec(query,
               QStringLiteral(
                   "INSERT INTO link (canonical_id, system_id, entity, external_id, method, decided_by, "
                   "decided_at) VALUES (?, ?, 'customer', ?, 'manual', ?, ?)"),
               { canonicalId, systemId, externalId, m_actor, now() });
    if (!ok)
        return sqlError(tr("The customer could not be linked."), query.lastError());
    QJsonObject before;
    if (linked)
        before.insert(QStringLiteral("canonical_id"), previous);
    const QJsonObject after { { QStringLiteral("canonical_id"), canonicalId },
                              { QStringLiteral("system_id"), systemId },
                              { QStringLiteral("method"), QStringLiteral("manual") } };
    return audit(db, linked ? QStringLiteral("link.change") : QStringLiteral("link.create"),
                 QStringLiteral("customer"), QString::number(customerId), before, after);
}

Result<QJsonObject> FailedPushActions::payload(QSqlDatabase &db, qint64 outboxId) const
{
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT payload FROM outbox WHERE id = ?"), { outboxId })
        || !query.next())
        return Error(Error::Category::NotFound,
                     tr("The write of this failed push is no longer in the outbox."));
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
}

Result<void>
FailedPushActions::changePayload(QSqlDatabase &db, const FailedPush &push, const QString &key,
                                 const std::function<QJsonValue(const QJsonValue &)> &change) const
{
    auto current = payload(db, push.outboxId);
    if (!current)
        return current.error();
    QJsonObject object = current.value();
    const QJsonValue before = object.value(key);
    const QJsonValue after = change(before);
    if (after == before)
        return {};
    object.insert(key, after);
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("UPDATE outbox SET payload = ?, updated_at = ? WHERE id = ?"),
              { QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)), now(),
                push.outboxId }))
        return sqlError(tr("The write could not be changed."), query.lastError());
    QJsonObject was;
    if (!before.isUndefined())
        was.insert(key, before);
    return audit(db, QStringLiteral("outbox.change"), QStringLiteral("outbox"),
                 QString::number(push.outboxId), was, QJsonObject { { key, after } });
}

Result<void> FailedPushActions::linkCustomer(qint64 id, qint64 canonicalId) const
{
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto push = openPush(db, id);
        if (!push)
            return push.error();
        QSqlQuery query(db);
        if (!exec(query,
                  QStringLiteral(
                      "SELECT l.external_id FROM link l JOIN system s ON s.id = l.system_id WHERE "
                      "l.canonical_id = ? AND l.entity = 'customer' AND s.kind = 'odoo' ORDER BY l.id "
                      "LIMIT 1"),
                  { canonicalId }))
            return sqlError(tr("The customer could not be read from the cache."), query.lastError());
        if (!query.next())
            return Error(
                Error::Category::Validation,
                tr("Customer %1 has no record in Odoo, so its invoices would still have no one to bill. "
                   "Choose a customer that exists in Odoo.")
                    .arg(canonicalId));
        const QJsonValue partner = odooId(query.value(0).toString());
        auto customer = customerOf(db, push.value());
        if (!customer)
            return customer.error();
        if (auto linked = linkRecord(db, customer.value(), canonicalId); !linked)
            return linked;
        if (push.value().outboxId != 0) {
            // Only a payload that names the partner itself needs it; others are built at push time
            // from the link made above.
            auto changed =
                changePayload(db, push.value(), QStringLiteral("partner_id"),
                              [&](const QJsonValue &value) { return value.isUndefined() ? value : partner; });
            if (!changed)
                return changed;
        }
        auto retried = retryIn(db, { id });
        return retried ? Result<void>() : Result<void>(retried.error());
    });
}

Result<void> FailedPushActions::correctBillRate(qint64 id, qint64 billRateMinor) const
{
    if (billRateMinor <= 0)
        return Error(Error::Category::Validation, tr("The bill rate must be more than zero."));
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto push = openPush(db, id);
        if (!push)
            return push.error();
        const FailedPush &p = push.value();
        auto placement = placementOf(db, p);
        if (!placement)
            return placement.error();
        QSqlQuery query(db);
        if (!exec(query, QStringLiteral("SELECT bill_rate_minor, currency FROM placement WHERE id = ?"),
                  { placement.value() })
            || !query.next())
            return sqlError(tr("The placement could not be read from the cache."), query.lastError());
        const QVariant previous = query.value(0);
        const QString currency = query.value(1).toString();
        if (!exec(query, QStringLiteral("UPDATE placement SET bill_rate_minor = ? WHERE id = ?"),
                  { billRateMinor, placement.value() }))
            return sqlError(tr("The bill rate could not be changed."), query.lastError());
        // The lines of the failed invoice carry the rate they are billed at.
        const QString period = p.source.value(QStringLiteral("period")).toString();
        if (!exec(query,
                  QStringLiteral(
                      "UPDATE timesheet_line SET bill_rate_minor = ? WHERE placement_id = ? AND status = "
                      "'approved' AND billable = 1 AND invoice_id IS NULL AND (? = '' OR "
                      "substr(work_date, 1, 7) = ?)"),
                  { billRateMinor, placement.value(), period, period }))
            return sqlError(tr("The bill rate of the hours could not be changed."), query.lastError());
        const int lines = query.numRowsAffected();
        QJsonObject before;
        if (!previous.isNull())
            before.insert(QStringLiteral("bill_rate_minor"), previous.toLongLong());
        const QJsonObject after { { QStringLiteral("bill_rate_minor"), billRateMinor },
                                  { QStringLiteral("currency"), currency },
                                  { QStringLiteral("lines"), lines },
                                  { QStringLiteral("period"), period } };
        if (auto logged = audit(db, QStringLiteral("placement.bill_rate"), QStringLiteral("placement"),
                                QString::number(placement.value()), before, after);
            !logged)
            return logged;
        if (p.outboxId != 0) {
            const double unit =
                double(billRateMinor) / std::pow(10.0, CurrencyConverter::minorDigits(currency));
            auto changed =
                changePayload(db, p, QStringLiteral("invoice_line_ids"), [unit](const QJsonValue &value) {
                    QJsonArray invoiceLines = value.toArray();
                    for (qsizetype i = 0; i < invoiceLines.size(); ++i) {
                        QJsonObject line = invoiceLines.at(i).toObject();
                        line.insert(QStringLiteral("price_unit"), unit);
                        invoiceLines.replace(i, line);
                    }
                    return value.isUndefined() ? value : QJsonValue(invoiceLines);
                });
            if (!changed)
                return changed;
        }
        auto retried = retryIn(db, { id });
        return retried ? Result<void>() : Result<void>(retried.error());
    });
}

Result<void> FailedPushActions::chooseProductTax(qint64 id, const QString &productRef,
                                                 const QString &taxRef) const
{
    const QString product = productRef.trimmed();
    const QString tax = taxRef.trimmed();
    if (product.isEmpty() && tax.isEmpty())
        return Error(Error::Category::Validation, tr("Choose a product, a tax, or both."));
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto push = openPush(db, id);
        if (!push)
            return push.error();
        QSqlQuery query(db);
        if (!exec(query, QStringLiteral("SELECT options FROM system WHERE id = ?"), { push.value().systemId })
            || !query.next())
            return Error(Error::Category::NotFound,
                         tr("The Odoo system of failed push %1 is not configured any more.").arg(id));
        QJsonObject options = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        QJsonObject before;
        QJsonObject after;
        for (const auto &[key, value] :
             { std::pair { kProductOption, product }, std::pair { kTaxOption, tax } }) {
            if (value.isEmpty())
                continue;
            if (options.contains(key))
                before.insert(key, options.value(key));
            options.insert(key, value);
            after.insert(key, value);
        }
        if (!exec(query, QStringLiteral("UPDATE system SET options = ?, updated_at = ? WHERE id = ?"),
                  { QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)), now(),
                    push.value().systemId }))
            return sqlError(tr("The product and tax could not be stored."), query.lastError());
        if (auto logged = audit(db, QStringLiteral("system.options"), QStringLiteral("system"),
                                QString::number(push.value().systemId), before, after);
            !logged)
            return logged;
        auto retried = retryIn(db, { id });
        return retried ? Result<void>() : Result<void>(retried.error());
    });
}

} // namespace cw
