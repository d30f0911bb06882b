#include "invoicetotalmismatchrule.h"

#include "kpisql.h"
#include "sqlitereader.h"

#include <cstdlib>

namespace cw {

QString InvoiceTotalMismatchRule::id() const
{
    return QStringLiteral("invoice_total_mismatch");
}

QString InvoiceTotalMismatchRule::title() const
{
    return tr("Invoice total differs from its time");
}

QString InvoiceTotalMismatchRule::definition() const
{
    return tr("A customer invoice whose untaxed total differs from the value of the approved time and "
              "billable expenses it was made from (hours × bill rate, plus expenses) by more than one "
              "cent per timesheet line.");
}

Result<QList<ExceptionFinding>> InvoiceTotalMismatchRule::evaluate(const QSqlDatabase &db,
                                                                   const RuleContext &context) const
{
    // Source lines per invoice are summed from the covering period index (no table row read).
    SqliteReader reader(
        db,
        QStringLiteral("SELECT i.id, COALESCE(i.customer_id, 0), i.currency, i.amount_untaxed_minor, "
                       "%1, COALESCE(s.lines, 0), COALESCE(s.value, 0), COALESCE(x.amount, 0) FROM invoice i "
                       "LEFT JOIN (SELECT t.invoice_id AS invoice_id, COUNT(*) AS lines, SUM(%2) AS value "
                       "FROM timesheet_line t INDEXED BY timesheet_period WHERE t.status = 'approved' "
                       "AND t.billable = 1 AND t.invoice_id IS NOT NULL GROUP BY t.invoice_id) s "
                       "ON s.invoice_id = i.id "
                       "LEFT JOIN (SELECT e.invoice_id AS invoice_id, SUM(e.amount_minor) AS amount "
                       "FROM expense e WHERE e.invoice_id IS NOT NULL AND e.billable = 1 "
                       "GROUP BY e.invoice_id) x ON x.invoice_id = i.id "
                       "WHERE i.move_type = 'out_invoice' AND i.state <> 'cancel' "
                       "AND (s.invoice_id IS NOT NULL OR x.invoice_id IS NOT NULL) AND %1 <= ?")
            .arg(KpiSql::billedOn(QStringLiteral("i")), KpiSql::lineValue()));
    reader.bind(context.asOf);
    QList<ExceptionFinding> findings;
    auto done = reader.forEachRow([&findings](const SqliteReader &r) {
        const qint64 untaxed = r.int64(3);
        const qint64 lines = r.int64(5);
        const qint64 expected = r.int64(6) + r.int64(7);
        const qint64 difference = std::llabs(untaxed - expected);
        if (difference <= lines)
            return;
        const QString currency = r.text(2);
        ExceptionFinding finding;
        finding.subjectEntity = QStringLiteral("invoice");
        finding.subjectId = r.int64(0);
        finding.customerId = r.int64(1);
        finding.currency = currency;
        finding.amountMinor = difference;
        finding.occurredOn = r.date(4);
        finding.detail =
            tr("Untaxed total %1; its %n timesheet line(s) and expenses come to %2.", nullptr, int(lines))
                .arg(money(untaxed, currency), money(expected, currency));
        findings.append(finding);
    });
    if (!done)
        return done.error();
    return findings;
}

} // namespace cw
