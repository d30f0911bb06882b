#include "kpicachebuilder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

namespace cw::test {

namespace {

const QString kStamp = QStringLiteral("2026-01-01T00:00:00Z");

QVariant orNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// QtSql binds a null QString as SQL NULL; the schema's text columns are NOT NULL DEFAULT ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

KpiCacheBuilder::KpiCacheBuilder(const TempCache &cache)
    : m_cache(cache)
{
    m_staffing = cache.addSystem(QStringLiteral("staffing"), QStringLiteral("Bullhorn"));
    m_odoo = cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo"));
}

qint64 KpiCacheBuilder::insert(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_cache.db().connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning() << "KpiCacheBuilder insert failed:" << sql << query.lastError().text();
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

QString KpiCacheBuilder::nextExternalId(const QString &prefix)
{
    return prefix + QString::number(++m_counter);
}

qint64 KpiCacheBuilder::add(const Customer &c)
{
    return insert(
        QStringLiteral("INSERT INTO customer (system_id, external_id, name, currency, business_unit, "
                       "modified_at) VALUES (?, ?, ?, ?, ?, ?)"),
        { c.system ? c.system : m_staffing,
          c.externalId.isEmpty() ? nextExternalId(QStringLiteral("C")) : c.externalId, c.name,
          text(c.currency), text(c.businessUnit), kStamp });
}

qint64 KpiCacheBuilder::add(const Placement &p)
{
    return insert(QStringLiteral(
                      "INSERT INTO placement (system_id, external_id, customer_id, consultant_id, job_title, "
                      "start_date, end_date, bill_rate_minor, pay_rate_minor, currency, cost_center, "
                      "modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  { p.system ? p.system : m_staffing, nextExternalId(QStringLiteral("P")),
                    idOrNull(p.customer), idOrNull(p.consultant), text(p.title), p.start, textOrNull(p.end),
                    orNull(p.billRate), orNull(p.payRate), text(p.currency), text(p.costCenter), kStamp });
}

qint64 KpiCacheBuilder::add(const Line &l)
{
    return insert(QStringLiteral(
                      "INSERT INTO timesheet_line (system_id, external_id, placement_id, work_date, minutes, "
                      "bill_rate_minor, pay_rate_minor, currency, status, billable, invoice_id, modified_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  { l.system ? l.system : m_staffing,
                    l.externalId.isEmpty() ? nextExternalId(QStringLiteral("T")) : l.externalId,
                    idOrNull(l.placement), l.date, l.minutes, orNull(l.billRate), orNull(l.payRate),
                    text(l.currency), l.status, l.billable ? 1 : 0, idOrNull(l.invoice), kStamp });
}

qint64 KpiCacheBuilder::add(const Invoice &i)
{
    return insert(
        QStringLiteral("INSERT INTO invoice (system_id, external_id, customer_id, placement_id, number, "
                       "move_type, invoice_date, due_date, state, amount_untaxed_minor, amount_total_minor, "
                       "amount_residual_minor, currency, modified_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { m_odoo, nextExternalId(QStringLiteral("I")), idOrNull(i.customer), idOrNull(i.placement),
          text(i.number), i.moveType, textOrNull(i.date), textOrNull(i.due), i.state, i.untaxed, i.total,
          i.residual, i.currency, i.modifiedAt });
}

qint64 KpiCacheBuilder::add(const Payment &p)
{
    return insert(
        QStringLiteral("INSERT INTO payment (system_id, external_id, customer_id, invoice_id, payment_date, "
                       "amount_minor, currency, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { m_odoo, nextExternalId(QStringLiteral("PAY")), idOrNull(p.customer), idOrNull(p.invoice), p.date,
          p.amount, text(p.currency), kStamp });
}

qint64 KpiCacheBuilder::add(const FailedPush &f)
{
    qint64 outbox = 0;
    if (!f.model.isEmpty()) {
        outbox = insert(
            QStringLiteral("INSERT INTO outbox (idempotency_key, system_id, operation, model, state, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, 'dead', ?, ?)"),
            { nextExternalId(QStringLiteral("K")), m_odoo, f.operation, f.model, f.firstSeen, f.firstSeen });
    }
    return insert(
        QStringLiteral("INSERT INTO failed_push (outbox_id, system_id, category, message, first_seen, "
                       "last_seen, state, resolved_at) VALUES (?, ?, ?, 'failed', ?, ?, ?, ?)"),
        { idOrNull(outbox), m_odoo, f.category, f.firstSeen, f.firstSeen, f.state,
          textOrNull(f.resolvedAt) });
}

qint64 KpiCacheBuilder::add(const Exception &e)
{
    return insert(
        QStringLiteral("INSERT INTO revenue_exception (rule, subject_entity, subject_id, customer_id, "
                       "amount_minor, currency, occurred_on, state, owner, detected_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { e.rule, e.entity, e.subject, idOrNull(e.customer), e.amount, text(e.currency),
          textOrNull(e.occurredOn), e.state, text(e.owner), e.detectedAt, e.updatedAt });
}

qint64 KpiCacheBuilder::consultant(const QString &name)
{
    return insert(
        QStringLiteral(
            "INSERT INTO consultant (system_id, external_id, name, modified_at) VALUES (?, ?, ?, ?)"),
        { m_staffing, nextExternalId(QStringLiteral("K")), name, kStamp });
}

qint64 KpiCacheBuilder::link(qint64 customer, qint64 canonical, const QString &decidedAt)
{
    if (canonical == 0) {
        canonical = insert(QStringLiteral("INSERT INTO canonical_customer (name, created_at, updated_at) "
                                          "VALUES ('Canonical', ?, ?)"),
                           { kStamp, kStamp });
    }
    insert(QStringLiteral(
               "INSERT INTO link (canonical_id, system_id, entity, external_id, method, decided_at) "
               "SELECT ?, system_id, 'customer', external_id, 'manual', ? FROM customer WHERE id = ?"),
           { canonical, decidedAt, customer });
    return canonical;
}

qint64 KpiCacheBuilder::rate(qint64 placement, const QString &effective, std::optional<qint64> bill,
                             std::optional<qint64> pay)
{
    return insert(QStringLiteral("INSERT INTO placement_rate (placement_id, effective_date, bill_rate_minor, "
                                 "pay_rate_minor) VALUES (?, ?, ?, ?)"),
                  { placement, effective, orNull(bill), orNull(pay) });
}

void KpiCacheBuilder::currencyRate(const QString &currency, const QString &date, const QString &company,
                                   qint64 micros)
{
    insert(QStringLiteral("INSERT INTO currency_rate (currency, rate_date, company_currency, rate_micros) "
                          "VALUES (?, ?, ?, ?)"),
           { currency, date, company, micros });
}

qint64 KpiCacheBuilder::expense(qint64 placement, qint64 invoice, qint64 amount, const QString &date)
{
    return insert(
        QStringLiteral(
            "INSERT INTO expense (system_id, external_id, placement_id, expense_date, amount_minor, "
            "currency, status, billable, invoice_id, modified_at) "
            "VALUES (?, ?, ?, ?, ?, 'EUR', 'approved', 1, ?, ?)"),
        { m_staffing, nextExternalId(QStringLiteral("E")), placement, date, amount, idOrNull(invoice),
          kStamp });
}

qint64 KpiCacheBuilder::syncRun(qint64 system, const QString &status, const QString &finishedAt)
{
    return insert(QStringLiteral("INSERT INTO sync_run (flow, system_id, started_at, finished_at, status) "
                                 "VALUES ('pull', ?, ?, ?, ?)"),
                  { system, finishedAt, finishedAt, status });
}

} // namespace cw::test
