#include "kpidrilldowns.h"

#include "agebuckets.h"
#include "integrationhealth.h"
#include "kpisql.h"

#include <QLocale>

#include <algorithm>

namespace cw {

namespace {

QString fromClause(DrillDown::Entity entity)
{
    switch (entity) {
    case DrillDown::Entity::TimesheetLine:
        return QStringLiteral("timesheet_line t LEFT JOIN placement p ON p.id = t.placement_id "
                              "LEFT JOIN customer c ON c.id = p.customer_id "
                              "LEFT JOIN consultant k ON k.id = p.consultant_id");
    case DrillDown::Entity::Invoice:
        return QStringLiteral("invoice i LEFT JOIN customer c ON c.id = i.customer_id "
                              "LEFT JOIN placement p ON p.id = i.placement_id");
    case DrillDown::Entity::RevenueException:
        return QStringLiteral("revenue_exception e LEFT JOIN customer c ON c.id = e.customer_id");
    case DrillDown::Entity::FailedPush:
        return QStringLiteral("failed_push fp LEFT JOIN system s ON s.id = fp.system_id "
                              "LEFT JOIN outbox o ON o.id = fp.outbox_id");
    case DrillDown::Entity::Customer:
        return QStringLiteral("customer c JOIN system s ON s.id = c.system_id");
    case DrillDown::Entity::SyncRun:
        return QStringLiteral("sync_run r LEFT JOIN system s ON s.id = r.system_id");
    }
    return {};
}

QString idColumn(DrillDown::Entity entity)
{
    switch (entity) {
    case DrillDown::Entity::TimesheetLine:
        return QStringLiteral("t.id");
    case DrillDown::Entity::Invoice:
        return QStringLiteral("i.id");
    case DrillDown::Entity::RevenueException:
        return QStringLiteral("e.id");
    case DrillDown::Entity::FailedPush:
        return QStringLiteral("fp.id");
    case DrillDown::Entity::Customer:
        return QStringLiteral("c.id");
    case DrillDown::Entity::SyncRun:
        return QStringLiteral("r.id");
    }
    return {};
}

// "p.customer_id = ?" for a group, "IS NULL" for the group of records without one.
void addGroup(const QString &column, qint64 id, QStringList &conditions, QVariantList &values)
{
    if (id == 0) {
        conditions << column + QStringLiteral(" IS NULL");
        return;
    }
    conditions << column + QStringLiteral(" = ?");
    values << id;
}

// Adds the slice condition of @p slice (a KpiSql slice function) when the filter narrows.
void addSlice(QString (*slice)(const KpiFilter &, QVariantList &), const KpiFilter &filter,
              QStringList &conditions, QVariantList &values)
{
    const QString condition = slice(filter, values);
    if (!condition.isEmpty())
        conditions << condition;
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

DrillDown KpiDrillDowns::make(DrillDown::Entity entity, const QStringList &conditions, QVariantList values,
                              QString title)
{
    DrillDown drill;
    drill.entity = entity;
    drill.from = fromClause(entity);
    drill.idExpression = idColumn(entity);
    drill.where = conditions.isEmpty() ? QStringLiteral("1 = 1") : conditions.join(QStringLiteral(" AND "));
    drill.values = std::move(values);
    drill.title = std::move(title);
    return drill;
}

DrillDown KpiDrillDowns::unbilledTime(const KpiFilter &filter, Dimension dimension, qint64 id, int bucket,
                                      const QString &label)
{
    QStringList conditions { KpiSql::unbilledCondition() };
    QVariantList values { filter.asOf.toString(Qt::ISODate), filter.asOf.toString(Qt::ISODate) };
    switch (dimension) {
    case Dimension::All:
        break;
    case Dimension::Customer:
        addGroup(QStringLiteral("p.customer_id"), id, conditions, values);
        break;
    case Dimension::Placement:
        addGroup(QStringLiteral("t.placement_id"), id, conditions, values);
        break;
    case Dimension::Consultant:
        addGroup(QStringLiteral("p.consultant_id"), id, conditions, values);
        break;
    }
    if (bucket >= 0) {
        const auto [earliest, latest] = AgeBuckets::workDates(filter.asOf, bucket);
        conditions << QStringLiteral("t.work_date <= ?");
        values << latest.toString(Qt::ISODate);
        if (earliest.isValid()) {
            conditions << QStringLiteral("t.work_date >= ?");
            values << earliest.toString(Qt::ISODate);
        }
    }
    addSlice(&KpiSql::timesheetSlice, filter, conditions, values);
    QString title;
    if (label.isEmpty() && bucket < 0)
        title = tr("Unbilled approved time as of %1").arg(dateText(filter.asOf));
    else if (bucket < 0)
        title = tr("Unbilled approved time of %1 as of %2").arg(label, dateText(filter.asOf));
    else if (label.isEmpty())
        title =
            tr("Unbilled approved time, %1, as of %2").arg(AgeBuckets::title(bucket), dateText(filter.asOf));
    else
        title = tr("Unbilled approved time of %1, %2, as of %3")
                    .arg(label, AgeBuckets::title(bucket), dateText(filter.asOf));
    return make(DrillDown::Entity::TimesheetLine, conditions, values, title);
}

DrillDown KpiDrillDowns::openExceptions(const KpiFilter &filter, const QString &rule)
{
    QStringList conditions { KpiSql::exceptionOpenAsOf() };
    QVariantList values { filter.asOf.toString(Qt::ISODate), filter.asOf.toString(Qt::ISODate) };
    if (!rule.isEmpty()) {
        conditions << QStringLiteral("e.rule = ?");
        values << rule;
    }
    addSlice(&KpiSql::exceptionSlice, filter, conditions, values);
    return make(DrillDown::Entity::RevenueException, conditions, values,
                tr("Revenue exceptions open as of %1").arg(dateText(filter.asOf)));
}

DrillDown KpiDrillDowns::exceptionsInWeek(const KpiFilter &filter, const QString &rule,
                                          const QDate &weekStart)
{
    const QDate weekEnd = std::min(weekStart.addDays(6), filter.asOf);
    QStringList conditions { KpiSql::exceptionDate() + QStringLiteral(" BETWEEN ? AND ?"),
                             QStringLiteral("substr(e.detected_at, 1, 10) <= ?") };
    QVariantList values { weekStart.toString(Qt::ISODate), weekEnd.toString(Qt::ISODate),
                          filter.asOf.toString(Qt::ISODate) };
    if (!rule.isEmpty()) {
        conditions << QStringLiteral("e.rule = ?");
        values << rule;
    }
    addSlice(&KpiSql::exceptionSlice, filter, conditions, values);
    return make(DrillDown::Entity::RevenueException, conditions, values,
                tr("Revenue exceptions of the week of %1").arg(dateText(weekStart)));
}

DrillDown KpiDrillDowns::openFailedPushes(const KpiFilter &filter, const QString &category, int ageBucket)
{
    QStringList conditions { KpiSql::failedPushOpenAsOf() };
    QVariantList values { filter.asOf.toString(Qt::ISODate), filter.asOf.toString(Qt::ISODate) };
    if (!category.isEmpty()) {
        conditions << QStringLiteral("fp.category = ?");
        values << category;
    }
    if (ageBucket >= 0) {
        const auto [earliest, latest] = IntegrationHealth::firstSeenDates(filter.asOf, ageBucket);
        conditions << QStringLiteral("substr(fp.first_seen, 1, 10) <= ?");
        values << latest.toString(Qt::ISODate);
        if (earliest.isValid()) {
            conditions << QStringLiteral("substr(fp.first_seen, 1, 10) >= ?");
            values << earliest.toString(Qt::ISODate);
        }
    }
    return make(DrillDown::Entity::FailedPush, conditions, values,
                tr("Failed pushes open as of %1").arg(dateText(filter.asOf)));
}

DrillDown KpiDrillDowns::unmatchedCustomers(const KpiFilter &filter, qint64 systemId)
{
    QStringList conditions { KpiSql::customerUnmatchedAsOf() };
    QVariantList values { filter.asOf.toString(Qt::ISODate) };
    if (systemId != 0) {
        conditions << QStringLiteral("c.system_id = ?");
        values << systemId;
    }
    return make(DrillDown::Entity::Customer, conditions, values,
                tr("Customers without a crosswalk link as of %1").arg(dateText(filter.asOf)));
}

DrillDown KpiDrillDowns::receivables(const KpiFilter &filter)
{
    QStringList conditions { KpiSql::postedInvoiceBy(), KpiSql::receivableAsOf() + QStringLiteral(" > 0") };
    QVariantList values { filter.asOf.toString(Qt::ISODate), filter.asOf.toString(Qt::ISODate) };
    addSlice(&KpiSql::invoiceSlice, filter, conditions, values);
    return make(DrillDown::Entity::Invoice, conditions, values,
                tr("Invoices open as of %1").arg(dateText(filter.asOf)));
}

DrillDown KpiDrillDowns::invoicedRevenue(const KpiFilter &filter, int windowDays)
{
    QStringList conditions { KpiSql::postedInvoiceBy(), QStringLiteral("i.invoice_date > ?") };
    QVariantList values { filter.asOf.toString(Qt::ISODate),
                          filter.asOf.addDays(-windowDays).toString(Qt::ISODate) };
    addSlice(&KpiSql::invoiceSlice, filter, conditions, values);
    return make(DrillDown::Entity::Invoice, conditions, values,
                tr("Invoices dated in the %n days up to %1", nullptr, windowDays).arg(dateText(filter.asOf)));
}

DrillDown KpiDrillDowns::successfulSyncs(const KpiFilter &filter, qint64 systemId)
{
    const QStringList conditions { QStringLiteral("r.system_id = ?"),
                                   QStringLiteral("r.status = 'succeeded'"),
                                   QStringLiteral("substr(r.finished_at, 1, 10) <= ?") };
    return make(DrillDown::Entity::SyncRun, conditions, { systemId, filter.asOf.toString(Qt::ISODate) },
                tr("Successful syncs up to %1").arg(dateText(filter.asOf)));
}

DrillDown KpiDrillDowns::periodTime(const KpiFilter &filter, qint64 placementId)
{
    QStringList conditions { QStringLiteral("t.status = 'approved'"),
                             QStringLiteral("t.placement_id IS NOT NULL"), QStringLiteral("t.work_date > ?"),
                             QStringLiteral("t.work_date <= ?") };
    QVariantList values { filter.asOf.addDays(-filter.periodDays).toString(Qt::ISODate),
                          filter.asOf.toString(Qt::ISODate) };
    if (placementId != 0) {
        conditions << QStringLiteral("t.placement_id = ?");
        values << placementId;
    }
    addSlice(&KpiSql::timesheetSlice, filter, conditions, values);
    return make(DrillDown::Entity::TimesheetLine, conditions, values,
                tr("Approved time worked from %1 to %2")
                    .arg(dateText(filter.asOf.addDays(1 - filter.periodDays)), dateText(filter.asOf)));
}

} // namespace cw
