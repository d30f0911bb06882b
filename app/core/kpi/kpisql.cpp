#include "kpisql.h"

namespace cw {

QString KpiSql::lineCurrency()
{
    return QStringLiteral("COALESCE(NULLIF(t.currency, ''), NULLIF(p.currency, ''), c.currency, '')");
}

QString KpiSql::lineRate(const QString &alias)
{
    return QStringLiteral(
               "COALESCE(%1.bill_rate_minor, "
               "(SELECT lr.bill_rate_minor FROM placement_rate lr WHERE lr.placement_id = %1.placement_id "
               "AND lr.effective_date <= %1.work_date AND lr.bill_rate_minor IS NOT NULL "
               "ORDER BY lr.effective_date DESC LIMIT 1), "
               "(SELECT lp.bill_rate_minor FROM placement lp WHERE lp.id = %1.placement_id))")
        .arg(alias);
}

QString KpiSql::lineValue(const QString &alias)
{
    return QStringLiteral("((%1.minutes * %2 + 30) / 60)").arg(alias, lineRate(alias));
}

QString KpiSql::billedOn(const QString &alias)
{
    return QStringLiteral("COALESCE(%1.invoice_date, substr(%1.modified_at, 1, 10))").arg(alias);
}

QString KpiSql::unbilledCondition()
{
    return QStringLiteral(
               "t.status = 'approved' AND t.billable = 1 AND t.work_date <= ? AND "
               "(t.invoice_id IS NULL OR EXISTS (SELECT 1 FROM invoice bi WHERE bi.id = t.invoice_id "
               "AND (bi.state = 'cancel' OR %1 > ?)))")
        .arg(billedOn(QStringLiteral("bi")));
}

QString KpiSql::customerScope(const QString &column, const KpiFilter &filter, QVariantList &values)
{
    // A seed condition selects customers; the union adds every customer linked to the same
    // canonical customer as a seed (the in-memory twin is KpiDirectory::customerScope()).
    auto expanded = [&column, &values](const QString &seed, const QVariantList &seedValues) {
        values << seedValues << seedValues;
        return QStringLiteral(
                   "%1 IN (SELECT sc.id FROM customer sc WHERE %2 UNION "
                   "SELECT lc.id FROM customer sc JOIN link sl ON sl.system_id = sc.system_id "
                   "AND sl.entity = 'customer' AND sl.external_id = sc.external_id "
                   "JOIN link ll ON ll.canonical_id = sl.canonical_id AND ll.entity = 'customer' "
                   "JOIN customer lc ON lc.system_id = ll.system_id AND lc.external_id = ll.external_id "
                   "WHERE %2)")
            .arg(column, seed);
    };
    QStringList conditions;
    if (!filter.customerIds.isEmpty()) {
        QStringList marks;
        QVariantList ids;
        for (const qint64 id : filter.customerIds) {
            marks << QStringLiteral("?");
            ids << id;
        }
        conditions << expanded(QStringLiteral("sc.id IN (%1)").arg(marks.join(QLatin1Char(','))), ids);
    }
    if (!filter.businessUnit.isEmpty())
        conditions << expanded(QStringLiteral("sc.business_unit = ?"), { filter.businessUnit });
    return conditions.join(QStringLiteral(" AND "));
}

namespace {

// Joins the non-empty conditions with AND.
QString allOf(const QStringList &conditions)
{
    QStringList present;
    for (const QString &c : conditions) {
        if (!c.isEmpty())
            present << c;
    }
    return present.join(QStringLiteral(" AND "));
}

QString equals(const QString &expression, const QString &value, QVariantList &values)
{
    if (value.isEmpty())
        return {};
    values << value;
    return expression + QStringLiteral(" = ?");
}

} // namespace

QString KpiSql::timesheetSlice(const KpiFilter &filter, QVariantList &values)
{
    const QString scope = customerScope(QStringLiteral("p.customer_id"), filter, values);
    const QString costCenter = equals(QStringLiteral("p.cost_center"), filter.costCenter, values);
    const QString currency = equals(lineCurrency(), filter.currency, values);
    return allOf({ scope, costCenter, currency });
}

QString KpiSql::invoiceSlice(const KpiFilter &filter, QVariantList &values)
{
    const QString scope = customerScope(QStringLiteral("i.customer_id"), filter, values);
    const QString costCenter = equals(QStringLiteral("p.cost_center"), filter.costCenter, values);
    const QString currency = equals(QStringLiteral("i.currency"), filter.currency, values);
    return allOf({ scope, costCenter, currency });
}

QString KpiSql::exceptionSlice(const KpiFilter &filter, QVariantList &values)
{
    const QString scope = customerScope(QStringLiteral("e.customer_id"), filter, values);
    const QString costCenter =
        equals(QStringLiteral("(SELECT xp.cost_center FROM placement xp WHERE xp.id = %1)")
                   .arg(exceptionPlacement()),
               filter.costCenter, values);
    const QString currency = equals(QStringLiteral("e.currency"), filter.currency, values);
    return allOf({ scope, costCenter, currency });
}

QString KpiSql::exceptionPlacement()
{
    return QStringLiteral(
        "(CASE e.subject_entity WHEN 'placement' THEN e.subject_id "
        "WHEN 'timesheet_line' THEN (SELECT xt.placement_id FROM timesheet_line xt WHERE xt.id = "
        "e.subject_id) "
        "WHEN 'invoice' THEN (SELECT xi.placement_id FROM invoice xi WHERE xi.id = e.subject_id) "
        "WHEN 'placement_rate' THEN (SELECT xr.placement_id FROM placement_rate xr WHERE xr.id = "
        "e.subject_id) "
        "WHEN 'expense' THEN (SELECT xe.placement_id FROM expense xe WHERE xe.id = e.subject_id) END)");
}

QString KpiSql::exceptionOpenAsOf()
{
    return QStringLiteral("substr(e.detected_at, 1, 10) <= ? AND (e.state <> 'resolved' OR "
                          "substr(e.updated_at, 1, 10) > ?)");
}

QString KpiSql::exceptionDate()
{
    return QStringLiteral("COALESCE(e.occurred_on, substr(e.detected_at, 1, 10))");
}

QString KpiSql::failedPushOpenAsOf()
{
    return QStringLiteral("substr(fp.first_seen, 1, 10) <= ? AND (fp.state = 'open' OR "
                          "substr(COALESCE(fp.resolved_at, ''), 1, 10) > ?)");
}

QString KpiSql::customerUnmatchedAsOf()
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM link ul WHERE ul.system_id = c.system_id "
                          "AND ul.entity = 'customer' AND ul.external_id = c.external_id "
                          "AND substr(ul.decided_at, 1, 10) <= ?)");
}

QString KpiSql::receivableAsOf()
{
    return QStringLiteral("MIN(i.amount_total_minor, i.amount_residual_minor + COALESCE((SELECT "
                          "SUM(rp.amount_minor) FROM payment rp WHERE rp.invoice_id = i.id AND "
                          "rp.payment_date > ?), 0))");
}

QString KpiSql::postedInvoiceBy()
{
    return QStringLiteral("i.move_type = 'out_invoice' AND i.state = 'posted' AND i.invoice_date <= ?");
}

} // namespace cw
