#include "timeafterendrule.h"

#include "kpisql.h"
#include "sqlitereader.h"

namespace cw {

QString TimeAfterEndRule::id() const
{
    return QStringLiteral("time_after_end");
}

QString TimeAfterEndRule::title() const
{
    return tr("Time after the placement ended");
}

QString TimeAfterEndRule::definition() const
{
    return tr("Approved time worked after the end date of its placement, invoiced or not: either the "
              "placement was extended without updating its end date, or the time is booked on the wrong "
              "placement.");
}

ExceptionFinding TimeAfterEndRule::finding(const LateTime &late)
{
    const QString detail =
        tr("%1 of approved time from %2 on, after the end date %3.")
            .arg(hours(late.minutes), late.first.toString(Qt::ISODate), late.endDate.toString(Qt::ISODate));
    return { QStringLiteral("placement"),
             late.placementId,
             late.customerId,
             late.valueMinor,
             late.currency,
             late.first,
             detail };
}

Result<QList<ExceptionFinding>> TimeAfterEndRule::evaluate(const QSqlDatabase &db,
                                                           const RuleContext &context) const
{
    SqliteReader reader(db,
                        QStringLiteral("SELECT p.id, COALESCE(p.customer_id, 0), MAX(%1), SUM(t.minutes), "
                                       "SUM(COALESCE(%2, 0)), MIN(t.work_date), p.end_date "
                                       "FROM placement p JOIN timesheet_line t ON t.placement_id = p.id "
                                       "AND t.work_date > p.end_date "
                                       "LEFT JOIN customer c ON c.id = p.customer_id "
                                       "WHERE p.end_date IS NOT NULL AND t.status = 'approved' "
                                       "AND t.work_date <= ? GROUP BY p.id")
                            .arg(KpiSql::lineCurrency(), KpiSql::lineValue()));
    reader.bind(context.asOf);
    QList<ExceptionFinding> findings;
    auto done = reader.forEachRow([&findings](const SqliteReader &r) {
        findings.append(
            finding({ r.int64(0), r.int64(1), r.text(2), r.date(6), r.date(5), r.int64(3), r.int64(4) }));
    });
    if (!done)
        return done.error();
    return findings;
}

} // namespace cw
