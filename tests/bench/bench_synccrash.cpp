// Crash safety of `crosswalkctl sync`: starts `crosswalkctl sandbox` (Odoo simulator with faults)
// and a demo cache of the same seed, then runs `crosswalkctl sync --flow FLOWS` (projects,
// placements, timesheets and expenses unless --flows says otherwise) again and
// again, killing it with SIGKILL at a random moment each time (at least --kills times), restarts
// it, and finally lets it run to the end. Between runs it keeps work coming by fixing rows that
// wait for a person (linking their customer to an Odoo partner, as the Failed pushes page does). Then it
// stops the sandbox (which saves Odoo's state), loads that state and checks, printing each:
//   - Odoo holds at most one invoice per key (placement and month) and exactly the invoices the
//     cache has as done;
//   - invoiced minutes in Odoo (lines of the hours product) equal the minutes of the cache's lines
//     on those invoices; every line is on the hours or the expense product;
//   - each approved billable expense is on exactly one invoice at its amount: Odoo's expense lines
//     and their sum equal the cache's invoiced expenses;
//   - no approved billable line or expense is left unbilled except under a row that needs a
//     person (dead);
//   - no outbox row is left pending, failed or in flight; nothing in the cache was lost;
//   - no sync run is left "running": each one a kill cut off is closed as interrupted;
//   - Odoo holds exactly one project per won deal pushed, and one analytic account, sale order and
//     order line per placement set up (the outbox rows done), each under one external id, with no
//     copy of them (same name and partner, code, order reference or order) made by a re-send.
// Exits 1 when an invariant does not hold.
//
// Usage: bench_synccrash [--kills 50] [--customers 60] [--seed 3] [--faults SPEC] [--ctl PATH]
//                        [--flows projects,placements,timesheets,expenses]
#include "cache/database.h"
#include "odooinvoicetotals.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sandbox/odoo/odoostore.h"
#include "sync/connectionprofile.h"
#include "sync/invoicekey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace cw;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        std::fprintf(stderr, "query failed: %s\n", qPrintable(sql));
        return -1;
    }
    return query.value(0).toLongLong();
}

bool check(bool ok, const QString &what, qint64 actual, qint64 expected)
{
    std::printf("%-60s %10lld %10lld  %s\n", qPrintable(what), static_cast<long long>(actual),
                static_cast<long long>(expected), ok ? "ok" : "VIOLATED");
    return ok;
}

