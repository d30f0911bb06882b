#include "paymentwriter.h"

#include "cache/database.h"
#include "connectors/minorunits.h"
#include "sqltext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cw {

namespace {

qint64 idOf(const QJsonValue &value)
{
    // A many2one reads as [id, "name"] or false, a plain id as a number.
    const QJsonValue id = value.isArray() ? value.toArray().at(0) : value;
    return id.isDouble() ? static_cast<qint64>(id.toDouble()) : 0;
}

QString nameOf(const QJsonValue &value)
{
    return value.isArray() ? value.toArray().at(1).toString() : QString();
}

} // namespace

PaymentWriter::PaymentWriter(const Database &database, qint64 systemId, int odooMajorVersion,
                             std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_systemId(systemId)
    , m_odooMajor(odooMajorVersion)
    , m_clock(std::move(clock))
{ }

QString PaymentWriter::invoicesField() const
{
    // Odoo 18 renamed the payment's invoices and its states.
    return m_odooMajor >= 18 ? QStringLiteral("invoice_ids") : QStringLiteral("reconciled_invoice_ids");
}

bool PaymentWriter::isEffective(const QString &state) const
{
    if (m_odooMajor >= 18)
        return state == QLatin1String("paid") || state == QLatin1String("in_process");
    return state == QLatin1String("posted");
}

QStringList PaymentWriter::fields() const
{
    return { QStringLiteral("date"),        QStringLiteral("amount"), QStringLiteral("partner_id"),
             QStringLiteral("currency_id"), QStringLiteral("state"),  invoicesField() };
}

QJsonArray PaymentWriter::domain()
{
    return { QJsonArray { QStringLiteral("payment_type"), QStringLiteral("="), QStringLiteral("inbound") },
             QJsonArray { QStringLiteral("partner_type"), QStringLiteral("="), QStringLiteral("customer") } };
}

Result<void> PaymentWriter::store(const QJsonArray &records, Counts &counts) const
{
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        for (const QJsonValue &record : records) {
            if (Result<void> stored = storePayment(db, record.toObject(), counts); !stored)
                return stored;
            ++counts.read;
        }
        return {};
    });
}

Result<void> PaymentWriter::removeMissing(const QSet<qint64> &seen, Counts &counts) const
{
    QJsonArray ids;
    for (qint64 id : seen)
        ids.append(id);
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        // A row's payment id is its external id up to the ':' of a split payment.
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "DELETE FROM payment WHERE system_id = ? AND CAST(substr(external_id, 1, instr(external_id || "
            "':', ':') - 1) AS INTEGER) NOT IN (SELECT value FROM json_each(?))"));
        query.addBindValue(m_systemId);
        query.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return sqlError(tr("Payments deleted in Odoo could not be removed from the cache."),
                            query.lastError());
        counts.deleted += query.numRowsAffected();
        return {};
    });
}

Result<void> PaymentWriter::storePayment(QSqlDatabase &db, const QJsonObject &record, Counts &counts) const
{
    const qint64 paymentId = idOf(record.value(QStringLiteral("id")));
    QList<Allocation> allocations;
    if (isEffective(record.value(QStringLiteral("state")).toString())) {
        Result<QList<Allocation>> planned =
            allocate(db, paymentId, MinorUnits::fromDouble(record.value(QStringLiteral("amount")).toDouble()),
                     record.value(invoicesField()).toArray());
        if (!planned)
            return planned.error();
        allocations = planned.value();
    }
    QStringList kept;
    if (!allocations.isEmpty()) {
        QSqlQuery customer(db);
        customer.prepare(QStringLiteral("SELECT id FROM customer WHERE system_id = ? AND external_id = ?"));
        customer.addBindValue(m_systemId);
        customer.addBindValue(QString::number(idOf(record.value(QStringLiteral("partner_id")))));
        if (!customer.exec())
            return sqlError(tr("The payment's customer could not be looked up in the cache."),
                            customer.lastError());
        const QVariantList common { customer.next() ? customer.value(0) : QVariant(),
                                    sqlText(record.value(QStringLiteral("date")).toString()),
                                    sqlText(nameOf(record.value(QStringLiteral("currency_id")))),
                                    m_clock->now().toUTC().toString(Qt::ISODate),
                                    QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)) };
        for (const Allocation &allocation : std::as_const(allocations)) {
            Result<Change> change = upsert(db, allocation, common);
            if (!change)
                return change.error();
            counts.created += change.value() == Change::Created;
            counts.updated += change.value() == Change::Updated;
            counts.skipped += change.value() == Change::None;
            kept.append(allocation.externalId);
        }
    } else {
        ++counts.skipped;
    }
    Result<qint64> removed = removeOthers(db, paymentId, kept);
    if (!removed)
        return removed.error();
    counts.deleted += removed.value();
    return {};
}

