#include "pagequeries.h"

#include "cache/database.h"
#include "failedpushqueries.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {

using Kind = QuerySpec::Kind;

QuerySpec::Column column(const QString &title, const QString &expression, Kind kind = Kind::Text,
                         bool filterable = false)
{
    QuerySpec::Column result;
    result.title = title;
    result.expression = expression;
    result.kind = kind;
    result.filterable = filterable;
    return result;
}

QuerySpec::Column money(const QString &title, const QString &amount, const QString &currency)
{
    QuerySpec::Column result = column(title, amount, Kind::Money);
    result.currencyExpression = currency;
    return result;
}

QHash<QString, QString> customerStatusLabels()
{
    return {
        { QStringLiteral("active"), PageQueries::tr("Active") },
        { QStringLiteral("archived"), PageQueries::tr("Archived") },
        { QStringLiteral("not_customer"), PageQueries::tr("Not a customer") },
    };
}

// Minutes of approved, billable, not yet invoiced time on the placements selected by
// @p placementCondition (a condition over placement alias `p`), for one row of a list.
// The unary plus keeps SQLite from driving the lookup through the invoice_id index: without
// statistics it takes "invoice_id IS NULL" for a selective key and reads every unbilled line of
// the cache once per row (seconds per page), instead of the few lines of the row's placements.
QString unbilledMinutesWhere(const QString &placementCondition)
{
    return QStringLiteral("(SELECT COALESCE(SUM(t.minutes), 0) FROM placement p "
                          "JOIN timesheet_line t ON t.placement_id = p.id "
                          "WHERE %1 AND t.status = 'approved' AND t.billable = 1 AND +t.invoice_id IS NULL)")
        .arg(placementCondition);
}

QString systemOrder()
{
    return QStringLiteral("CASE kind WHEN 'odoo' THEN 0 WHEN 'crm' THEN 1 WHEN 'staffing' THEN 2 ELSE 3 END");
}

} // namespace

Result<QList<PageQueries::System>> PageQueries::systems(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(
            QStringLiteral("SELECT id, kind, name, enabled FROM system ORDER BY %1, name COLLATE NOCASE")
                .arg(systemOrder()))) {
        return sqlError(tr("The list of systems could not be read from the cache."), query.lastError());
    }
    QList<System> result;
    while (query.next())
        result << System { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toBool() };
    return result;
}

QString PageQueries::kindTitle(const QString &kind)
{
    if (kind == QLatin1String("odoo"))
        return tr("Odoo");
    if (kind == QLatin1String("crm"))
        return tr("CRM");
    if (kind == QLatin1String("staffing"))
        return tr("Staffing platform");
    if (kind == QLatin1String("file"))
        return tr("File import");
    return kind;
}

QString PageQueries::syncStatusTitle(const QString &status)
{
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("succeeded"))
        return tr("Succeeded");
    if (status == QLatin1String("partial"))
        return tr("Partly failed");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("interrupted"))
        return tr("Interrupted");
    return status;
}

QString PageQueries::unmatchedCustomerCondition()
{
    return QStringLiteral(
               "c.status <> 'not_customer' AND NOT EXISTS (SELECT 1 FROM link ul "
               "WHERE ul.system_id = c.system_id AND ul.entity = '%1' AND ul.external_id = c.external_id)")
        .arg(customerEntity());
}

QString PageQueries::unbilledLineCondition()
{
    return QStringLiteral("t.status = 'approved' AND t.billable = 1 AND t.invoice_id IS NULL");
}

QString PageQueries::openExceptionCondition()
{
    return QStringLiteral("e.state <> 'resolved'");
}

QString PageQueries::openFailedPushCondition()
{
    return QStringLiteral("f.state = 'open'");
}