int runCtl(const QString &ctl, const QStringList &arguments, const QProcessEnvironment &env, int killAfterMs,
           bool *killed)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(ctl, arguments);
    if (!process.waitForStarted())
        return -1;
    *killed = false;
    if (killAfterMs > 0 && !process.waitForFinished(killAfterMs)) {
        process.kill(); // SIGKILL: no handler, no cleanup, as a crash or power loss
        *killed = true;
    }
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// Gives the next runs work to be killed in: links the customers of a few rows that wait for a
// person (customer not in Odoo) to an Odoo partner and queues them again, as the Failed pushes
// page does after such a fix. Returns how many rows were queued.
qint64 refill(const QString &cachePath, int rows)
{
    auto opened = Database::open(cachePath);
    if (!opened)
        return 0;
    const Database &db = *opened.value();
    if (scalar(
            db,
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'failed', 'in_flight')"))
        > 0)
        return 0;
    qint64 queued = 0;
    Result<void> done = db.transaction([&](QSqlDatabase &sql) -> Result<void> {
        QSqlQuery dead(sql);
        dead.prepare(QStringLiteral(
            "SELECT o.id, p.customer_id FROM outbox o JOIN placement p ON o.idempotency_key "
            "LIKE 'odoo:invoice:' || p.external_id || ':%' WHERE o.state = 'dead' AND "
            "o.last_error_category = 'mapping' AND p.customer_id IS NOT NULL ORDER BY o.id LIMIT ?"));
        dead.addBindValue(rows);
        if (!dead.exec())
            return Error(Error::Category::Internal, dead.lastError().text());
        QList<std::pair<qint64, qint64>> found;
        while (dead.next())
            found.append({ dead.value(0).toLongLong(), dead.value(1).toLongLong() });
        QSqlQuery q(sql);
        for (const auto &[outbox, customer] : found) {
            // "Link the customer": join it to a canonical customer that has a partner in Odoo.
            q.prepare(QStringLiteral(
                "INSERT INTO link (canonical_id, system_id, entity, external_id, method, decided_at) "
                "SELECT (SELECT canonical_id FROM link WHERE system_id = (SELECT id FROM system "
                "WHERE kind = 'odoo') AND entity = 'customer' ORDER BY random() LIMIT 1), "
                "system_id, 'customer', external_id, 'manual', '2025-01-01' FROM customer "
                "WHERE id = ? ON CONFLICT (system_id, entity, external_id) DO UPDATE SET "
                "canonical_id = excluded.canonical_id"));
            q.addBindValue(customer);
            if (!q.exec())
                return Error(Error::Category::Internal, q.lastError().text());
            q.prepare(
                QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE id = ?"));
            q.addBindValue(outbox);
            if (!q.exec())
                return Error(Error::Category::Internal, q.lastError().text());
            ++queued;
        }
        return {};
    });
    return done ? queued : 0;
}

// Records of @p model under a Crosswalk external id whose key starts with @p keyPrefix; adds to
// @p twice the records that have more than one such id.
QSet<qint64> crosswalkRecords(OdooSimulator &odoo, const QString &model, const QString &keyPrefix, int *twice)
{
    QHash<qint64, int> ids;
    const QString prefix = InvoiceKey::xmlName(keyPrefix);
    for (const auto &[id, values] : odoo.store().table(QStringLiteral("ir.model.data"))) {
        Q_UNUSED(id)
        if (values.value(QStringLiteral("module")).toString() == InvoiceKey::kModule
            && values.value(QStringLiteral("model")).toString() == model
            && values.value(QStringLiteral("name")).toString().startsWith(prefix))
            ++ids[static_cast<qint64>(values.value(QStringLiteral("res_id")).toDouble())];
    }
    QSet<qint64> records;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        records.insert(it.key());
        *twice += it.value() > 1 ? 1 : 0;
    }
    return records;
}

// Records of @p model that are not among @p ours but share @p fields' values with one of them:
// copies a write sent again made without its external id.
int strayCopies(OdooSimulator &odoo, const QString &model, const QSet<qint64> &ours,
                const QStringList &fields)
{
    QHash<QString, QList<qint64>> byValue;
    for (const auto &[id, values] : odoo.store().table(model)) {
        Q_UNUSED(values)
        QStringList key;
        // Through value(): a translated field (a project's name) is stored per language.
        for (const QString &field : fields)
            key.append(odoo.store().value(model, id, field, QString()).toVariant().toString());
        byValue[key.join(QLatin1Char('\x1f'))].append(id);
    }
    int strays = 0;
    for (const QList<qint64> &ids : std::as_const(byValue)) {
        const auto own =
            std::count_if(ids.cbegin(), ids.cend(), [&ours](qint64 id) { return ours.contains(id); });
        strays += own > 0 ? int(ids.size() - own) : 0;
    }
    return strays;
}

