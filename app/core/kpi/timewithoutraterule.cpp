#include "timewithoutraterule.h"

#include "kpisql.h"
#include "sqlitereader.h"

namespace cw {

QString TimeWithoutRateRule::id() const
{
    return QStringLiteral("time_without_rate");
}

QString TimeWithoutRateRule::title() const
{
    return tr("Approved time without a rate");
}

QString TimeWithoutRateRule::definition() const
{
    return tr("Approved, billable time not yet invoiced whose placement has no bill rate for the work date, "
              "or that belongs to no placement. It cannot be invoiced until the placement has a rate.");
}

Result<QList<ExceptionFinding>> TimeWithoutRateRule::evaluate(const QSqlDatabase &db,
                                                              const RuleContext &context) const
{
    // Lines without a placement have nothing to group by: each is its own finding.
    SqliteReader reader(
        db,
        QStringLiteral(
            "SELECT COALESCE(t.placement_id, 0), CASE WHEN t.placement_id IS NULL THEN t.id ELSE 0 END, "
            "COALESCE(p.customer_id, 0), MAX(%1), SUM(t.minutes), "
            "SUM(COALESCE((t.minutes * t.bill_rate_minor + 30) / 60, 0)), MIN(t.work_date) "
            "FROM timesheet_line t INDEXED BY timesheet_unbilled "
            "LEFT JOIN placement p ON p.id = t.placement_id LEFT JOIN customer c ON c.id = p.customer_id "
            "WHERE t.status = 'approved' AND t.billable = 1 AND t.invoice_id IS NULL AND t.work_date <= ? "
            "AND (p.id IS NULL OR (p.bill_rate_minor IS NULL AND NOT EXISTS (SELECT 1 FROM placement_rate r "
            "WHERE r.placement_id = p.id AND r.bill_rate_minor IS NOT NULL AND r.effective_date <= "
            "t.work_date))) "
            "GROUP BY 1, 2")
            .arg(KpiSql::lineCurrency()));
    reader.bind(context.asOf);
    QList<ExceptionFinding> findings;
    auto done = reader.forEachRow([&findings](const SqliteReader &r) {
        const bool orphan = r.int64(0) == 0;
        ExceptionFinding finding;
        finding.subjectEntity = orphan ? QStringLiteral("timesheet_line") : QStringLiteral("placement");
        finding.subjectId = orphan ? r.int64(1) : r.int64(0);
        finding.customerId = r.int64(2);
        finding.currency = r.text(3);
        finding.amountMinor = r.int64(5);
        finding.occurredOn = r.date(6);
        finding.detail = orphan
            ? tr("%1 of approved time on %2 belongs to no placement.").arg(hours(r.int64(4)), r.text(6))
            : tr("%1 of approved time since %2 has no bill rate on its placement.")
                  .arg(hours(r.int64(4)), r.text(6));
        findings.append(finding);
    });
    if (!done)
        return done.error();
    return findings;
}

} // namespace cw