QuerySpec PageQueries::canonicalCustomers(const QList<System> &systems)
{
    QuerySpec spec;
    spec.id = QStringLiteral("customers/canonical");
    spec.from = QStringLiteral("canonical_customer cc");
    spec.idExpression = QStringLiteral("cc.id");
    spec.columns << column(tr("Customer"), QStringLiteral("cc.name"), Kind::Text, true);
    for (const System &system : systems) {
        QuerySpec::Column names =
            column(system.name,
                   QStringLiteral("(SELECT group_concat(c.name, '; ') FROM link l JOIN customer c "
                                  "ON c.system_id = l.system_id AND c.external_id = l.external_id "
                                  "WHERE l.canonical_id = cc.id AND l.entity = '%1' AND l.system_id = ?)")
                       .arg(customerEntity()),
                   Kind::Text, true);
        names.values << system.id;
        names.description =
            tr("Name of the linked record in %1 (%2)").arg(system.name, kindTitle(system.kind));
        spec.columns << names;
    }
    QuerySpec::Column records =
        column(tr("Records"),
               QStringLiteral("(SELECT COUNT(*) FROM link l WHERE l.canonical_id = cc.id "
                              "AND l.entity = '%1')")
                   .arg(customerEntity()),
               Kind::Count);
    records.description = tr("Customer records linked to this customer, across all systems");
    spec.columns << records;
    QuerySpec::Column unbilled =
        column(tr("Unbilled hours"),
               unbilledMinutesWhere(
                   QStringLiteral("p.customer_id IN (SELECT uc.id FROM link l JOIN customer uc "
                                  "ON uc.system_id = l.system_id AND uc.external_id = l.external_id "
                                  "WHERE l.canonical_id = cc.id AND l.entity = '%1')")
                       .arg(customerEntity())),
               Kind::Minutes);
    unbilled.description = tr("Approved, billable hours not yet on an invoice");
    spec.columns << unbilled;
    spec.columns << column(tr("Updated"), QStringLiteral("cc.updated_at"), Kind::DateTime);
    spec.defaultSortColumn = 0;
    return spec;
}

QuerySpec PageQueries::customerRecords()
{
    QuerySpec spec;
    spec.id = QStringLiteral("customers/records");
    spec.from = QStringLiteral("customer c JOIN system s ON s.id = c.system_id "
                               "LEFT JOIN link l ON l.system_id = c.system_id AND l.entity = '%1' "
                               "AND l.external_id = c.external_id "
                               "LEFT JOIN canonical_customer cc ON cc.id = l.canonical_id")
                    .arg(customerEntity());
    spec.idExpression = QStringLiteral("c.id");
    spec.columns << column(tr("Name"), QStringLiteral("c.name"), Kind::Text, true)
                 << column(tr("System"), QStringLiteral("s.name"), Kind::Text, true);
    QuerySpec::Column link = column(tr("Link"), QStringLiteral("COALESCE(l.method, 'none')"));
    link.labels = {
        { QStringLiteral("none"), tr("Not linked") },
        { QStringLiteral("auto"), tr("Linked automatically") },
        { QStringLiteral("review"), tr("Linked after review") },
        { QStringLiteral("manual"), tr("Linked by hand") },
        { QStringLiteral("import"), tr("Linked by import") },
    };
    link.description = tr("Whether the record is part of the crosswalk, and how the link was made");
    spec.columns << link << column(tr("Customer"), QStringLiteral("cc.name"), Kind::Text, true);
    QuerySpec::Column unbilled = column(
        tr("Unbilled hours"), unbilledMinutesWhere(QStringLiteral("p.customer_id = c.id")), Kind::Minutes);
    unbilled.description = tr("Approved, billable hours not yet on an invoice");
    QuerySpec::Column status = column(tr("Status"), QStringLiteral("c.status"));
    status.labels = customerStatusLabels();
    spec.columns << unbilled << column(tr("Country"), QStringLiteral("c.country"), Kind::Text, true)
                 << column(tr("City"), QStringLiteral("c.city"), Kind::Text, true)
                 << column(tr("VAT number"), QStringLiteral("c.vat"), Kind::Text, true) << status
                 << column(tr("Modified"), QStringLiteral("c.modified_at"), Kind::DateTime);
    spec.defaultSortColumn = 0;
    return spec;
}

