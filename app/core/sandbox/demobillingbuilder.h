#pragma once

#include "demodataset.h"

#include <vector>

namespace cw {

class DemoRandom;

/// Adds what billing makes of the staffing data: numbers the timesheet lines, adds expenses, and
/// creates the Odoo invoices of closed months (per placement and month, from the approved billable
/// time and expenses, so invoice totals match the lines they bill), a few cancelled and reissued,
/// drafts for the latest month, with payments (on time, late, partial, and some not matched to any
/// invoice). Months of customers Odoo does not know, and a few others, stay unbilled.
///
/// Works on the dataset it is given (placements and rates must be built). Not thread-safe.
class DemoBillingBuilder
{
public:
    /// A timesheet line worth a closer look (rate deviation, time after the end date).
    struct LineRef
    {
        qint64 lineId = 0;
        int placementIndex = 0;
        QDate workDate;
        int minutes = 0;
        qint64 billRateMinor = 0;
    };

    /// Approved billable work of a closed month that has no invoice.
    struct Unbilled
    {
        int placementIndex = 0;
        int month = 0;
        qint64 amountMinor = 0;
        int minutes = 0;
        int lines = 0;
        /// The company has no Odoo record, so no invoice can be addressed.
        bool noPartner = false;
    };

    /// What the operations data (exceptions, failed pushes, match candidates) builds on.
    struct Findings
    {
        std::vector<LineRef> deviatingRates;
        std::vector<LineRef> afterEnd;
        std::vector<Unbilled> unbilled;
        /// Approved billable value not on any invoice, per company index.
        std::vector<qint64> unbilledByCompany;
    };

    DemoBillingBuilder(DemoDataset &dataset, DemoRandom &random);

    /// Builds lines numbering, expenses, invoices and payments; returns the findings.
    Findings build();

private:
    struct MonthTotal
    {
        qint64 amountMinor = 0;
        int minutes = 0;
        int lines = 0;
    };

    void numberLines(Findings &findings);
    void addExpenses();
    void addExpense(int placementIndex, const QDate &from, const QDate &to);
    void addInvoices(Findings &findings);
    qint64 addInvoice(int placementIndex, int month, const MonthTotal &total, bool cancelled);
    void addPayments(DemoDataset::Invoice &invoice);
    void addPayment(const DemoDataset::Invoice &invoice, qint64 invoiceId, const QDate &date,
                    qint64 amountMinor);
    void addUnmatchedPayments();
    QByteArray rawInvoice(const DemoDataset::Invoice &invoice) const;
    MonthTotal &total(int placementIndex, int month);

    DemoDataset &m_data;
    DemoRandom &m_random;
    int m_months = 0;
    /// Invoiceable totals per placement and window month (placement-major).
    std::vector<MonthTotal> m_totals;
    qint64 m_nextInvoice = 1000;
    qint64 m_nextPayment = 500;
    qint64 m_nextExpense = 900000;
    int m_invoiceSequence = 0;
    int m_sequenceYear = 0;
    int m_paymentSequence = 0;
};

} // namespace cw