Result<QList<PaymentWriter::Allocation>> PaymentWriter::allocate(QSqlDatabase &db, qint64 paymentId,
                                                                 qint64 amountMinor,
                                                                 const QJsonArray &invoices) const
{
    const QString key = QString::number(paymentId);
    if (invoices.isEmpty())
        return QList<Allocation> { { key, QVariant(), amountMinor } };
    QList<qint64> odooIds;
    for (const QJsonValue &invoice : invoices)
        odooIds.append(idOf(invoice));
    std::sort(odooIds.begin(), odooIds.end());
    QSqlQuery known(db);
    known.prepare(
        QStringLiteral("SELECT id, amount_total_minor FROM invoice WHERE system_id = ? AND external_id = ?"));
    QList<Allocation> allocations;
    qint64 left = amountMinor;
    for (qint64 odooId : std::as_const(odooIds)) {
        known.addBindValue(m_systemId);
        known.addBindValue(QString::number(odooId));
        if (!known.exec())
            return sqlError(tr("The paid invoice could not be looked up in the cache."), known.lastError());
        if (!known.next())
            continue;
        const qint64 share = std::clamp<qint64>(known.value(1).toLongLong(), 0, std::max<qint64>(left, 0));
        allocations.append(
            { allocations.isEmpty() ? key : QString(key + QLatin1Char(':') + QString::number(odooId)),
              known.value(0), share });
        left -= share;
    }
    if (!allocations.isEmpty())
        allocations.last().amountMinor += left;
    return allocations;
}

Result<PaymentWriter::Change> PaymentWriter::upsert(QSqlDatabase &db, const Allocation &allocation,
                                                    const QVariantList &common) const
{
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT 1 FROM payment WHERE system_id = ? AND external_id = ?"));
    existing.addBindValue(m_systemId);
    existing.addBindValue(allocation.externalId);
    if (!existing.exec())
        return sqlError(tr("The payment could not be read from the cache."), existing.lastError());
    const bool existed = existing.next();
    // modified_at and raw follow a change but do not make one: a re-read of the same payment is
    // "unchanged".
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO payment (system_id, external_id, invoice_id, amount_minor, customer_id, payment_date, "
        "currency, "
        "modified_at, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system_id, external_id) DO UPDATE "
        "SET "
        "invoice_id = excluded.invoice_id, amount_minor = excluded.amount_minor, customer_id = "
        "excluded.customer_id, "
        "payment_date = excluded.payment_date, currency = excluded.currency, modified_at = "
        "excluded.modified_at, "
        "raw = excluded.raw WHERE invoice_id IS NOT excluded.invoice_id OR amount_minor IS NOT "
        "excluded.amount_minor "
        "OR customer_id IS NOT excluded.customer_id OR payment_date IS NOT excluded.payment_date "
        "OR currency IS NOT excluded.currency"));
    for (const QVariant &value :
         QVariantList { m_systemId, allocation.externalId, allocation.invoiceId, allocation.amountMinor }
             + common)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(tr("The payment could not be saved in the cache."), query.lastError());
    if (query.numRowsAffected() == 0)
        return Change::None;
    return existed ? Change::Updated : Change::Created;
}

Result<qint64> PaymentWriter::removeOthers(QSqlDatabase &db, qint64 paymentId, const QStringList &kept) const
{
    const QString key = QString::number(paymentId);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("DELETE FROM payment WHERE system_id = ? AND (external_id = ? OR external_id LIKE ?) "
                       "AND external_id NOT IN (SELECT value FROM json_each(?))"));
    query.addBindValue(m_systemId);
    query.addBindValue(key);
    query.addBindValue(QString(key + QStringLiteral(":%")));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(kept)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return sqlError(tr("A payment no longer in Odoo could not be removed from the cache."),
                        query.lastError());
    return query.numRowsAffected();
}

} // namespace cw
