// Benchmark of the invoice push: N placements with a month of approved billable time each
// (--lines per placement, 20 by default) in a real cache, pushed as draft invoices into the Odoo
// simulator over loopback HTTP by InvoicePlanner + InvoicePusher, as the sync engine does.
// Prints wall time of planning and pushing, HTTP round trips (per 50 records pushed, records =
// invoices + invoice lines) and the client's CPU per record: the pushing thread alone (cache
// reads and writes, request building, JSON) and the whole process minus the simulator's thread.
// The simulator runs in its own thread so its work is never counted as the client's.
//
// Build in Release and run: bench_syncpush [--placements 10000] [--lines 20] [--batch 100]
#include "cache/database.h"
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odooreply.h"
#include "sandbox/odoo/odooorm.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sandbox/odoo/odoostore.h"
#include "sync/invoiceplanner.h"
#include "sync/invoicepusher.h"

#include "cputime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
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
using cw::bench::processCpuSeconds;
using cw::bench::threadCpuSeconds;

namespace {

template<typename F> void onThreadOf(QObject *object, F function)
{
    QMetaObject::invokeMethod(object, function, Qt::BlockingQueuedConnection);
}

// Customers (one per ten placements) exist in Odoo and are linked; every placement has its lines
// approved, billable and unbilled in October 2026.
bool fillCache(const Database &db, int placements, int linesPerPlacement, const QList<qint64> &partners)
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
        if (!run(QStringLiteral("INSERT INTO system (id, kind, name, created_at, updated_at) VALUES "
                                "(1, 'staffing', 'Staffing', ?, ?), (2, 'odoo', 'Odoo', ?, ?)"),
                 { now, now, now, now }))
            return Error(Error::Category::Internal, q.lastError().text());
        for (qsizetype c = 0; c < partners.size(); ++c) {
            const qint64 id = c + 1;
            run(QStringLiteral("INSERT INTO customer (id, system_id, external_id, name, modified_at) VALUES (?, 1, ?, ?, ?)"),
                { id, QStringLiteral("C%1").arg(id), QStringLiteral("Customer %1").arg(id), now });
            run(QStringLiteral("INSERT INTO canonical_customer (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                { id, QStringLiteral("Customer %1").arg(id), now, now });
            run(QStringLiteral("INSERT INTO link (canonical_id, system_id, entity, external_id, method, decided_at) "
                               "VALUES (?, 1, 'customer', ?, 'auto', ?), (?, 2, 'customer', ?, 'auto', ?)"),
                { id, QStringLiteral("C%1").arg(id), now, id, QString::number(partners.at(c)), now });
        }
        QSqlQuery line(sql);
        line.prepare(QStringLiteral("INSERT INTO timesheet_line (system_id, external_id, placement_id, work_date, "
                                    "minutes, bill_rate_minor, currency, status, billable, modified_at) VALUES "
                                    "(1, ?, ?, ?, ?, ?, 'EUR', 'approved', 1, ?)"));
        for (int p = 1; p <= placements; ++p) {
            const qint64 rate = 9000 + (p % 40) * 250;
            if (!run(QStringLiteral("INSERT INTO placement (id, system_id, external_id, customer_id, job_title, "
                                    "start_date, bill_rate_minor, currency, modified_at) VALUES (?, 1, ?, ?, ?, "
                                    "'2026-01-01', ?, 'EUR', ?)"),
                     { p, QStringLiteral("P%1").arg(p), (p - 1) % partners.size() + 1,
                       QStringLiteral("Consultant %1").arg(p), rate, now }))
                return Error(Error::Category::Internal, q.lastError().text());
            for (int l = 0; l < linesPerPlacement; ++l) {
                line.addBindValue(QStringLiteral("T%1-%2").arg(p).arg(l));
                line.addBindValue(p);
                line.addBindValue(QDate(2026, 10, 1).addDays(l % 31).toString(Qt::ISODate));
                line.addBindValue(360 + (p + l) % 5 * 30);
                line.addBindValue(rate);
                line.addBindValue(now);
                if (!line.exec())
                    return Error(Error::Category::Internal, line.lastError().text());
            }
        }
        return {};
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
    const QCommandLineOption placementsOption(QStringLiteral("placements"), QStringLiteral("Placements."),
                                              QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Lines per placement."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Invoices per batch."),
                                         QStringLiteral("n"), QStringLiteral("100"));
    parser.addOptions({ placementsOption, linesOption, batchOption });
    parser.process(app);
    const int placements = parser.value(placementsOption).toInt();
    const int lines = parser.value(linesOption).toInt();

    QThread simulatorThread;
    auto *simulator = new OdooSimulator({});
    simulator->moveToThread(&simulatorThread);
    simulatorThread.start();
    QList<qint64> partners;
    QUrl url;
    onThreadOf(simulator, [&] {
        OdooEnv env;
        env.companyIds = { 1 };
        env.now = QDateTime::currentDateTimeUtc();
        QJsonArray values;
        for (int c = 0; c < std::max(1, placements / 10); ++c)
            values.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("Customer %1").arg(c + 1) },
                                        { QStringLiteral("is_company"), true } });
        partners = simulator->orm().create(QStringLiteral("res.partner"), values, env).valueOr({});
        url = simulator->listen().ok() ? simulator->url() : QUrl();
    });

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened || partners.isEmpty() || url.isEmpty())
        return 2;
    const Database &db = *opened.value();
    if (!fillCache(db, placements, lines, partners))
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

    double simulatorCpu = 0;
    onThreadOf(simulator, [&] { simulatorCpu = threadCpuSeconds(); });
    const double processStart = processCpuSeconds();
    const double threadStart = threadCpuSeconds();
    QElapsedTimer wall;
    wall.start();

    Result<InvoicePlanner::Summary> planned = InvoicePlanner(db, 2).plan();
    if (!planned)
        return 2;
    const qint64 planMs = wall.elapsed();
    const double planCpu = threadCpuSeconds() - threadStart;

    PushOptions options;
    options.batchSize = parser.value(batchOption).toInt();
    InvoicePusher pusher(db, &client, 2, options);
    QEventLoop loop;
    QObject::connect(&pusher, &InvoicePusher::finished, &loop, &QEventLoop::quit);
    pusher.start();
    loop.exec();
    const qint64 totalMs = wall.elapsed();
    const double threadCpu = threadCpuSeconds() - threadStart;
    const double processCpu = processCpuSeconds() - processStart;
    double simulatorEnd = 0;
    onThreadOf(simulator, [&] { simulatorEnd = threadCpuSeconds(); });
    const double clientProcessCpu = processCpu - (simulatorEnd - simulatorCpu);

    const InvoicePusher::Counts &counts = pusher.counts();
    QSqlQuery invoiced(db.connection());
    invoiced.exec(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE invoice_id IS NOT NULL"));
    invoiced.next();
    const qint64 linesPushed = invoiced.value(0).toLongLong();
    const qint64 records = counts.created + linesPushed;
    std::printf("placements %d, timesheet lines %lld, invoices planned %lld, batch %d\n", placements,
                static_cast<long long>(qint64(placements) * lines), static_cast<long long>(planned.value().planned),
                options.batchSize);
    std::printf("plan:  %8.2f s wall, %8.2f s CPU\n", double(planMs) / 1000.0, planCpu);
    std::printf("push:  %8.2f s wall (plan + push %.2f s)\n", double(totalMs - planMs) / 1000.0, double(totalMs) / 1000.0);
    std::printf("invoices created %lld, invoice lines %lld, dead %lld, retried %lld%s\n",
                static_cast<long long>(counts.created), static_cast<long long>(linesPushed),
                static_cast<long long>(counts.dead), static_cast<long long>(counts.retrying),
                pusher.error() ? qPrintable(QStringLiteral(", stopped: ") + pusher.error()->toString()) : "");
    std::printf("HTTP round trips %lld: %.3f per invoice, %.3f per 50 records (target <= 1)\n",
                static_cast<long long>(counts.requests), double(counts.requests) / double(std::max<qint64>(1, counts.created)),
                50.0 * double(counts.requests) / double(std::max<qint64>(1, records)));
    std::printf("client CPU, pushing thread: %.2f s = %.1f us per record (%.1f us per timesheet line)\n", threadCpu,
                1e6 * threadCpu / double(std::max<qint64>(1, records)),
                1e6 * threadCpu / double(std::max<qint64>(1, linesPushed)));
    std::printf("client CPU, process minus simulator thread: %.2f s = %.1f us per record\n", clientProcessCpu,
                1e6 * clientProcessCpu / double(std::max<qint64>(1, records)));
    std::printf("simulator CPU: %.2f s\n", simulatorEnd - simulatorCpu);

    onThreadOf(simulator, [&] { delete simulator; });
    simulatorThread.quit();
    simulatorThread.wait();
    return counts.created == planned.value().planned && linesPushed == qint64(placements) * lines ? 0 : 1;
}
