#include "synccommand.h"

#include "cache/database.h"
#include "commandline.h"
#include "credentials/keychaincredentialstore.h"
#include "sync/connectionprofile.h"
#include "sync/headlesssecrets.h"
#include "sync/syncengine.h"
#include "terminationsignalwatcher.h"

#include <QCommandLineParser>
#include <QSqlQuery>

namespace cw {

namespace {

qint64 odooSystemId(const Database &database)
{
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT id FROM system WHERE kind = 'odoo' ORDER BY id LIMIT 1"))
        && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace

QString SyncCommand::summary()
{
    return tr(
        "Pull the CRM and staffing platform into the cache, push approved time to Odoo as draft invoices and "
        "read invoice and payment state back");
}

int SyncCommand::run(const Database &database, const QStringList &arguments, QTextStream &out,
                     QTextStream &err)
{
    CommandLine line(name(), summary());
    QCommandLineParser &parser = line.parser();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), tr("Connection profile (JSON, no secrets) to sync with."), tr("file"));
    const QCommandLineOption flowOption(QStringLiteral("flow"),
                                        tr("Flow to run: pull, customers, projects, placements, timesheets, "
                                           "expenses, invoices, payments or all."),
                                        tr("name"));
    parser.addOptions({ profileOption, flowOption });
    if (const std::optional<int> done = line.parse(arguments, out, err))
        return *done;
    if (!parser.isSet(profileOption)) {
        err << tr("sync needs --profile FILE (write one with crosswalkctl sandbox --profile-out FILE).")
            << Qt::endl;
        return 2;
    }
    Result<ConnectionProfile> profile = ConnectionProfile::load(parser.value(profileOption));
    if (!profile) {
        err << profile.error().toString() << Qt::endl;
        return 2;
    }
    const QStringList flowNames =
        parser.isSet(flowOption) ? parser.values(flowOption) : QStringList { QStringLiteral("all") };
    Result<QList<SyncFlow>> flows = SyncFlows::parse(flowNames);
    if (!flows || flows.value().isEmpty()) {
        err << (flows ? tr("No flow given.") : flows.error().userMessage()) << Qt::endl;
        return 2;
    }
    const bool named = !flowNames.join(QLatin1Char(',')).contains(QLatin1String("all"));

    SyncEngineOptions options;
    options.odoo = profile.value().odoo;
    options.odooSystemId = odooSystemId(database);
    options.push = profile.value().push;
    if (flows.value().contains(SyncFlow::Pull))
        profile.value().applyPullSystems(&options);
    SyncEngine engine(database, options);
    int code = 0;
    QObject::connect(&engine, &SyncEngine::flowFinished, &engine, [&](const SyncFlowResult &result) {
        const bool unavailable = result.status == QLatin1String("unavailable");
        if (!result.succeeded() && (!unavailable || named))
            code = 1;
        out << tr("%1: %2 (read %3, created %4, updated %5, skipped %6, failed %7) %8")
                   .arg(SyncFlows::name(result.flow), result.status)
                   .arg(result.read)
                   .arg(result.created)
                   .arg(result.updated)
                   .arg(result.skipped)
                   .arg(result.failed)
                   .arg(result.message)
            << Qt::endl;
    });
    QObject::connect(&engine, &SyncEngine::finished, &engine, [] { QCoreApplication::exit(0); });
    TerminationSignalWatcher watcher;
    QObject::connect(&watcher, &TerminationSignalWatcher::terminationRequested, &engine, [&engine, &code] {
        code = 1;
        engine.cancel();
    });

    // Headless runs on a desktop may use the secrets the desktop application stored.
    KeychainCredentialStore keychain;
    HeadlessSecrets secrets(database, &keychain);
    secrets.fill(profile.value(), options, [&](const Result<SyncEngineOptions> &filled) {
        if (!filled) {
            err << filled.error().userMessage() << Qt::endl;
            code = 2;
            QCoreApplication::exit(0);
            return;
        }
        engine.setOptions(filled.value());
        engine.start(flows.value());
    });
    QCoreApplication::exec();
    return code;
}

} // namespace cw
