#include "kpitiles.h"

#include "kpidrilldowns.h"

namespace cw {

namespace {

struct MoneyFigure
{
    std::optional<double> value;
    QString currency;
    QStringList unconverted;
};

MoneyFigure moneyFigure(const MoneyTotal &total, const KpiFilter &filter, const QString &company)
{
    if (!filter.currency.isEmpty())
        return { double(total.in(filter.currency)), filter.currency, {} };
    if (!company.isEmpty())
        return { double(total.companyMinor), company, total.unconverted };
    if (total.byCurrency.isEmpty())
        return { 0.0, QString(), {} };
    if (total.byCurrency.size() == 1)
        return { double(total.byCurrency.first()), total.byCurrency.firstKey(), {} };
    return { std::nullopt, QString(), total.byCurrency.keys() };
}

std::optional<double> optionalDays(const std::optional<qint64> &days)
{
    return days ? std::optional<double>(double(*days)) : std::nullopt;
}

// The age bucket holding the oldest unbilled time: the lines to look at first.
DrillDown oldestDrill(const KpiFilter &filter, const UnbilledSummary &unbilled)
{
    const auto age = unbilled.oldestAgeDays();
    const int bucket = age ? AgeBuckets::bucketOf(*age) : -1;
    return KpiDrillDowns::unbilledTime(filter, KpiDrillDowns::Dimension::All, 0, bucket);
}

} // namespace

QString KpiTiles::key(KpiTile::Id id)
{
    switch (id) {
    case KpiTile::Id::UnbilledValue:
        return QStringLiteral("unbilled_value");
    case KpiTile::Id::UnbilledHours:
        return QStringLiteral("unbilled_hours");
    case KpiTile::Id::OldestUnbilledAge:
        return QStringLiteral("oldest_unbilled_age");
    case KpiTile::Id::OpenExceptions:
        return QStringLiteral("open_exceptions");
    case KpiTile::Id::OpenExceptionValue:
        return QStringLiteral("open_exception_value");
    case KpiTile::Id::FailedPushes:
        return QStringLiteral("failed_pushes");
    case KpiTile::Id::UnmatchedCustomers:
        return QStringLiteral("unmatched_customers");
    case KpiTile::Id::Dso:
        return QStringLiteral("dso");
    }
    return {};
}

QList<KpiTile> KpiTiles::build(const KpiFilter &filter, const QString &companyCurrency,
                               const Figures &current, const Figures &previous)
{
    auto tile = [](KpiTile::Id id, QString title, QString description, KpiTile::Unit unit,
                   std::optional<double> value, std::optional<double> before, DrillDown drill) {
        KpiTile t;
        t.id = id;
        t.key = key(id);
        t.title = std::move(title);
        t.description = std::move(description);
        t.unit = unit;
        t.value = value;
        t.previous = before;
        t.drill = std::move(drill);
        return t;
    };
    auto money = [&](KpiTile t, const MoneyTotal &now, const MoneyTotal &then) {
        const MoneyFigure a = moneyFigure(now, filter, companyCurrency);
        const MoneyFigure b = moneyFigure(then, filter, companyCurrency);
        t.value = a.value;
        t.previous = a.currency == b.currency ? b.value : std::nullopt;
        t.currency = a.currency;
        t.unconverted = a.unconverted;
        return t;
    };

    QList<KpiTile> tiles;
    tiles << money(tile(KpiTile::Id::UnbilledValue, tr("Unbilled value"),
                        tr("Approved, billable time not on an invoice, at its bill rates"),
                        KpiTile::Unit::Money, {}, {}, KpiDrillDowns::unbilledTime(filter)),
                   current.unbilled.total.total.value, previous.unbilled.total.total.value);
    tiles << tile(KpiTile::Id::UnbilledHours, tr("Unbilled hours"),
                  tr("Approved, billable hours not on an invoice"), KpiTile::Unit::Minutes,
                  double(current.unbilled.total.total.minutes), double(previous.unbilled.total.total.minutes),
                  KpiDrillDowns::unbilledTime(filter));
    tiles << tile(KpiTile::Id::OldestUnbilledAge, tr("Oldest unbilled"),
                  tr("Days since the work date of the oldest unbilled approved time"), KpiTile::Unit::Days,
                  optionalDays(current.unbilled.oldestAgeDays()),
                  optionalDays(previous.unbilled.oldestAgeDays()), oldestDrill(filter, current.unbilled));
    tiles << tile(KpiTile::Id::OpenExceptions, tr("Open exceptions"),
                  tr("Revenue exceptions open or acknowledged, not resolved"), KpiTile::Unit::Count,
                  double(current.exceptions.open), double(previous.exceptions.open),
                  KpiDrillDowns::openExceptions(filter));
    tiles << money(tile(KpiTile::Id::OpenExceptionValue, tr("Revenue at stake"),
                        tr("Amount at stake in the open revenue exceptions"), KpiTile::Unit::Money, {}, {},
                        KpiDrillDowns::openExceptions(filter)),
                   current.exceptions.openAmount, previous.exceptions.openAmount);
    tiles << tile(KpiTile::Id::FailedPushes, tr("Failed pushes"),
                  tr("Writes to other systems that failed and are open"), KpiTile::Unit::Count,
                  double(current.health.openFailedPushes), double(previous.health.openFailedPushes),
                  KpiDrillDowns::openFailedPushes(filter));
    tiles << tile(KpiTile::Id::UnmatchedCustomers, tr("Unmatched customers"),
                  tr("Customer records not linked in the crosswalk"), KpiTile::Unit::Count,
                  double(current.health.unmatchedCustomers), double(previous.health.unmatchedCustomers),
                  KpiDrillDowns::unmatchedCustomers(filter));
    tiles << tile(KpiTile::Id::Dso, tr("DSO"),
                  tr("Days sales outstanding: receivables ÷ revenue invoiced in the last %n days × %n",
                     nullptr, DsoFigure::kWindowDays),
                  KpiTile::Unit::Days, current.dso.days, previous.dso.days,
                  KpiDrillDowns::receivables(filter));
    return tiles;
}

} // namespace cw
