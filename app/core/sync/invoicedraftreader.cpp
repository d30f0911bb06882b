#include "invoicedraftreader.h"

#include "cache/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cw {

InvoiceDraftReader::InvoiceDraftReader(const Database &database, qint64 odooSystemId)
    : m_database(database)
    , m_systemId(odooSystemId)
{ }

InvoiceDraftReader::Queries::Queries(const QSqlDatabase &db)
    : placement(db)
    , lines(db)
    , expenses(db)
    , partner(db)
{
    placement.prepare(QStringLiteral(
        "SELECT p.id, p.job_title, p.currency, p.customer_id, c.name, c.system_id, c.external_id "
        "FROM placement p LEFT JOIN customer c ON c.id = p.customer_id "
        // The IN over the systems lets SQLite use the (system_id, external_id) index instead of a scan.
        "WHERE p.system_id IN (SELECT id FROM system) AND p.external_id = ? ORDER BY p.id LIMIT 1"));
    lines.setForwardOnly(true);
    lines.prepare(QStringLiteral(
        "SELECT id, external_id, work_date, minutes, bill_rate_minor, currency FROM timesheet_line "
        "WHERE placement_id = ? AND work_date >= ? AND work_date <= ? AND status = 'approved' AND billable = "
        "1 "
        "AND invoice_id IS NULL ORDER BY work_date, id"));
    expenses.setForwardOnly(true);
    expenses.prepare(QStringLiteral(
        "SELECT id, external_id, expense_date, category, description, amount_minor, currency FROM expense "
        "WHERE placement_id = ? AND expense_date >= ? AND expense_date <= ? AND status = 'approved' "
        "AND billable = 1 AND invoice_id IS NULL ORDER BY expense_date, id"));
    // Several Odoo partners linked to one customer are duplicates in Odoo; the oldest is the one kept.
    partner.prepare(QStringLiteral(
        "SELECT MIN(CAST(odoo.external_id AS INTEGER)) FROM link own JOIN link odoo ON odoo.canonical_id = "
        "own.canonical_id AND odoo.system_id = ? AND odoo.entity = 'customer' "
        "WHERE own.system_id = ? AND own.entity = 'customer' AND own.external_id = ?"));
}

Result<QList<InvoiceDraft>> InvoiceDraftReader::read(const QList<OutboxRow> &rows) const
{
    Queries queries(m_database.connection());
    QList<InvoiceDraft> drafts;
    drafts.reserve(rows.size());
    for (const OutboxRow &row : rows) {
        InvoiceDraft draft;
        draft.row = row;
        Result<void> done = readOne(queries, draft);
        if (!done)
            return done.error();
        drafts.append(std::move(draft));
    }
    return drafts;
}

Result<void> InvoiceDraftReader::readOne(Queries &queries, InvoiceDraft &draft) const
{
    const std::optional<InvoiceKey> key = InvoiceKey::parse(draft.row.key);
    if (!key) {
        draft.problem = Error(Error::Category::Internal,
                              tr("This outbox entry (%1) does not name a placement and month, so Crosswalk "
                                 "cannot tell what to invoice.")
                                  .arg(draft.row.key));
        return {};
    }
    draft.key = *key;
    QSqlQuery &placement = queries.placement;
    placement.addBindValue(key->placementExternalId);
    if (!placement.exec())
        return sqlError(tr("The placement could not be read."), placement.lastError());
    if (!placement.next()) {
        draft.problem =
            Error(Error::Category::Mapping,
                  tr("Placement %1 is no longer in the cache, so its invoice for %2 cannot be made. "
                     "Pull the staffing system again, or resolve this entry.")
                      .arg(key->placementExternalId, key->period));
        return {};
    }
    draft.placementId = placement.value(0).toLongLong();
    draft.jobTitle = placement.value(1).toString();
    draft.currency = placement.value(2).toString();
    draft.customerId = placement.value(3).toLongLong();
    draft.customerName = placement.value(4).toString().trimmed();
    Result<void> lines = readLines(queries.lines, draft);
    if (lines)
        lines = readExpenses(queries.expenses, draft);
    if (!lines)
        return lines;
    if (draft.problem)
        return {};
    Result<qint64> partner = draft.customerId == 0
        ? Result<qint64>(qint64(0))
        : partnerOf(queries.partner, placement.value(5).toLongLong(), placement.value(6).toString());
    if (!partner)
        return partner.error();
    draft.partnerId = partner.value();
    if (draft.partnerId == 0) {
        draft.problem =
            Error(Error::Category::Mapping,
                  tr("Customer %1 has no partner in Odoo, so the invoice for %2 (%3) has no one to bill. "
                     "Link the customer on the Unmatched page, then retry.")
                      .arg(draft.customerName.isEmpty() ? tr("(none)") : draft.customerName, draft.jobTitle,
                           key->period))
                .setCode(QStringLiteral("sync.customer_not_mapped"));
    }
    return {};
}

