#include "receivablesledger.h"

#include "sqlitereader.h"

#include <QHash>

namespace cw {

Result<ReceivablesLedger> ReceivablesLedger::read(const QSqlDatabase &db)
{
    ReceivablesLedger ledger;
    if (auto done = ledger.readInvoices(db); !done)
        return done.error();
    if (auto done = ledger.readPayments(db); !done)
        return done.error();
    return ledger;
}

Result<void> ReceivablesLedger::readInvoices(const QSqlDatabase &db)
{
    // KpiSql::postedInvoiceBy() without its date, which factsAsOf() applies.
    SqliteReader reader(db,
                        QStringLiteral("SELECT id, COALESCE(customer_id, 0), COALESCE(placement_id, 0), "
                                       "currency, invoice_date, amount_total_minor, amount_residual_minor "
                                       "FROM invoice WHERE move_type = 'out_invoice' AND state = 'posted' "
                                       "AND invoice_date IS NOT NULL"));
    QByteArray lastCurrencyUtf8;
    QString lastCurrency;
    return reader.forEachRow([&](const SqliteReader &r) {
        const QDate date = r.date(4);
        if (!date.isValid())
            return;
        // Consecutive invoices mostly share a currency: share its string too.
        if (r.utf8(3) != QByteArrayView(lastCurrencyUtf8)) {
            lastCurrencyUtf8 = r.utf8(3).toByteArray();
            lastCurrency = QString::fromUtf8(lastCurrencyUtf8);
        }
        m_invoices.push_back(
            { r.int64(0), r.int64(1), r.int64(2), lastCurrency, date.toJulianDay(), r.int64(5), r.int64(6) });
    });
}

Result<void> ReceivablesLedger::readPayments(const QSqlDatabase &db)
{
    QHash<qint64, qsizetype> index;
    index.reserve(qsizetype(m_invoices.size()));
    for (qsizetype i = 0; i < qsizetype(m_invoices.size()); ++i)
        index.insert(m_invoices[size_t(i)].id, i);
    SqliteReader reader(db,
                        QStringLiteral("SELECT invoice_id, payment_date, amount_minor FROM payment "
                                       "WHERE invoice_id IS NOT NULL"));
    return reader.forEachRow([&](const SqliteReader &r) {
        const auto invoice = index.constFind(r.int64(0));
        const QDate date = r.date(1);
        // Payments of other invoices (drafts, credit notes) never count.
        if (invoice != index.constEnd() && date.isValid())
            m_payments.push_back({ invoice.value(), date.toJulianDay(), r.int64(2) });
    });
}

std::vector<ReceivablesLedger::Fact> ReceivablesLedger::factsAsOf(const QDate &asOf, int windowDays) const
{
    const qint64 day = asOf.toJulianDay();
    std::vector<qint64> paidLater(m_invoices.size(), 0);
    for (const Payment &payment : m_payments) {
        if (payment.day > day)
            paidLater[size_t(payment.invoice)] += payment.amountMinor;
    }
    std::vector<Fact> facts;
    for (size_t i = 0; i < m_invoices.size(); ++i) {
        const Invoice &invoice = m_invoices[i];
        if (invoice.day > day)
            continue;
        const qint64 receivable = std::min(invoice.totalMinor, invoice.residualMinor + paidLater[i]);
        const qint64 revenue = invoice.day > day - windowDays ? invoice.totalMinor : 0;
        if (receivable > 0 || revenue != 0)
            facts.push_back({ invoice.id, invoice.customerId, invoice.placementId, invoice.currency,
                              std::max<qint64>(0, receivable), revenue });
    }
    return facts;
}

} // namespace cw
