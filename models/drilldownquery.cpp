#include "drilldownquery.h"

#include "domain/error.h"
#include "kpi/exceptionruleset.h"

namespace cw {

namespace {

using Kind = QuerySpec::Kind;

// Short names: the column lists below read as tables.
QuerySpec::Column col(const QString &title, const QString &expression, Kind kind = Kind::Text,
                      bool filterable = false)
{
    return QuerySpec::column(title, expression, kind, filterable);
}

QuerySpec::Column moneyCol(const QString &title, const QString &amount, const QString &currency)
{
    return QuerySpec::money(title, amount, currency);
}

QuerySpec::Column ageCol(const QString &expression, const QDate &asOf)
{
    QuerySpec::Column age = col(DrillDownQuery::tr("Age (days)"),
                                QStringLiteral("CAST(julianday(?) - julianday(%1) AS INTEGER)").arg(expression),
                                Kind::Days);
    age.values << asOf.toString(Qt::ISODate);
    return age;
}

QList<QuerySpec::Column> timesheetColumns(const QDate &asOf)
{
    const QString currency = QStringLiteral("COALESCE(NULLIF(t.currency, ''), p.currency)");
    QuerySpec::Column rate =
        moneyCol(DrillDownQuery::tr("Bill rate"), QStringLiteral("COALESCE(t.bill_rate_minor, p.bill_rate_minor)"), currency);
    QuerySpec::Column value = moneyCol(
        DrillDownQuery::tr("Value"),
        QStringLiteral("CAST(ROUND(t.minutes * COALESCE(t.bill_rate_minor, p.bill_rate_minor) / 60.0) AS INTEGER)"),
        currency);
    value.description = DrillDownQuery::tr("Hours × bill rate");
    return { col(DrillDownQuery::tr("Work date"), QStringLiteral("t.work_date"), Kind::Date),
             col(DrillDownQuery::tr("Customer"), QStringLiteral("c.name"), Kind::Text, true),
             col(DrillDownQuery::tr("Placement"), QStringLiteral("COALESCE(NULLIF(p.job_title, ''), p.external_id)"),
                 Kind::Text, true),
             col(DrillDownQuery::tr("Consultant"), QStringLiteral("k.name"), Kind::Text, true),
             col(DrillDownQuery::tr("Hours"), QStringLiteral("t.minutes"), Kind::Minutes),
             rate,
             value,
             ageCol(QStringLiteral("t.work_date"), asOf) };
}

QList<QuerySpec::Column> invoiceColumns()
{
    return { col(DrillDownQuery::tr("Number"), QStringLiteral("COALESCE(NULLIF(i.number, ''), i.external_id)"),
                 Kind::Text, true),
             col(DrillDownQuery::tr("Customer"), QStringLiteral("c.name"), Kind::Text, true),
             col(DrillDownQuery::tr("Invoice date"), QStringLiteral("i.invoice_date"), Kind::Date),
             col(DrillDownQuery::tr("Due date"), QStringLiteral("i.due_date"), Kind::Date),
             col(DrillDownQuery::tr("Payment"), QStringLiteral("i.payment_state"), Kind::Text, true),
             moneyCol(DrillDownQuery::tr("Total"), QStringLiteral("i.amount_total_minor"), QStringLiteral("i.currency")),
             moneyCol(DrillDownQuery::tr("Open amount"), QStringLiteral("i.amount_residual_minor"),
                      QStringLiteral("i.currency")) };
}

QList<QuerySpec::Column> exceptionColumns(const QDate &asOf)
{
    QuerySpec::Column rule = col(DrillDownQuery::tr("Rule"), QStringLiteral("e.rule"), Kind::Text, true);
    rule.labels = DrillDownQuery::ruleLabels();
    QuerySpec::Column state = col(DrillDownQuery::tr("State"), QStringLiteral("e.state"));
    state.labels = { { QStringLiteral("open"), DrillDownQuery::tr("Open") },
                     { QStringLiteral("acknowledged"), DrillDownQuery::tr("Acknowledged") },
                     { QStringLiteral("resolved"), DrillDownQuery::tr("Resolved") } };
    return { rule,
             col(DrillDownQuery::tr("Customer"), QStringLiteral("c.name"), Kind::Text, true),
             moneyCol(DrillDownQuery::tr("Amount at stake"), QStringLiteral("e.amount_minor"), QStringLiteral("e.currency")),
             ageCol(QStringLiteral("COALESCE(e.occurred_on, substr(e.detected_at, 1, 10))"), asOf),
             state,
             col(DrillDownQuery::tr("Owner"), QStringLiteral("e.owner"), Kind::Text, true),
             col(DrillDownQuery::tr("Detail"), QStringLiteral("e.detail"), Kind::Text, true) };
}

QList<QuerySpec::Column> failedPushColumns()
{
    QuerySpec::Column category = col(DrillDownQuery::tr("Category"), QStringLiteral("fp.category"), Kind::Text, true);
    for (int i = int(Error::Category::Network); i <= int(Error::Category::Internal); ++i) {
        const auto value = static_cast<Error::Category>(i);
        category.labels.insert(Error::categoryName(value), Error::categoryTitle(value));
    }
    return { category,
             col(DrillDownQuery::tr("System"), QStringLiteral("s.name"), Kind::Text, true),
             col(DrillDownQuery::tr("Message"), QStringLiteral("fp.message"), Kind::Text, true),
             col(DrillDownQuery::tr("First seen"), QStringLiteral("fp.first_seen"), Kind::DateTime),
             col(DrillDownQuery::tr("Last seen"), QStringLiteral("fp.last_seen"), Kind::DateTime),
             col(DrillDownQuery::tr("Attempts"), QStringLiteral("fp.attempts"), Kind::Count) };
}

QList<QuerySpec::Column> customerColumns()
{
    return { col(DrillDownQuery::tr("Name"), QStringLiteral("c.name"), Kind::Text, true),
             col(DrillDownQuery::tr("System"), QStringLiteral("s.name"), Kind::Text, true),
             col(DrillDownQuery::tr("City"), QStringLiteral("c.city"), Kind::Text, true),
             col(DrillDownQuery::tr("Country"), QStringLiteral("c.country"), Kind::Text, true),
             col(DrillDownQuery::tr("VAT"), QStringLiteral("c.vat"), Kind::Text, true),
             col(DrillDownQuery::tr("Business unit"), QStringLiteral("c.business_unit"), Kind::Text, true) };
}

QList<QuerySpec::Column> syncRunColumns()
{
    return { col(DrillDownQuery::tr("System"), QStringLiteral("s.name"), Kind::Text, true),
             col(DrillDownQuery::tr("Flow"), QStringLiteral("r.flow"), Kind::Text, true),
             col(DrillDownQuery::tr("Started"), QStringLiteral("r.started_at"), Kind::DateTime),
             col(DrillDownQuery::tr("Finished"), QStringLiteral("r.finished_at"), Kind::DateTime),
             col(DrillDownQuery::tr("Status"), QStringLiteral("r.status"), Kind::Text, true),
             col(DrillDownQuery::tr("Records read"), QStringLiteral("r.read_count"), Kind::Count) };
}

} // namespace

QHash<QString, QString> DrillDownQuery::ruleLabels()
{
    QHash<QString, QString> labels;
    for (const ExceptionRule *rule : ExceptionRuleSet::all())
        labels.insert(rule->id(), rule->title());
    return labels;
}

QuerySpec DrillDownQuery::spec(const DrillDown &drill, const QDate &asOf)
{
    QuerySpec spec;
    spec.id = QStringLiteral("drilldown/") + DrillDown::entityName(drill.entity);
    spec.from = drill.from;
    spec.idExpression = drill.idExpression;
    spec.where = drill.where;
    spec.whereValues = drill.values;
    switch (drill.entity) {
    case DrillDown::Entity::TimesheetLine:
        spec.columns = timesheetColumns(asOf);
        spec.defaultSortColumn = 0; // oldest work first: what to invoice first
        break;
    case DrillDown::Entity::Invoice:
        spec.columns = invoiceColumns();
        spec.defaultSortColumn = 6;
        spec.defaultSortOrder = Qt::DescendingOrder;
        break;
    case DrillDown::Entity::RevenueException:
        spec.columns = exceptionColumns(asOf);
        spec.defaultSortColumn = 2;
        spec.defaultSortOrder = Qt::DescendingOrder;
        break;
    case DrillDown::Entity::FailedPush:
        spec.columns = failedPushColumns();
        spec.defaultSortColumn = 3;
        break;
    case DrillDown::Entity::Customer:
        spec.columns = customerColumns();
        spec.defaultSortColumn = 0;
        break;
    case DrillDown::Entity::SyncRun:
        spec.columns = syncRunColumns();
        spec.defaultSortColumn = 2;
        spec.defaultSortOrder = Qt::DescendingOrder;
        break;
    }
    return spec;
}

} // namespace cw
