#pragma once

#include "domain/result.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace cw {

class Database;

/// Writes customer payments read from Odoo (account.payment, inbound, customer) into the cache's
/// payment table of that Odoo, so paid per invoice, and through timesheet_line.invoice_id per
/// line, and DSO are known.
///
/// A payment row says how much of a payment went to one invoice (payment.invoice_id). A payment
/// that settles one invoice is one row keyed by the payment's id; one that settles several is
/// split over the invoices the cache knows, in Odoo's id order, each taking at most its total and
/// the last one the rest, the first keyed by the payment's id and the others by
/// "<payment id>:<invoice id>". A payment reconciled with no invoice is one row without an
/// invoice (an unallocated payment). Payments reconciled only with invoices the cache does not
/// hold are skipped, as are drafts; a payment cancelled or rejected in Odoo loses its rows, and
/// so does one deleted there, once a complete read shows it missing (removeMissing()).
///
/// PaymentWriter must be the only writer of the payment rows of its Odoo system: removeMissing()
/// deletes every such row whose payment a complete read of domain() did not return, so rows
/// written by anything else (another domain, another source) would go with them.
/// Thread affinity: any; writes through the calling thread's cache connection.
class PaymentWriter
{
    Q_DECLARE_TR_FUNCTIONS(cw::PaymentWriter)

public:
    struct Counts
    {
        qint64 read = 0;
        qint64 created = 0;
        /// Rows whose amount, invoice, customer, date or currency changed.
        qint64 updated = 0;
        /// Rows removed: of payments deleted or cancelled in Odoo, or of invoices a payment no
        /// longer settles.
        qint64 deleted = 0;
        qint64 skipped = 0;
    };

    PaymentWriter(const Database &database, qint64 systemId, int odooMajorVersion,
                  std::shared_ptr<Clock> clock = Clock::system());

    /// The account.payment fields store() reads.
    QStringList fields() const;
    /// The account.payment domain of customer receipts.
    static QJsonArray domain();
    /// Stores one page of account.payment records in one transaction and adds to @p counts.
    Result<void> store(const QJsonArray &records, Counts &counts) const;
    /// After a complete read of domain(): removes the rows of every payment not in @p seen (the
    /// ids read), i.e. payments deleted in Odoo, and adds them to counts.deleted. Never call it
    /// after a partial read: every payment not read yet would go.
    Result<void> removeMissing(const QSet<qint64> &seen, Counts &counts) const;

private:
    struct Allocation
    {
        QString externalId;
        QVariant invoiceId;
        qint64 amountMinor = 0;
    };

    Result<QList<Allocation>> allocate(QSqlDatabase &db, qint64 paymentId, qint64 amountMinor,
                                       const QJsonArray &invoices) const;
    Result<void> storePayment(QSqlDatabase &db, const QJsonObject &record, Counts &counts) const;
    enum class Change { None, Created, Updated };

    Result<Change> upsert(QSqlDatabase &db, const Allocation &allocation, const QVariantList &common) const;
    Result<qint64> removeOthers(QSqlDatabase &db, qint64 paymentId, const QStringList &kept) const;
    QString invoicesField() const;
    bool isEffective(const QString &state) const;

    const Database &m_database;
    qint64 m_systemId;
    int m_odooMajor;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
