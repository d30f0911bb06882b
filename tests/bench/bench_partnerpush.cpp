// Benchmark of the customers flow's push: N canonical customers known only to the CRM, each with
// a placement and an approved hour to bill, planned by PartnerPlanner and created in the Odoo
// simulator over loopback HTTP by PartnerPusher, as the sync engine does. Prints wall time,
// HTTP round trips per partner and the pushing thread's CPU per partner. The simulator runs in
// its own thread so its work is never counted as the client's.
//
// Run: bench_partnerpush [--customers 2000] [--batch 50]
#include "cache/database.h"
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odooreply.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sync/partnerplanner.h"
#include "sync/partnerpusher.h"

#include "cputime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace cw;
using cw::bench::threadCpuSeconds;

namespace {

template<typename F> void onThreadOf(QObject *object, F function)
{
    QMetaObject::invokeMethod(object, function, Qt::BlockingQueuedConnection);
}

bool fillCache(const Database &db, int customers)
{
    Result<void> done = db.transaction([&](QSqlDatabase &sql) -> Result<void> {
        QSqlQuery q(sql);
        const QString now = QStringLiteral("2026-11-01T00:00:00Z");
        const auto run = [&q](const QString &statement, const QVariantList &values) {
            q.prepare(statement);
            for (const QVariant &value : values)
                q.addBindValue(value);
            if (!q.exec())
                return Result<void>(Error(Error::Category::Internal, q.lastError().text()));
            return Result<void>();
        };
        Result<void> step =
            run(QStringLiteral("INSERT INTO system (id, kind, name, created_at, updated_at) VALUES "
                               "(1, 'crm', 'CRM', ?, ?), (2, 'odoo', 'Odoo', ?, ?)"),
                { now, now, now, now });
        for (int id = 1; step && id <= customers; ++id) {
            step =
                run(QStringLiteral("INSERT INTO customer (id, system_id, external_id, name, email, country, "
                                   "modified_at) VALUES (?, 1, ?, ?, ?, 'DE', ?)"),
                    { id, QStringLiteral("C%1").arg(id), QStringLiteral("Customer %1 GmbH").arg(id),
                      QStringLiteral("billing%1@example.com").arg(id), now });
            if (step)
                step = run(
                    QStringLiteral("INSERT INTO canonical_customer (id, name, created_at, updated_at) VALUES "
                                   "(?, ?, ?, ?)"),
                    { id, QStringLiteral("Customer %1").arg(id), now, now });
            if (step)
                step = run(
                    QStringLiteral("INSERT INTO link (canonical_id, system_id, entity, external_id, method, "
                                   "decided_at) VALUES (?, 1, 'customer', ?, 'auto', ?)"),
                    { id, QStringLiteral("C%1").arg(id), now });
            if (step)
                step = run(QStringLiteral(
                               "INSERT INTO placement (id, system_id, external_id, customer_id, job_title, "
                               "start_date, bill_rate_minor, currency, modified_at) VALUES (?, 1, ?, ?, "
                               "'Consultant', '2026-01-01', 9000, 'EUR', ?)"),
                           { id, QStringLiteral("P%1").arg(id), id, now });
            if (step)
                step = run(QStringLiteral("INSERT INTO timesheet_line (system_id, external_id, placement_id, "
                                          "work_date, minutes, bill_rate_minor, currency, status, billable, "
                                          "modified_at) VALUES (1, ?, ?, '2026-10-01', 480, 9000, 'EUR', "
                                          "'approved', 1, ?)"),
                           { QStringLiteral("T%1").arg(id), id, now });
        }
        return step;
    });
    if (!done)
        std::fprintf(stderr, "filling the cache failed: %s\n", qPrintable(done.error().toString()));
    return done.ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("New customers."),
                                             QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Partners per batch."),
                                         QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({ customersOption, batchOption });
    parser.process(app);
    const int customers = parser.value(customersOption).toInt();

    QThread simulatorThread;
    auto *simulator = new OdooSimulator({});
    simulator->moveToThread(&simulatorThread);
    simulatorThread.start();
    QUrl url;
    onThreadOf(simulator, [&] { url = simulator->listen().ok() ? simulator->url() : QUrl(); });

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened || url.isEmpty())
        return 2;
    const Database &db = *opened.value();
    if (!fillCache(db, customers))
        return 2;

    OdooConnectionSettings settings;
    settings.url = url;
    settings.database = simulator->options().database;
    settings.login = simulator->options().login;
    settings.secret = simulator->apiKey();
    settings.timeoutMs = 600000;
    OdooClient client(settings);
    {
        QEventLoop loop;
        OdooReply *reply = client.connectToServer();
        QObject::connect(reply, &OdooReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }

    const Result<qint64> planned = PartnerPlanner(db, 2).plan();
    if (!planned)
        return 2;
    const double threadStart = threadCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    PushOptions options;
    options.batchSize = parser.value(batchOption).toInt();
    PartnerPusher pusher(db, &client, 2, options);
    QEventLoop loop;
    QObject::connect(&pusher, &PartnerPusher::finished, &loop, &QEventLoop::quit);
    pusher.start();
    loop.exec();
    const double seconds = double(wall.elapsed()) / 1000.0;
    const double cpu = threadCpuSeconds() - threadStart;

    const PartnerPusher::Counts &counts = pusher.counts();
    const double perPartner = double(std::max<qint64>(1, counts.created + counts.updated));
    std::printf("customers %d, planned %lld, batch %d\n", customers, static_cast<long long>(planned.value()),
                options.batchSize);
    std::printf("push: %.2f s wall, created %lld, updated %lld, dead %lld, retried %lld%s\n", seconds,
                static_cast<long long>(counts.created), static_cast<long long>(counts.updated),
                static_cast<long long>(counts.dead), static_cast<long long>(counts.retrying),
                pusher.error() ? qPrintable(QStringLiteral(", stopped: ") + pusher.error()->toString()) : "");
    std::printf("HTTP round trips %lld: %.3f per partner\n", static_cast<long long>(counts.requests),
                double(counts.requests) / perPartner);
    std::printf("client CPU, pushing thread: %.2f s = %.1f us per partner\n", cpu, 1e6 * cpu / perPartner);

    onThreadOf(simulator, [&] { delete simulator; });
    simulatorThread.quit();
    simulatorThread.wait();
    return counts.created == planned.value() ? 0 : 1;
}
