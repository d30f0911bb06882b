// Dashboard KPIs on a cache of about a million timesheet lines (issue 7's performance target:
// figures within 200 ms after a filter change, dashboard within 500 ms from opening).
//
// Usage: bench_kpi [--customers N] [--cache PATH] [--reuse] [--runs N]
// Fills PATH (default: a temporary file) with DemoDataGenerator (10,000 customers: about a
// million timesheet lines), reports its rate without and with the KPI indexes of schema 3
// (generated twice), then times the KPI engine:
// cold (new connection, nothing kept: what opening the dashboard costs), a new as-of date, and
// filter changes by customer, cost center and currency (the slice re-summed in memory), the
// finance KPIs; before that, two runs of every exception rule. Prints wall and CPU times (median
// and worst of --runs runs): on a shared machine the CPU time is the cost, the wall time the wait.

#include "kpi/exceptionrunner.h"
#include "kpi/kpiengine.h"
#include "kpibench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cw;
using namespace cw::bench;

namespace {

// A value of @p sql's first column (the slices the filter changes use), empty when none.
QString pick(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("customers"), QStringLiteral("Customers to generate."),
                       QStringLiteral("N"), QStringLiteral("10000") });
    parser.addOption({ QStringLiteral("cache"), QStringLiteral("Cache file to fill and measure."),
                       QStringLiteral("PATH") });
    parser.addOption(
        { QStringLiteral("reuse"), QStringLiteral("Measure an existing --cache without generating.") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs per measurement."), QStringLiteral("N"),
                       QStringLiteral("5") });
    parser.process(app);
    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("cache")) ? parser.value(QStringLiteral("cache"))
                                                               : dir.filePath(QStringLiteral("bench.sqlite"));
    const int customers = parser.value(QStringLiteral("customers")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (!parser.isSet(QStringLiteral("reuse"))) {
        if (!fillDemoCache(path, customers, 2) || !fillDemoCache(path, customers, 0))
            return 1;
    }

    KpiFilter filter;
    filter.asOf = kDemoAsOf;
    KpiFilter byCustomer = filter;
    KpiFilter byCostCenter = filter;
    KpiFilter byCurrency = filter;
    KpiFilter byBusinessUnit = filter;
    {
        auto db = Database::open(path);
        if (!db)
            return 1;
        byCustomer.customerIds = { pick(*db.value(),
                                        QStringLiteral("SELECT customer_id FROM placement "
                                                       "WHERE customer_id IS NOT NULL LIMIT 1"))
                                       .toLongLong() };
        byCostCenter.costCenter = pick(*db.value(),
                                       QStringLiteral("SELECT cost_center FROM placement GROUP BY 1 "
                                                      "ORDER BY COUNT(*) DESC LIMIT 1"));
        byCurrency.currency = pick(*db.value(),
                                   QStringLiteral("SELECT currency FROM placement GROUP BY 1 "
                                                  "ORDER BY COUNT(*) LIMIT 1"));
        byBusinessUnit.businessUnit = pick(*db.value(),
                                           QStringLiteral("SELECT business_unit FROM customer "
                                                          "WHERE business_unit <> '' GROUP BY 1 "
                                                          "ORDER BY COUNT(*) DESC LIMIT 1"));
        out() << "slices: customer " << byCustomer.customerIds.value(0) << ", cost center "
              << byCostCenter.costCenter << ", currency " << byCurrency.currency << ", business unit "
              << byBusinessUnit.businessUnit << Qt::endl;
    }
    KpiFilter longerPeriod = filter;
    longerPeriod.periodDays = 90;
    KpiFilter otherDate = filter;
    otherDate.asOf = kDemoAsOf.addDays(-7);

    {
        auto db = Database::open(path);
        if (!db)
            return 1;
        const auto clock = std::make_shared<ManualClock>(QDateTime(kDemoAsOf, QTime(6, 0), Qt::UTC));
        for (const char *name :
             { "exception rules, first run: evaluate + insert", "exception rules, next run" }) {
            Timing rules { QString::fromLatin1(name), {}, {} };
            rules.measure([&] {
                auto summary = ExceptionRunner(*db.value(), clock).run(RuleContext { kDemoAsOf, 7 });
                if (summary)
                    out() << "  exceptions found: " << summary.value().found << Qt::endl;
                return summary.ok();
            });
            report(rules);
        }
    }

    Timing cold { QStringLiteral("cold: open cache + full snapshot"), {}, {} };
    Timing period { QStringLiteral("filter change: period 30 -> 90 days"), {}, {} };
    Timing newDate { QStringLiteral("new as-of date (and its previous period)"), {}, {} };
    Timing customer { QStringLiteral("filter change: customer"), {}, {} };
    Timing costCenter { QStringLiteral("filter change: cost center"), {}, {} };
    Timing currency { QStringLiteral("filter change: currency"), {}, {} };
    Timing businessUnit { QStringLiteral("filter change: business unit"), {}, {} };
    Timing finance { QStringLiteral("finance KPIs (30-day period)"), {}, {} };
    KpiSnapshot last;
    for (int run = 0; run < runs; ++run) {
        std::unique_ptr<Database> db;
        std::unique_ptr<KpiEngine> engine;
        cold.measure([&] {
            auto opened = Database::open(path);
            if (!opened)
                return false;
            db = std::move(opened).value();
            engine = std::make_unique<KpiEngine>(*db);
            auto s = engine->snapshot(filter);
            if (s)
                last = s.value();
            return s.ok();
        });
        customer.measure([&] { return engine->snapshot(byCustomer).ok(); });
        costCenter.measure([&] { return engine->snapshot(byCostCenter).ok(); });
        currency.measure([&] { return engine->snapshot(byCurrency).ok(); });
        businessUnit.measure([&] { return engine->snapshot(byBusinessUnit).ok(); });
        period.measure([&] { return engine->snapshot(longerPeriod).ok(); });
        newDate.measure([&] { return engine->snapshot(otherDate).ok(); });
        finance.measure([&] { return engine->finance(filter).ok(); });
    }
    for (const Timing *t :
         { &cold, &customer, &costCenter, &currency, &businessUnit, &period, &newDate, &finance })
        report(*t);
    out() << "figures as of " << kDemoAsOf.toString(Qt::ISODate) << ":" << Qt::endl;
    for (const KpiTile &tile : last.tiles) {
        out() << "  " << tile.key << " = "
              << (tile.value ? QString::number(*tile.value, 'f', 1) : QStringLiteral("-")) << " (previous "
              << (tile.previous ? QString::number(*tile.previous, 'f', 1) : QStringLiteral("-")) << ")"
              << Qt::endl;
    }
    return 0;
}
