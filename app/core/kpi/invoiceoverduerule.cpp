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
    auto done = forEachRow(reader, [&findings, &context](const SqliteReader &r) {
        const QString currency = r.text(2);
        ExceptionFinding finding;
        finding.subjectEntity = QStringLiteral("invoice");
        finding.subjectId = r.int64(0);
        finding.customerId = r.int64(1);
        finding.currency = currency;
        finding.amountMinor = r.int64(3);
        finding.occurredOn = r.date(4);
        const int days = int(finding.occurredOn.daysTo(context.asOf));
        finding.detail = tr("Invoice %1 was due on %2, %n day(s) ago; %3 is still open.", nullptr, days)
                             .arg(r.text(5), r.text(4), money(finding.amountMinor, currency));
        findings.append(finding);
    });
    if (!done)
        return done.error();
    return findings;
}

} // namespace cw
