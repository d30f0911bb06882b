#include "exceptionstats.h"

#include "currencyconverter.h"
#include "exceptionruleset.h"
#include "kpidirectory.h"
#include "kpifilter.h"

#include <QHash>

namespace cw {

namespace {

bool openOn(const ExceptionFactsQuery::Fact &fact, const QDate &asOf)
{
    return fact.detectedOn <= asOf && (!fact.resolvedOn.isValid() || fact.resolvedOn > asOf);
}

} // namespace

ExceptionStats ExceptionStats::build(const std::vector<ExceptionFactsQuery::Fact> &facts,
                                     const KpiDirectory &directory, const KpiFilter &filter,
                                     const CurrencyConverter &converter)
{
    ExceptionStats stats;
    stats.asOf = filter.asOf;
    const QDate lastMonday = filter.asOf.addDays(1 - filter.asOf.dayOfWeek());
    for (int week = kWeeks - 1; week >= 0; --week)
        stats.weekStarts.append(lastMonday.addDays(-7 * week));
    QHash<QString, int> index;
    auto ruleIndex = [&](const QString &rule) {
        const auto it = index.constFind(rule);
        if (it != index.constEnd())
            return it.value();
        stats.byRule.append({ rule, ExceptionRuleSet::title(rule), 0, {} });
        stats.weekly.append({ rule, ExceptionRuleSet::title(rule), QList<qint64>(kWeeks, 0) });
        index.insert(rule, int(stats.byRule.size() - 1));
        return int(stats.byRule.size() - 1);
    };
    for (const ExceptionRule *rule : ExceptionRuleSet::all())
        ruleIndex(rule->id());
    const auto scope = directory.customerScope(filter);
    const QDate first = stats.weekStarts.constFirst();
    for (const ExceptionFactsQuery::Fact &fact : facts) {
        if (!fact.detectedOn.isValid() || fact.detectedOn > filter.asOf
            || !directory.factInSlice(fact.customerId, fact.currency, fact.placementId, scope, filter))
            continue;
        const int i = ruleIndex(fact.rule);
        if (openOn(fact, filter.asOf)) {
            ++stats.byRule[i].open;
            stats.byRule[i].amount.add(fact.currency, fact.amountMinor);
            ++stats.open;
            stats.openAmount.add(fact.currency, fact.amountMinor);
        }
        if (fact.chartedOn >= first && fact.chartedOn <= filter.asOf)
            ++stats.weekly[i].counts[int(first.daysTo(fact.chartedOn) / 7)];
    }
    converter.convert(stats.openAmount);
    for (Rule &rule : stats.byRule)
        converter.convert(rule.amount);
    return stats;
}

} // namespace cw
