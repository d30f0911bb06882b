#include "invoiceoverduerule.h"

#include "sqlitereader.h"

namespace cw {

QString InvoiceOverdueRule::id() const
{
    return QStringLiteral("invoice_overdue");
}

QString InvoiceOverdueRule::title() const
{
    return tr("Invoice overdue");
}

QString InvoiceOverdueRule::definition() const
{
    return tr("A posted customer invoice that still has an amount open after its due date.");
}

ExceptionFinding InvoiceOverdueRule::finding(const Overdue &overdue, const QDate &asOf)
{
    const QString detail = tr("Invoice %1 was due on %2, %n day(s) ago; %3 is still open.", nullptr,
                              int(overdue.dueDate.daysTo(asOf)))
                               .arg(overdue.number, overdue.dueDate.toString(Qt::ISODate),
                                    money(overdue.residualMinor, overdue.currency));
    return { QStringLiteral("invoice"),
             overdue.invoiceId,
             overdue.customerId,
             overdue.residualMinor,
             overdue.currency,
             overdue.dueDate,
             detail };
}

Result<QList<ExceptionFinding>> InvoiceOverdueRule::evaluate(const QSqlDatabase &db,
                                                             const RuleContext &context) const
{
    SqliteReader reader(db,
                        QStringLiteral("SELECT i.id, COALESCE(i.customer_id, 0), i.currency, "
                                       "i.amount_residual_minor, i.due_date, "
                                       "COALESCE(NULLIF(i.number, ''), i.external_id) FROM invoice i "
                                       "WHERE i.move_type = 'out_invoice' AND i.state = 'posted' "
                                       "AND i.amount_residual_minor > 0 AND i.due_date < ?"));
    reader.bind(context.asOf);
    QList<ExceptionFinding> findings;
    auto done = reader.forEachRow([&findings, &context](const SqliteReader &r) {
        findings.append(
            finding({ r.int64(0), r.int64(1), r.text(2), r.text(5), r.date(4), r.int64(3) }, context.asOf));
    });
    if (!done)
        return done.error();
    return findings;
}

} // namespace cw
