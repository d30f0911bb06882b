#include "timewithoutcustomerlinkrule.h"

#include "kpisql.h"
#include "sqlitereader.h"

namespace cw {

QString TimeWithoutCustomerLinkRule::id() const
{
    return QStringLiteral("time_without_customer_link");
}

QString TimeWithoutCustomerLinkRule::title() const
{
    return tr("Approved time of an unmapped customer");
}

QString TimeWithoutCustomerLinkRule::definition() const
{
    return tr("Approved, billable time not yet invoiced for a customer that is not linked in the crosswalk "
              "(or a placement that names no customer), so no Odoo customer can be invoiced for it.");
}

Result<QList<ExceptionFinding>> TimeWithoutCustomerLinkRule::evaluate(const QSqlDatabase &db,
                                                                      const RuleContext &context) const
{
    SqliteReader reader(
        db,
        QStringLiteral(
            "SELECT COALESCE(p.customer_id, 0), p.id, MAX(%1), SUM(t.minutes), "
            "SUM(COALESCE(%2, 0)), MIN(t.work_date) "
            "FROM timesheet_line t INDEXED BY timesheet_unbilled "
            "JOIN placement p ON p.id = t.placement_id LEFT JOIN customer c ON c.id = p.customer_id "
            "WHERE t.status = 'approved' AND t.billable = 1 AND t.invoice_id IS NULL "
            "AND t.work_date <= ? AND (c.id IS NULL OR NOT EXISTS (SELECT 1 FROM link l "
            "WHERE l.system_id = c.system_id AND l.entity = 'customer' "
            "AND l.external_id = c.external_id)) "
            "GROUP BY 1, CASE WHEN p.customer_id IS NULL THEN p.id ELSE 0 END")
            .arg(KpiSql::lineCurrency(), KpiSql::lineValue()));
    reader.bind(context.asOf);
    QList<ExceptionFinding> findings;
    auto done = reader.forEachRow([&findings](const SqliteReader &r) {
        const bool noCustomer = r.int64(0) == 0;
        ExceptionFinding finding;
        finding.subjectEntity = noCustomer ? QStringLiteral("placement") : QStringLiteral("customer");
        finding.subjectId = noCustomer ? r.int64(1) : r.int64(0);
        finding.customerId = r.int64(0);
        finding.currency = r.text(2);
        finding.amountMinor = r.int64(4);
        finding.occurredOn = r.date(5);
        finding.detail = noCustomer ? tr("%1 of approved time since %2 is on a placement without a customer.")
                                          .arg(hours(r.int64(3)), r.text(5))
                                    : tr("%1 of approved time since %2 waits for this customer to be linked.")
                                          .arg(hours(r.int64(3)), r.text(5));
        findings.append(finding);
    });
    if (!done)
        return done.error();
    return findings;
}

} // namespace cw
