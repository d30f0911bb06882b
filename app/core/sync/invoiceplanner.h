#pragma once

#include "domain/result.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <memory>

namespace cw {

class Database;

/// Plans draft customer invoices: approved billable timesheet lines (Source::Time) or approved
/// billable expenses (Source::Expenses) on no invoice, grouped per placement and billing month,
/// become one outbox row each (operation create_invoice, model account.move, key InvoiceKey).
/// Both sources plan the same key for the same month, so a month with time and expenses gets one
/// invoice carrying both (InvoiceDraftReader reads both when the row is pushed).
///
/// Only what the row represents is fixed here (placement, month): the lines, the Odoo partner,
/// product and tax are read when the row is pushed, so a person can fix a cause in the cache
/// (link the customer, correct a rate) and retry. A month whose invoice is not yet done gets no
/// second row (its push takes the new lines too); a month whose invoice is done and that has
/// new approved lines or expenses gets the next sequence. So planning twice plans nothing new.
/// Thread affinity: the calling thread's cache connection.
class InvoicePlanner
{
    Q_DECLARE_TR_FUNCTIONS(cw::InvoicePlanner)

public:
    /// What makes a placement-month worth an invoice.
    enum class Source { Time, Expenses };

    struct Summary
    {
        /// Placement-months with unbilled approved time (or expenses).
        qint64 groups = 0;
        /// New outbox rows.
        qint64 planned = 0;
        /// Groups already in the outbox and not yet done.
        qint64 waiting = 0;
    };

    static inline const QString kOperation = QStringLiteral("create_invoice");

    InvoicePlanner(const Database &database, qint64 odooSystemId, Source source = Source::Time,
                   std::shared_ptr<Clock> clock = Clock::system());

    /// Plans in one transaction.
    Result<Summary> plan() const;

private:
    const Database &m_database;
    qint64 m_systemId;
    Source m_source;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