QuerySpec PageQueries::syncRuns()
{
    QuerySpec spec;
    spec.id = QStringLiteral("sync-runs");
    spec.from = QStringLiteral("sync_run r LEFT JOIN system s ON s.id = r.system_id");
    spec.idExpression = QStringLiteral("r.id");
    QuerySpec::Column status = column(tr("Status"), QStringLiteral("r.status"), Kind::Text, true);
    status.labels = {
        { QStringLiteral("running"), tr("Running") },
        { QStringLiteral("succeeded"), tr("Succeeded") },
        { QStringLiteral("partial"), tr("Partly failed") },
        { QStringLiteral("failed"), tr("Failed") },
        { QStringLiteral("cancelled"), tr("Cancelled") },
        { QStringLiteral("interrupted"), tr("Interrupted") },
    };
    QuerySpec::Column duration = column(tr("Duration"),
                                        QStringLiteral("CASE WHEN r.finished_at IS NULL THEN NULL ELSE "
                                                       "CAST(ROUND((julianday(r.finished_at) - "
                                                       "julianday(r.started_at)) * 86400) AS INTEGER) END"),
                                        Kind::Seconds);
    spec.columns << column(tr("Started"), QStringLiteral("r.started_at"), Kind::DateTime)
                 << column(tr("Flow"), QStringLiteral("r.flow"), Kind::Text, true)
                 << column(tr("System"), QStringLiteral("s.name"), Kind::Text, true) << status << duration
                 << column(tr("Read"), QStringLiteral("r.read_count"), Kind::Count)
                 << column(tr("Created"), QStringLiteral("r.created_count"), Kind::Count)
                 << column(tr("Updated"), QStringLiteral("r.updated_count"), Kind::Count)
                 << column(tr("Skipped"), QStringLiteral("r.skipped_count"), Kind::Count)
                 << column(tr("Failed"), QStringLiteral("r.failed_count"), Kind::Count)
                 << column(tr("Message"), QStringLiteral("r.message"), Kind::Text, true);
    spec.defaultSortColumn = 0;
    spec.defaultSortOrder = Qt::DescendingOrder;
    return spec;
}

QuerySpec PageQueries::failedPushes(bool openOnly)
{
    return FailedPushQueries::list(openOnly ? FailedPushQueries::Rows::Open : FailedPushQueries::Rows::All,
                                   QDate::currentDate());
}

QuerySpec PageQueries::revenueExceptions(bool openOnly, const QDate &today)
{
    QuerySpec spec;
    spec.id = openOnly ? QStringLiteral("exceptions/open") : QStringLiteral("exceptions/all");
    spec.from = QStringLiteral("revenue_exception e LEFT JOIN customer c ON c.id = e.customer_id");
    spec.idExpression = QStringLiteral("e.id");
    if (openOnly)
        spec.where = openExceptionCondition();
    QuerySpec::Column age = column(tr("Age (days)"),
                                   QStringLiteral("CAST(julianday(?) - julianday(COALESCE(e.occurred_on, "
                                                  "substr(e.detected_at, 1, 10))) AS INTEGER)"),
                                   Kind::Days);
    age.values << today.toString(Qt::ISODate);
    age.description = tr("Days since the exception occurred");
    QuerySpec::Column state = column(tr("State"), QStringLiteral("e.state"));
    state.labels = {
        { QStringLiteral("open"), tr("Open") },
        { QStringLiteral("acknowledged"), tr("Acknowledged") },
        { QStringLiteral("resolved"), tr("Resolved") },
    };
    QuerySpec::Column amount =
        money(tr("Amount at stake"), QStringLiteral("e.amount_minor"), QStringLiteral("e.currency"));
    amount.description = tr("Revenue that is missing, late or at risk because of this exception");
    spec.columns << column(tr("Rule"), QStringLiteral("e.rule"), Kind::Text, true)
                 << column(tr("Customer"), QStringLiteral("c.name"), Kind::Text, true) << amount << age
                 << state << column(tr("Owner"), QStringLiteral("e.owner"), Kind::Text, true)
                 << column(tr("Detail"), QStringLiteral("e.detail"), Kind::Text, true);
    spec.defaultSortColumn = 2;
    spec.defaultSortOrder = Qt::DescendingOrder;
    return spec;
}

QuerySpec PageQueries::auditLog()
{
    QuerySpec spec;
    spec.id = QStringLiteral("audit-log");
    spec.from = QStringLiteral("audit_log a");
    spec.idExpression = QStringLiteral("a.id");
    spec.columns << column(tr("When"), QStringLiteral("a.at"), Kind::DateTime)
                 << column(tr("Who"), QStringLiteral("a.actor"), Kind::Text, true)
                 << column(tr("Action"), QStringLiteral("a.action"), Kind::Text, true)
                 << column(tr("Subject"),
                           QStringLiteral("CASE WHEN a.subject_id = '' THEN a.subject_type "
                                          "ELSE a.subject_type || ' ' || a.subject_id END"),
                           Kind::Text, true)
                 << column(tr("Before"), QStringLiteral("a.before_state"), Kind::Text, true)
                 << column(tr("After"), QStringLiteral("a.after_state"), Kind::Text, true);
    spec.defaultSortColumn = 0;
    spec.defaultSortOrder = Qt::DescendingOrder;
    return spec;
}

} // namespace cw