Result<void> InvoiceDraftReader::readLines(QSqlQuery &lines, InvoiceDraft &draft) const
{
    lines.addBindValue(draft.placementId);
    lines.addBindValue(draft.periodStart());
    lines.addBindValue(QString(draft.key.period + QStringLiteral("-31")));
    if (!lines.exec())
        return sqlError(tr("The timesheet lines could not be read."), lines.lastError());
    while (lines.next()) {
        InvoiceDraft::Line line;
        line.id = lines.value(0).toLongLong();
        line.externalId = lines.value(1).toString();
        line.workDate = lines.value(2).toString();
        line.minutes = lines.value(3).toLongLong();
        if (lines.value(4).isNull()) {
            draft.problem =
                Error(Error::Category::Mapping,
                      tr("The hours of %1 on %2 (%3) have no bill rate, so they cannot be invoiced. "
                         "Correct the rate of the placement or the timesheet, then retry.")
                          .arg(draft.customerName, line.workDate, draft.jobTitle))
                    .setCode(QStringLiteral("sync.rate_missing"));
        }
        line.rateMinor = lines.value(4).toLongLong();
        if (draft.currency.isEmpty())
            draft.currency = lines.value(5).toString();
        draft.lines.append(line);
    }
    return {};
}

Result<void> InvoiceDraftReader::readExpenses(QSqlQuery &expenses, InvoiceDraft &draft) const
{
    expenses.addBindValue(draft.placementId);
    expenses.addBindValue(draft.periodStart());
    expenses.addBindValue(QString(draft.key.period + QStringLiteral("-31")));
    if (!expenses.exec())
        return sqlError(tr("The billable expenses could not be read."), expenses.lastError());
    while (expenses.next()) {
        InvoiceDraft::Expense expense;
        expense.id = expenses.value(0).toLongLong();
        expense.externalId = expenses.value(1).toString();
        expense.date = expenses.value(2).toString();
        expense.category = expenses.value(3).toString();
        expense.description = expenses.value(4).toString();
        expense.amountMinor = expenses.value(5).toLongLong();
        const QString currency = expenses.value(6).toString();
        if (draft.currency.isEmpty())
            draft.currency = currency;
        // Converting would bill the customer at a rate nobody agreed to; a person decides.
        if (!currency.isEmpty() && currency != draft.currency && !draft.problem) {
            draft.problem =
                Error(Error::Category::Validation,
                      tr("The expense %1 of %2 on %3 (%4) is in %5, but the placement bills in %6, so it "
                         "cannot go on the invoice for %7. Correct the expense's currency in the staffing "
                         "system, or resolve this entry.")
                          .arg(expense.externalId, draft.customerName, expense.date, draft.jobTitle, currency,
                               draft.currency, draft.key.period))
                    .setCode(QStringLiteral("sync.currency_mismatch"));
        }
        draft.expenses.append(expense);
    }
    if (draft.lines.isEmpty() && draft.expenses.isEmpty() && !draft.problem) {
        draft.problem =
            Error(
                Error::Category::NotFound,
                tr("No approved hours or billable expenses of %1 are left to invoice.").arg(draft.key.period))
                .setCode(kNothingToBill);
    }
    return {};
}

Result<qint64> InvoiceDraftReader::partnerOf(QSqlQuery &query, qint64 customerSystem,
                                             const QString &customerExternalId) const
{
    if (customerSystem == m_systemId)
        return customerExternalId.toLongLong();
    query.addBindValue(m_systemId);
    query.addBindValue(customerSystem);
    query.addBindValue(customerExternalId);
    if (!query.exec() || !query.next())
        return sqlError(tr("The customer's links could not be read."), query.lastError());
    return query.value(0).toLongLong();
}

} // namespace cw
