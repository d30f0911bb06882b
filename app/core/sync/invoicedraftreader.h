#pragma once

#include "domain/result.h"
#include "invoicedraft.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cw {

class Database;

/// Reads planned invoices from the cache at push time (see InvoiceDraft): the placement named by
/// the key, the Odoo partner of its customer through the crosswalk links, and the approved
/// billable timesheet lines and expenses of the month on no invoice. Problems a person must fix
/// (customer not linked to Odoo, placement gone, line without a bill rate, expense in another
/// currency than the placement's) are set on the draft, in a finance user's words.
/// Thread affinity: the calling thread's cache connection.
class InvoiceDraftReader
{
    Q_DECLARE_TR_FUNCTIONS(cw::InvoiceDraftReader)

public:
    static inline const QString kNothingToBill = QStringLiteral("sync.nothing_to_bill");

    InvoiceDraftReader(const Database &database, qint64 odooSystemId);

    Result<QList<InvoiceDraft>> read(const QList<OutboxRow> &rows) const;

private:
    /// The statements of one read(), prepared once for all its drafts: preparing four per draft
    /// took a tenth of the invoice push's CPU.
    struct Queries
    {
        explicit Queries(const QSqlDatabase &db);
        QSqlQuery placement;
        QSqlQuery lines;
        QSqlQuery expenses;
        QSqlQuery partner;
    };

    Result<void> readOne(Queries &queries, InvoiceDraft &draft) const;
    Result<void> readLines(QSqlQuery &lines, InvoiceDraft &draft) const;
    Result<void> readExpenses(QSqlQuery &expenses, InvoiceDraft &draft) const;
    Result<qint64> partnerOf(QSqlQuery &query, qint64 customerSystem,
                             const QString &customerExternalId) const;

    const Database &m_database;
    qint64 m_systemId;
};

} // namespace cw
