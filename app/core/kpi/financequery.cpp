#include "financequery.h"

#include "currencyconverter.h"
#include "kpidirectory.h"
#include "kpifilter.h"
#include "kpisql.h"
#include "ratehistory.h"
#include "sqlitereader.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cw {

namespace {

qint64 valueOf(qint64 minutes, qint64 rate)
{
    return (minutes * rate + 30) / 60;
}

std::optional<double> percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return double(part) * 100.0 / double(whole);
}

// Invoices that had not billed their lines as of the date: cancelled, or billed later.
Result<QSet<qint64>> notYetBilling(const QSqlDatabase &db, const QDate &asOf)
{
    SqliteReader reader(db,
                        QStringLiteral("SELECT i.id FROM invoice i WHERE i.state = 'cancel' OR %1 > ?")
                            .arg(KpiSql::billedOn(QStringLiteral("i"))));
    reader.bind(asOf);
    QSet<qint64> ids;
    for (;;) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            return ids;
        ids.insert(reader.int64(0));
    }
}

// Which amount of a converted MoneyTotal the ratios use.
qint64 pick(const MoneyTotal &total, const KpiFilter &filter)
{
    return filter.currency.isEmpty() ? total.companyMinor : total.in(filter.currency);
}

} // namespace

Result<FinanceKpis> FinanceQuery::run(const QSqlDatabase &db, const KpiFilter &filter,
                                      const KpiDirectory &directory, const RateHistory &rates,
                                      const CurrencyConverter &converter)
{
    auto excluded = notYetBilling(db, filter.asOf);
    if (!excluded)
        return excluded.error();
    FinanceKpis kpis;
    kpis.from = filter.asOf.addDays(1 - filter.periodDays);
    kpis.to = filter.asOf;
    const auto scope = directory.customerScope(filter);
    SqliteReader reader(
        db,
        QStringLiteral("SELECT t.placement_id, t.work_date, t.billable, t.minutes, "
                       "t.bill_rate_minor, t.pay_rate_minor, COALESCE(t.invoice_id, 0), t.currency "
                       "FROM placement p CROSS JOIN timesheet_line t INDEXED BY timesheet_period "
                       "ON t.placement_id = p.id AND t.work_date > ? AND t.work_date <= ? "
                       "WHERE t.status = 'approved'"));
    reader.bind(filter.asOf.addDays(-filter.periodDays)).bind(filter.asOf);
    QHash<qint64, FinanceKpis::Placement> placements;
    for (;;) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const qint64 placementId = reader.int64(0);
        if (!directory.placementInSlice(placementId, scope, filter))
            continue;
        const QString currency = directory.amountCurrency(placementId, reader.text(7));
        if (!filter.currency.isEmpty() && currency != filter.currency)
            continue;
        const QDate workDate = reader.date(1);
        const qint64 minutes = reader.int64(3);
        FinanceKpis::Placement &p = placements[placementId];
        p.currency = currency;
        p.approvedMinutes += minutes;
        const auto pay = reader.isNull(5) ? rates.payRateOn(placementId, workDate) : reader.int64(5);
        if (pay)
            p.costMinor += valueOf(minutes, *pay);
        if (reader.int64(2) == 0)
            continue;
        p.billableMinutes += minutes;
        const auto standard = rates.billRateOn(placementId, workDate);
        const auto bill = reader.isNull(4) ? standard : reader.int64(4);
        if (bill)
            p.revenueMinor += valueOf(minutes, *bill);
        const qint64 invoice = reader.int64(6);
        if (invoice != 0 && !excluded.value().contains(invoice) && bill && standard) {
            kpis.billedValue.add(currency, valueOf(minutes, *bill));
            kpis.standardValue.add(currency, valueOf(minutes, *standard));
        }
    }
    for (auto it = placements.begin(); it != placements.end(); ++it) {
        FinanceKpis::Placement &p = it.value();
        p.id = it.key();
        p.label = directory.placementLabel(p.id);
        p.grossMarginPercent = percent(p.revenueMinor - p.costMinor, p.revenueMinor);
        p.billRateMinor = rates.billRateOn(p.id, filter.asOf);
        p.payRateMinor = rates.payRateOn(p.id, filter.asOf);
        if (p.billRateMinor && p.payRateMinor)
            p.spreadPerHourMinor = *p.billRateMinor - *p.payRateMinor;
        kpis.approvedMinutes += p.approvedMinutes;
        kpis.billableMinutes += p.billableMinutes;
        kpis.revenue.add(p.currency, p.revenueMinor);
        kpis.directCost.add(p.currency, p.costMinor);
        kpis.placements.append(p);
    }
    std::sort(kpis.placements.begin(), kpis.placements.end(),
              [](const FinanceKpis::Placement &a, const FinanceKpis::Placement &b) { return a.id < b.id; });
    for (MoneyTotal *total : { &kpis.billedValue, &kpis.standardValue, &kpis.revenue, &kpis.directCost })
        converter.convert(*total);
    kpis.utilisationPercent = percent(kpis.billableMinutes, kpis.approvedMinutes);
    kpis.realisationPercent = percent(pick(kpis.billedValue, filter), pick(kpis.standardValue, filter));
    const qint64 revenue = pick(kpis.revenue, filter);
    kpis.grossMarginPercent = percent(revenue - pick(kpis.directCost, filter), revenue);
    return kpis;
}

} // namespace cw