// Checks the records one outbox operation made: one per row done, none twice, no stray copy.
bool checkSetup(OdooSimulator &odoo, const Database &db, const QString &operation, const QString &model,
                const QString &keyPrefix, const QStringList &naturalKey)
{
    int twice = 0;
    const QSet<qint64> ours = crosswalkRecords(odoo, model, keyPrefix, &twice);
    const qint64 done =
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM outbox WHERE operation = '%1' AND state = 'done'")
                   .arg(operation));
    const int strays = strayCopies(odoo, model, ours, naturalKey);
    bool ok = check(ours.size() == done, QStringLiteral("%1 in Odoo = %2 rows done").arg(model, operation),
                    ours.size(), done);
    ok &= check(twice == 0, QStringLiteral("%1 with two external ids").arg(model), twice, 0);
    ok &=
        check(strays == 0,
              QStringLiteral("%1 copies (same %2)").arg(model, naturalKey.join(QLatin1Char('+'))), strays, 0);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption kills(QStringLiteral("kills"), QStringLiteral("SIGKILLs to deliver."),
                                   QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption customers(QStringLiteral("customers"), QStringLiteral("Demo customers."),
                                       QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Demo and fault seed."),
                                  QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption faults(QStringLiteral("faults"), QStringLiteral("Sandbox faults."),
                                    QStringLiteral("spec"),
                                    QStringLiteral("odoo:latency_ms=15,p_5xx=0.03,p_429=0.02,p_timeout=0.02,"
                                                   "p_drop_after_commit=0.05,retry_after_s=0"));
    const QCommandLineOption ctlOption(QStringLiteral("ctl"), QStringLiteral("crosswalkctl to run."),
                                       QStringLiteral("path"));
    const QCommandLineOption flows(QStringLiteral("flows"), QStringLiteral("Flows to sync."),
                                   QStringLiteral("names"),
                                   QStringLiteral("projects,placements,timesheets,expenses"));
    parser.addOptions({ kills, customers, seed, faults, ctlOption, flows });
    parser.process(app);
    const QString ctl = parser.isSet(ctlOption)
        ? parser.value(ctlOption)
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/ctl/crosswalkctl"));
    const int killCount = parser.value(kills).toInt();

    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    const QString profilePath = dir.filePath(QStringLiteral("profile.json"));
    const QString statePath = dir.filePath(QStringLiteral("odoo.json"));
    QProcess demo;
    demo.start(ctl,
               { QStringLiteral("--cache"), cachePath, QStringLiteral("demo-data"),
                 QStringLiteral("--customers"), parser.value(customers), QStringLiteral("--seed"),
                 parser.value(seed) });
    if (!demo.waitForFinished(-1) || demo.exitCode() != 0) {
        std::fprintf(stderr, "demo-data failed: %s\n", demo.readAllStandardError().constData());
        return 2;
    }

    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(ctl,
                  { QStringLiteral("sandbox"), QStringLiteral("--odoo-port"), QStringLiteral("0"),
                    QStringLiteral("--seed"), parser.value(seed), QStringLiteral("--customers"),
                    parser.value(customers), QStringLiteral("--faults"), parser.value(faults),
                    QStringLiteral("--odoo-state"), statePath, QStringLiteral("--profile-out"),
                    profilePath });
    QString secretLine;
    while (secretLine.isEmpty() && sandbox.waitForReadyRead(30000)) {
        while (sandbox.canReadLine()) {
            const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
            if (line.startsWith(QLatin1String("export ")))
                secretLine = line.mid(7);
        }
    }
    if (secretLine.isEmpty()) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 2;
    }
    // Small batches and short waits, so that the kills land in every phase of a push.
    Result<ConnectionProfile> profile = ConnectionProfile::load(profilePath);
    if (!profile)
        return 2;
    profile.value().odoo.timeoutMs = 1500;
    profile.value().push.batchSize = 2;
    profile.value().push.concurrency = 1;
    profile.value().push.retryBaseMs = 50;
    profile.value().push.retryMaxMs = 400;
    profile.value().push.maxAttempts = 50;
    profile.value().push.maxWaitMs = 5000;
    if (!profile.value().save(profilePath))
        return 2;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(secretLine.section(QLatin1Char('='), 0, 0), secretLine.section(QLatin1Char('='), 1));
    const QStringList syncArguments { QStringLiteral("--cache"),   cachePath,
                                      QStringLiteral("--profile"), profilePath,
                                      QStringLiteral("sync"),      QStringLiteral("--flow"),
                                      parser.value(flows) };

    QRandomGenerator random(parser.value(seed).toUInt());
    QElapsedTimer wall;
    wall.start();
    int killed = 0;
    int completed = 0;
    qint64 refilled = 0;
    while (killed < killCount) {
        refilled += refill(cachePath, 3);
        bool wasKilled = false;
        runCtl(ctl, syncArguments, env, random.bounded(30, 700), &wasKilled);
        wasKilled ? ++killed : ++completed;
    }
    int finalRuns = 0;
    int exitCode = 1;
    while (finalRuns < 10 && exitCode != 0) {
        ++finalRuns;
        bool unused = false;
        exitCode = runCtl(ctl, syncArguments, env, 0, &unused);
        Q_UNUSED(unused)
        auto opened = Database::open(cachePath);
        if (opened
            && scalar(*opened.value(),
                      QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', "
                                     "'failed', 'in_flight')"))
                == 0)
            break;
    }
    sandbox.terminate(); // SIGTERM: the sandbox saves Odoo's state
    sandbox.waitForFinished(30000);

    OdooSimulator odoo({});
    if (!odoo.loadState(statePath)) {
        std::fprintf(stderr, "cannot load the sandbox's state\n");
        return 2;
    }
    const test::OdooInvoiceTotals totals = test::OdooInvoiceTotals::read(odoo.store());
    const QHash<QString, int> &movesPerRef = totals.movesPerRef;
    const qint64 odooMinutes = totals.minutes;
    int duplicates = 0;
    for (int count : std::as_const(movesPerRef))
        duplicates += count > 1 ? count - 1 : 0;

    auto opened = Database::open(cachePath);
    if (!opened)
        return 2;
    const Database &db = *opened.value();
    std::printf(
        "kills %d, runs that ended by themselves %d, final runs %d, rows fixed and queued again %lld, "
        "wall %.1f s\n\n",
        killed, completed, finalRuns, static_cast<long long>(refilled), double(wall.elapsed()) / 1000.0);
    std::printf("%-60s %10s %10s\n", "invariant", "actual", "expected");
    bool ok = true;
    ok &= check(duplicates == 0, QStringLiteral("duplicate invoices in Odoo (same key)"), duplicates, 0);
    const qint64 done =
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM outbox WHERE operation = 'create_invoice' AND "
                              "state = 'done' AND remote_id <> ''"));
    ok &= check(movesPerRef.size() == done, QStringLiteral("invoices in Odoo = outbox rows done"),
                movesPerRef.size(), done);
    const qint64 cacheMinutes =
        scalar(db,
               QStringLiteral("SELECT COALESCE(SUM(t.minutes), 0) FROM timesheet_line t "
                              "JOIN invoice i ON i.id = t.invoice_id WHERE i.ref LIKE "
                              "'odoo:invoice:%'"));
    ok &= check(odooMinutes == cacheMinutes, QStringLiteral("invoiced minutes in Odoo = in the cache"),
                odooMinutes, cacheMinutes);
    const qint64 stray = scalar(db,
                                QStringLiteral("SELECT COUNT(*) FROM timesheet_line t JOIN placement p ON "
                                               "p.id = t.placement_id WHERE t.status = 'approved' "
                                               "AND t.billable = 1 AND t.invoice_id IS NULL AND NOT EXISTS "
                                               "(SELECT 1 FROM outbox o WHERE o.state = 'dead' AND "
                                               "o.idempotency_key LIKE 'odoo:invoice:' || p.external_id || "
                                               "':' || substr(t.work_date, 1, 7) || '%')"));
    ok &= check(stray == 0, QStringLiteral("approved billable lines unbilled outside dead rows"), stray, 0);
    ok &= check(totals.otherLines == 0, QStringLiteral("invoice lines on neither product"), totals.otherLines,
                0);
    const QString invoicedExpenses = QStringLiteral(
        "FROM expense e JOIN invoice i ON i.id = e.invoice_id WHERE i.ref LIKE 'odoo:invoice:%'");
    const qint64 cacheExpenses = scalar(db, QStringLiteral("SELECT COUNT(*) ") + invoicedExpenses);
    ok &= check(totals.expenseLines == cacheExpenses, QStringLiteral("expense lines in Odoo = in the cache"),
                totals.expenseLines, cacheExpenses);
    const qint64 cacheExpenseMinor =
        scalar(db, QStringLiteral("SELECT COALESCE(SUM(e.amount_minor), 0) ") + invoicedExpenses);
    ok &= check(totals.expenseMinor == cacheExpenseMinor,
                QStringLiteral("expense amounts in Odoo = in the cache (minor units)"), totals.expenseMinor,
                cacheExpenseMinor);
    QString unbilledExpenses =
        QStringLiteral("SELECT COUNT(*) FROM expense e JOIN placement p ON p.id = e.placement_id "
                       "WHERE e.status = 'approved' AND e.billable = 1 AND e.invoice_id IS NULL "
                       "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.state = 'dead' AND "
                       "o.idempotency_key LIKE 'odoo:invoice:' || p.external_id || ':' || "
                       "substr(e.expense_date, 1, 7) || '%')");
    // Without the expenses flow only the months with approved time are planned.
    if (!parser.value(flows).split(QLatin1Char(',')).contains(QStringLiteral("expenses")))
        unbilledExpenses += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM timesheet_line t WHERE t.placement_id = e.placement_id AND t.status "
            "= "
            "'approved' AND t.billable = 1 AND substr(t.work_date, 1, 7) = substr(e.expense_date, 1, 7))");
    const qint64 strayExpenses = scalar(db, unbilledExpenses);
    ok &= check(strayExpenses == 0, QStringLiteral("approved billable expenses unbilled outside dead rows"),
                strayExpenses, 0);
    const qint64 open =
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'failed', "
                              "'in_flight')"));
    ok &= check(open == 0, QStringLiteral("outbox rows pending, failed or in flight"), open, 0);
    const qint64 twice =
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM (SELECT outbox_id FROM failed_push WHERE state = "
                              "'open' GROUP BY outbox_id HAVING COUNT(*) > 1)"));
    ok &= check(twice == 0, QStringLiteral("outbox rows with two open failed pushes"), twice, 0);
    const qint64 integrity = scalar(db,
                                    QStringLiteral("SELECT COUNT(*) FROM pragma_integrity_check WHERE "
                                                   "integrity_check <> 'ok'"));
    ok &= check(integrity == 0, QStringLiteral("cache integrity check problems"), integrity, 0);
    // Each run a kill cut off was closed by the next run's start.
    const qint64 running =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE status = 'running'"));
    ok &= check(running == 0, QStringLiteral("sync runs left running"), running, 0);
    const QString placementKey = QStringLiteral("odoo:placement:");
    ok &=
        checkSetup(odoo, db, QStringLiteral("create_project"), QStringLiteral("project.project"),
                   QStringLiteral("odoo:project:"), { QStringLiteral("name"), QStringLiteral("partner_id") });
    ok &= checkSetup(odoo, db, QStringLiteral("setup_placement"), QStringLiteral("sale.order"), placementKey,
                     { QStringLiteral("client_order_ref") });
    ok &= checkSetup(odoo, db, QStringLiteral("setup_placement"), QStringLiteral("account.analytic.account"),
                     placementKey, { QStringLiteral("code") });
    ok &= checkSetup(odoo, db, QStringLiteral("setup_placement"), QStringLiteral("sale.order.line"),
                     placementKey, { QStringLiteral("order_id") });
    std::printf("\nsync runs cut off by a kill and closed as interrupted: %lld\n",
                static_cast<long long>(scalar(db,
                                              QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE "
                                                             "status = 'interrupted'"))));
    std::printf("%lld invoices, %lld invoiced minutes, %lld rows need a person\n",
                static_cast<long long>(movesPerRef.size()), static_cast<long long>(odooMinutes),
                static_cast<long long>(
                    scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'dead'"))));
    std::printf("%s\n", ok ? "ALL INVARIANTS HOLD" : "INVARIANT VIOLATED");
    return ok ? 0 : 1;
}
