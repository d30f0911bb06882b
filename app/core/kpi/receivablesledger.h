#pragma once

#include "domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace cw {

/// The posted customer invoices and the payments against them, kept compactly in memory, and
/// per invoice what DSO needs as of any date: its receivable at the end of that day
/// (KpiSql::receivableAsOf() is the same rule in SQL: open today plus payments received after
/// the day, at most its total) and its total when it is dated inside the DSO window ending that
/// day.
///
/// Why in memory: every new as-of date read all invoices again (about 50,000 rows in the demo
/// cache, 50 to 150 ms); kept here, a date's facts take a millisecond.
/// Credit notes are not netted. Thread affinity: read() on the thread that owns @p db; a plain
/// value otherwise.
class ReceivablesLedger
{
public:
    struct Fact
    {
        qint64 invoiceId = 0;
        /// 0 when none.
        qint64 customerId = 0;
        qint64 placementId = 0;
        QString currency;
        qint64 receivableMinor = 0;
        /// amount_total_minor when dated in the window, else 0.
        qint64 windowRevenueMinor = 0;
    };

    static Result<ReceivablesLedger> read(const QSqlDatabase &db);

    /// The invoices posted on or before @p asOf with a receivable or dated in the @p windowDays
    /// days ending on it.
    std::vector<Fact> factsAsOf(const QDate &asOf, int windowDays) const;

private:
    struct Invoice
    {
        qint64 id = 0;
        qint64 customerId = 0;
        qint64 placementId = 0;
        QString currency;
        /// Julian day of invoice_date.
        qint64 day = 0;
        qint64 totalMinor = 0;
        qint64 residualMinor = 0;
    };
    struct Payment
    {
        /// Index into m_invoices.
        qsizetype invoice = 0;
        /// Julian day of payment_date.
        qint64 day = 0;
        qint64 amountMinor = 0;
    };

    Result<void> readInvoices(const QSqlDatabase &db);
    Result<void> readPayments(const QSqlDatabase &db);

    std::vector<Invoice> m_invoices;
    std::vector<Payment> m_payments;
};

} // namespace cw
