// Benchmark of the projects and placements flows: N placements (one consultant for every two) and
// N/2 won deals of N/10 customers linked to Odoo partners, in a real cache, pushed into the Odoo
// simulator over loopback HTTP by ProjectPlanner + ProjectPusher, then PlacementPlanner +
// PlacementPusher, as the sync engine does. Prints per flow the wall time, HTTP round trips per
// 50 rows pushed, and the client's CPU per row (the pushing thread: cache reads and writes, request
// building, JSON). The simulator runs in its own thread so its work is never counted as the
// client's. A second run of both flows shows what a sync with nothing new costs.
//
// Build in Release and run: bench_setuppush [--placements 1000] [--batch 50]
#include "cache/database.h"
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odooreply.h"
#include "sandbox/odoo/odooorm.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sync/placementplanner.h"
#include "sync/placementpusher.h"
#include "sync/projectplanner.h"
#include "sync/projectpusher.h"

#include "cputime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace cw;
using cw::bench::threadCpuSeconds;

namespace {

bool fillCache(const Database &db, int placements, const QList<qint64> &partners)
{
    Result<void> done = db.transaction([&](QSqlDatabase &sql) -> Result<void> {
        QSqlQuery q(sql);
        const QString now = QStringLiteral("2026-11-01T00:00:00Z");
        const auto run = [&q](const QString &statement, const QVariantList &values) {
            q.prepare(statement);
            for (const QVariant &value : values)
                q.addBindValue(value);
            return q.exec();
        };
        bool ok = run(QStringLiteral("INSERT INTO system (id, kind, name, created_at, updated_at) VALUES (1, "
                                     "'staffing', 'Staffing', ?, ?), (2, 'odoo', 'Odoo', ?, ?), (3, 'crm', "
                                     "'CRM', ?, ?)"),
                      { now, now, now, now, now, now });
        for (qsizetype c = 0; ok && c < partners.size(); ++c) {
            const qint64 id = c + 1;
            const QString name = QStringLiteral("Customer %1").arg(id);
            ok = run(QStringLiteral(
                         "INSERT INTO customer (id, system_id, external_id, name, modified_at) VALUES "
                         "(?, 1, ?, ?, ?)"),
                     { id, QStringLiteral("C%1").arg(id), name, now })
                && run(QStringLiteral(
                           "INSERT INTO canonical_customer (id, name, created_at, updated_at) VALUES "
                           "(?, ?, ?, ?)"),
                       { id, name, now, now })
                && run(
                     QStringLiteral("INSERT INTO link (canonical_id, system_id, entity, external_id, method, "
                                    "decided_at) VALUES (?, 1, 'customer', ?, 'auto', ?), (?, 2, 'customer', "
                                    "?, 'auto', ?)"),
                     { id, QStringLiteral("C%1").arg(id), now, id, QString::number(partners.at(c)), now });
        }
        for (int p = 1; ok && p <= placements; ++p) {
            const qint64 customer = (p - 1) % partners.size() + 1;
            if (p % 2 == 1)
                ok = run(QStringLiteral("INSERT INTO consultant (id, system_id, external_id, name, email, "
                                        "modified_at) VALUES (?, 1, ?, ?, ?, ?)"),
                         { p, QStringLiteral("K%1").arg(p), QStringLiteral("Consultant %1").arg(p),
                           QStringLiteral("k%1@example.com").arg(p), now })
                    && run(QStringLiteral("INSERT INTO deal (system_id, external_id, customer_id, name, won, "
                                          "modified_at) VALUES (1, ?, ?, ?, 1, ?)"),
                           { QStringLiteral("D%1").arg(p), customer, QStringLiteral("Deal %1").arg(p), now });
            ok = ok
                && run(QStringLiteral("INSERT INTO placement (id, system_id, external_id, customer_id, "
                                      "consultant_id, job_title, start_date, bill_rate_minor, currency, "
                                      "modified_at) VALUES (?, 1, ?, ?, ?, ?, '2026-01-01', ?, 'EUR', ?)"),
                       { p, QStringLiteral("P%1").arg(p), customer, p - (p + 1) % 2,
                         QStringLiteral("Engineer %1").arg(p), 9000 + (p % 40) * 250, now });
        }
        if (!ok)
            return Error(Error::Category::Internal, q.lastError().text());
        return {};
    });
    if (!done)
        std::fprintf(stderr, "filling the cache failed: %s\n", qPrintable(done.error().toString()));
    return done.ok();
}

// Plans with @p plan, pushes with @p pusher and prints what it cost.
template<typename Plan> void measure(const char *name, Plan plan, LoadPusher &pusher, OdooClient &client)
{
    const double cpuStart = threadCpuSeconds();
    const qint64 requestsStart = client.requestCount();
    QElapsedTimer wall;
    wall.start();
    const Result<qint64> planned = plan();
    QEventLoop loop;
    bool ended = false; // a run with nothing to send ends inside start()
    QObject::connect(&pusher, &LoadPusher::finished, &loop, [&] {
        ended = true;
        loop.quit();
    });
    pusher.start();
    if (!ended)
        loop.exec();
    const double cpu = threadCpuSeconds() - cpuStart;
    const LoadPusher::Counts &counts = pusher.counts();
    const qint64 rows = counts.created + counts.updated;
    const qint64 requests = client.requestCount() - requestsStart;
    std::printf("%-11s planned %6lld, created %6lld, updated %6lld, dead %lld: %7.2f s wall, %5lld round "
                "trips (%.2f per 50 rows), %6.1f us client CPU per row\n",
                name, static_cast<long long>(planned.valueOr(-1)), static_cast<long long>(counts.created),
                static_cast<long long>(counts.updated), static_cast<long long>(counts.dead),
                double(wall.elapsed()) / 1000.0, static_cast<long long>(requests),
                rows > 0 ? double(requests) * 50.0 / double(rows) : 0.0,
                rows > 0 ? cpu * 1e6 / double(rows) : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption placementsOption(QStringLiteral("placements"), QStringLiteral("Placements."),
                                              QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Rows per batch."),
                                         QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({ placementsOption, batchOption });
    parser.process(app);
    const int placements = std::max(2, parser.value(placementsOption).toInt());
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    QThread simulatorThread;
    auto *simulator = new OdooSimulator({});
    simulator->moveToThread(&simulatorThread);
    simulatorThread.start();
    QList<qint64> partners;
    QUrl url;
    QMetaObject::invokeMethod(
        simulator,
        [&] {
            OdooEnv env;
            env.companyIds = { 1 };
            env.now = QDateTime::currentDateTimeUtc();
            QJsonArray values;
            for (int c = 0; c < std::max(1, placements / 10); ++c)
                values.append(
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("Customer %1").arg(c + 1) },
                                  { QStringLiteral("is_company"), true } });
            partners = simulator->orm().create(QStringLiteral("res.partner"), values, env).valueOr({});
            const bool product =
                simulator->orm()
                    .create(QStringLiteral("product.product"),
                            QJsonArray { QJsonObject {
                                { QStringLiteral("name"), QStringLiteral("Consulting") },
                                { QStringLiteral("default_code"), QStringLiteral("CONS-TM") } } },
                            env)
                    .ok();
            url = product && simulator->listen().ok() ? simulator->url() : QUrl();
        },
        Qt::BlockingQueuedConnection);

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened || partners.isEmpty() || url.isEmpty())
        return 2;
    const Database &db = *opened.value();
    if (!fillCache(db, placements, partners))
        return 2;

    OdooConnectionSettings settings;
    settings.url = url;
    settings.database = simulator->options().database;
    settings.login = simulator->options().login;
    settings.secret = simulator->apiKey();
    settings.timeoutMs = 600000;
    OdooClient client(settings);
    PushOptions options;
    options.batchSize = parser.value(batchOption).toInt();
    std::printf("placements %d, won deals %d, customers %lld, batch %d\n", placements, (placements + 1) / 2,
                static_cast<long long>(partners.size()), options.batchSize);
    for (const char *pass : { "first run", "second run" }) {
        std::printf("%s\n", pass);
        ProjectPusher projects(db, &client, 2, options);
        measure(
            "  projects", [&db] { return ProjectPlanner(db, 2).plan(); }, projects, client);
        PlacementPusher setups(db, &client, 2, options);
        measure(
            "  placements", [&db] { return PlacementPlanner(db, 2).plan(); }, setups, client);
    }
    QMetaObject::invokeMethod(
        simulator, [simulator] { delete simulator; }, Qt::BlockingQueuedConnection);
    simulatorThread.quit();
    simulatorThread.wait();
    return 0;
}
