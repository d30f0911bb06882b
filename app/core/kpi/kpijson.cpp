#include "kpijson.h"

#include "kpidrilldowns.h"

#include <QJsonArray>

#include <algorithm>

namespace cw {

namespace {

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString unitName(KpiTile::Unit unit)
{
    switch (unit) {
    case KpiTile::Unit::Money:
        return QStringLiteral("money");
    case KpiTile::Unit::Minutes:
        return QStringLiteral("minutes");
    case KpiTile::Unit::Days:
        return QStringLiteral("days");
    case KpiTile::Unit::Count:
        return QStringLiteral("count");
    }
    return {};
}

QJsonObject cell(const UnbilledSummary::Cell &c)
{
    return { { QStringLiteral("minutes"), c.minutes },
             { QStringLiteral("unrated_minutes"), c.unratedMinutes },
             { QStringLiteral("lines"), c.lines },
             { QStringLiteral("value"), KpiJson::toJson(c.value) },
             { QStringLiteral("oldest_work_date"), date(c.oldestWorkDate) } };
}

QJsonArray rows(const QList<UnbilledSummary::Row> &list, const KpiFilter &filter,
                KpiDrillDowns::Dimension dimension, int topRows)
{
    QJsonArray array;
    const qsizetype shown = topRows > 0 ? std::min<qsizetype>(topRows, list.size()) : list.size();
    for (const UnbilledSummary::Row &row : list.first(shown)) {
        QJsonObject buckets;
        for (int b = 0; b < AgeBuckets::kCount; ++b)
            buckets.insert(AgeBuckets::key(b), cell(row.buckets[b]));
        array.append(QJsonObject {
            { QStringLiteral("id"), row.id },
            { QStringLiteral("label"), row.label },
            { QStringLiteral("total"), cell(row.total) },
            { QStringLiteral("buckets"), buckets },
            { QStringLiteral("drill"),
              KpiJson::toJson(KpiDrillDowns::unbilledTime(filter, dimension, row.id, -1, row.label)) } });
    }
    return array;
}

QJsonObject unbilled(const UnbilledSummary &u, const KpiFilter &filter, int topRows)
{
    QJsonObject buckets;
    for (int b = 0; b < AgeBuckets::kCount; ++b)
        buckets.insert(AgeBuckets::key(b), cell(u.total.buckets[b]));
    return { { QStringLiteral("total"), cell(u.total.total) },
             { QStringLiteral("buckets"), buckets },
             { QStringLiteral("oldest_age_days"), optional(u.oldestAgeDays()) },
             { QStringLiteral("by_customer"),
               rows(u.byCustomer, filter, KpiDrillDowns::Dimension::Customer, topRows) },
             { QStringLiteral("by_customer_count"), u.byCustomer.size() },
             { QStringLiteral("by_placement"),
               rows(u.byPlacement, filter, KpiDrillDowns::Dimension::Placement, topRows) },
             { QStringLiteral("by_placement_count"), u.byPlacement.size() },
             { QStringLiteral("by_consultant"),
               rows(u.byConsultant, filter, KpiDrillDowns::Dimension::Consultant, topRows) },
             { QStringLiteral("by_consultant_count"), u.byConsultant.size() } };
}

QJsonObject exceptions(const ExceptionStats &e, const KpiFilter &filter)
{
    QJsonArray rules;
    for (int i = 0; i < e.byRule.size(); ++i) {
        QJsonArray weekly;
        for (const qint64 count : e.weekly[i].counts)
            weekly.append(count);
        rules.append(
            QJsonObject { { QStringLiteral("rule"), e.byRule[i].rule },
                          { QStringLiteral("title"), e.byRule[i].title },
                          { QStringLiteral("open"), e.byRule[i].open },
                          { QStringLiteral("amount"), KpiJson::toJson(e.byRule[i].amount) },
                          { QStringLiteral("weekly"), weekly },
                          { QStringLiteral("drill"),
                            KpiJson::toJson(KpiDrillDowns::openExceptions(filter, e.byRule[i].rule)) } });
    }
    QJsonArray weeks;
    for (const QDate &week : e.weekStarts)
        weeks.append(date(week));
    return { { QStringLiteral("open"), e.open },
             { QStringLiteral("open_amount"), KpiJson::toJson(e.openAmount) },
             { QStringLiteral("week_starts"), weeks },
             { QStringLiteral("rules"), rules } };
}

QJsonObject health(const IntegrationHealth &h, const KpiFilter &filter)
{
    QJsonArray categories;
    for (const IntegrationHealth::Category &c : h.failedByCategory) {
        QJsonArray ages;
        for (const qint64 count : c.byAge)
            ages.append(count);
        categories.append(
            QJsonObject { { QStringLiteral("category"), c.category },
                          { QStringLiteral("open"), c.open },
                          { QStringLiteral("by_age"), ages },
                          { QStringLiteral("oldest_first_seen"), date(c.oldestFirstSeen) },
                          { QStringLiteral("drill"),
                            KpiJson::toJson(KpiDrillDowns::openFailedPushes(filter, c.category)) } });
    }
    QJsonArray systems;
    for (const IntegrationHealth::System &s : h.systems) {
        systems.append(QJsonObject {
            { QStringLiteral("id"), s.id },
            { QStringLiteral("kind"), s.kind },
            { QStringLiteral("name"), s.name },
            { QStringLiteral("unmatched_customers"), s.unmatchedCustomers },
            { QStringLiteral("last_successful_sync"),
              s.lastSuccessfulSync.isValid() ? QJsonValue(s.lastSuccessfulSync.toUTC().toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("drill"), KpiJson::toJson(KpiDrillDowns::unmatchedCustomers(filter, s.id)) } });
    }
    return { { QStringLiteral("open_failed_pushes"), h.openFailedPushes },
             { QStringLiteral("failed_by_category"), categories },
             { QStringLiteral("unmatched_customers"), h.unmatchedCustomers },
             { QStringLiteral("systems"), systems } };
}

QJsonObject filterJson(const KpiFilter &f)
{
    QJsonArray customers;
    for (const qint64 id : f.customerIds)
        customers.append(id);
    return {
        { QStringLiteral("as_of"), date(f.asOf) },       { QStringLiteral("period_days"), f.periodDays },
        { QStringLiteral("customer_ids"), customers },   { QStringLiteral("business_unit"), f.businessUnit },
        { QStringLiteral("cost_center"), f.costCenter }, { QStringLiteral("currency"), f.currency }
    };
}

} // namespace

QJsonObject KpiJson::toJson(const MoneyTotal &money)
{
    QJsonObject byCurrency;
    for (auto it = money.byCurrency.cbegin(); it != money.byCurrency.cend(); ++it)
        byCurrency.insert(it.key(), it.value());
    return { { QStringLiteral("by_currency"), byCurrency },
             { QStringLiteral("company_minor"), money.companyMinor },
             { QStringLiteral("unconverted"), QJsonArray::fromStringList(money.unconverted) } };
}

QJsonObject KpiJson::toJson(const DrillDown &drill)
{
    return { { QStringLiteral("entity"), DrillDown::entityName(drill.entity) },
             { QStringLiteral("title"), drill.title },
             { QStringLiteral("from"), drill.from },
             { QStringLiteral("where"), drill.where },
             { QStringLiteral("values"), QJsonArray::fromVariantList(drill.values) } };
}

QJsonObject KpiJson::toJson(const KpiSnapshot &snapshot, int topRows)
{
    QJsonArray tiles;
    for (const KpiTile &tile : snapshot.tiles) {
        tiles.append(
            QJsonObject { { QStringLiteral("key"), tile.key },
                          { QStringLiteral("title"), tile.title },
                          { QStringLiteral("unit"), unitName(tile.unit) },
                          { QStringLiteral("value"), optional(tile.value) },
                          { QStringLiteral("previous"), optional(tile.previous) },
                          { QStringLiteral("change"), optional(tile.change()) },
                          { QStringLiteral("currency"), tile.currency },
                          { QStringLiteral("unconverted"), QJsonArray::fromStringList(tile.unconverted) },
                          { QStringLiteral("drill"), toJson(tile.drill) } });
    }
    const DsoFigure &dso = snapshot.dso;
    return { { QStringLiteral("filter"), filterJson(snapshot.filter) },
             { QStringLiteral("previous_as_of"), date(snapshot.filter.previousPeriod().asOf) },
             { QStringLiteral("company_currency"), snapshot.companyCurrency },
             { QStringLiteral("tiles"), tiles },
             { QStringLiteral("unbilled"), unbilled(snapshot.unbilled, snapshot.filter, topRows) },
             { QStringLiteral("exceptions"), exceptions(snapshot.exceptions, snapshot.filter) },
             { QStringLiteral("integration"), health(snapshot.health, snapshot.filter) },
             { QStringLiteral("dso"),
               QJsonObject { { QStringLiteral("days"), optional(dso.days) },
                             { QStringLiteral("window_days"), DsoFigure::kWindowDays },
                             { QStringLiteral("receivables"), toJson(dso.receivables) },
                             { QStringLiteral("revenue"), toJson(dso.revenue) } } } };
}

QJsonObject KpiJson::toJson(const FinanceKpis &finance)
{
    QJsonArray placements;
    for (const FinanceKpis::Placement &p : finance.placements) {
        placements.append(
            QJsonObject { { QStringLiteral("id"), p.id },
                          { QStringLiteral("label"), p.label },
                          { QStringLiteral("currency"), p.currency },
                          { QStringLiteral("approved_minutes"), p.approvedMinutes },
                          { QStringLiteral("billable_minutes"), p.billableMinutes },
                          { QStringLiteral("revenue_minor"), p.revenueMinor },
                          { QStringLiteral("cost_minor"), p.costMinor },
                          { QStringLiteral("gross_margin_percent"), optional(p.grossMarginPercent) },
                          { QStringLiteral("bill_rate_minor"), optional(p.billRateMinor) },
                          { QStringLiteral("pay_rate_minor"), optional(p.payRateMinor) },
                          { QStringLiteral("spread_per_hour_minor"), optional(p.spreadPerHourMinor) } });
    }
    return { { QStringLiteral("from"), date(finance.from) },
             { QStringLiteral("to"), date(finance.to) },
             { QStringLiteral("approved_minutes"), finance.approvedMinutes },
             { QStringLiteral("billable_minutes"), finance.billableMinutes },
             { QStringLiteral("utilisation_percent"), optional(finance.utilisationPercent) },
             { QStringLiteral("billed_value"), toJson(finance.billedValue) },
             { QStringLiteral("standard_value"), toJson(finance.standardValue) },
             { QStringLiteral("realisation_percent"), optional(finance.realisationPercent) },
             { QStringLiteral("revenue"), toJson(finance.revenue) },
             { QStringLiteral("direct_cost"), toJson(finance.directCost) },
             { QStringLiteral("gross_margin_percent"), optional(finance.grossMarginPercent) },
             { QStringLiteral("placements"), placements } };
}

} // namespace cw
