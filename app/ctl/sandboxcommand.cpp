#include "sandboxcommand.h"

#include "commandline.h"
#include "sandbox/bullhorn/bullhornsimulator.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/faultspec.h"
#include "sandbox/hubspot/hubspotsimulator.h"
#include "sandbox/odoo/odooorm.h"
#include "sandbox/odoo/odooseeder.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sync/connectionprofile.h"
#include "terminationsignalwatcher.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace cw {

QString SandboxCommand::summary()
{
    return tr("Serve simulated Odoo, CRM and staffing APIs on this computer with demo data, until stopped");
}

int SandboxCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine line(name(), summary());
    QCommandLineParser &parser = line.parser();
    const QCommandLineOption port(QStringLiteral("odoo-port"),
                                  tr("Port for the Odoo simulator (0 picks a free one)."), tr("port"));
    const QCommandLineOption version(QStringLiteral("odoo-version"),
                                     tr("Odoo version to play: 16, 17, 18 or 19."), tr("version"),
                                     QStringLiteral("17"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the demo data and of the faults."),
                                  tr("seed"), QStringLiteral("1"));
    const QCommandLineOption customers(QStringLiteral("customers"), tr("Number of demo customers."),
                                       tr("count"), QStringLiteral("200"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    tr("Faults to inject, e.g. \"odoo:p_5xx=0.05,latency_ms=20\"."),
                                    tr("spec"));
    const QCommandLineOption state(
        QStringLiteral("odoo-state"),
        tr("Load the Odoo store from this file if it exists; save it there on exit."), tr("file"));
    const QCommandLineOption crmPort(QStringLiteral("crm-port"),
                                     tr("Port for the CRM (HubSpot) simulator (0 picks a free one)."),
                                     tr("port"));
    const QCommandLineOption staffingPort(
        QStringLiteral("staffing-port"),
        tr("Port for the staffing platform (Bullhorn) simulator (0 picks a free one)."), tr("port"));
    const QCommandLineOption profileOut(
        QStringLiteral("profile-out"),
        tr("Write a connection profile for crosswalkctl sync (no secrets in it) to this file."), tr("file"));
    parser.addOptions({ port, version, seed, customers, faults, state, crmPort, staffingPort, profileOut });
    if (const std::optional<int> done = line.parse(arguments, out, err))
        return *done;
    bool ok = false;
    const int portNumber = parser.value(port).toInt(&ok);
    if (!parser.isSet(port) || !ok || portNumber < 0 || portNumber > 65535) {
        err << tr("sandbox needs --odoo-port with a port number (0 picks a free one).") << Qt::endl;
        return 2;
    }
    const int crmPortNumber = parser.isSet(crmPort) ? parser.value(crmPort).toInt(&ok) : -1;
    if (parser.isSet(crmPort) && (!ok || crmPortNumber < 0 || crmPortNumber > 65535)) {
        err << tr("--crm-port needs a port number (0 picks a free one).") << Qt::endl;
        return 2;
    }
    const int staffingPortNumber = parser.isSet(staffingPort) ? parser.value(staffingPort).toInt(&ok) : -1;
    if (parser.isSet(staffingPort) && (!ok || staffingPortNumber < 0 || staffingPortNumber > 65535)) {
        err << tr("--staffing-port needs a port number (0 picks a free one).") << Qt::endl;
        return 2;
    }
    const int major = parser.value(version).toInt(&ok);
    if (!ok || major < 16 || major > 19) {
        err << tr("--odoo-version must be 16, 17, 18 or 19.") << Qt::endl;
        return 2;
    }
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err << tr("--seed must be a whole number.") << Qt::endl;
        return 2;
    }
    DemoDataOptions demo;
    demo.seed = seedValue;
    demo.customers = parser.value(customers).toInt(&ok);
    if (!ok || !DemoDataGenerator::validate(demo)) {
        err << tr("--customers must be a number between 1 and %1.").arg(DemoDataGenerator::kMaxCustomers)
            << Qt::endl;
        return 2;
    }
    Result<QHash<QString, FaultSpec>> specs = FaultSpec::parseSystems(parser.value(faults));
    if (!specs) {
        err << specs.error().toString() << Qt::endl;
        return 2;
    }

    OdooSimulatorOptions options;
    options.majorVersion = major;
    options.seed = seedValue;
    options.faults = specs.value().value(QStringLiteral("odoo"));
    OdooSimulator simulator(options);
    const QString stateFile = parser.value(state);
    if (!stateFile.isEmpty() && QFileInfo::exists(stateFile)) {
        Result<void> loaded = simulator.loadState(stateFile);
        if (!loaded) {
            err << loaded.error().toString() << Qt::endl;
            return 1;
        }
    }
    const DemoDataset dataset = DemoDataGenerator::generate(demo);
    if (stateFile.isEmpty() || !QFileInfo::exists(stateFile))
        OdooSeeder(simulator.orm(), Clock::system()->now()).seedDemo(dataset);
    Result<quint16> listening = simulator.listen(static_cast<quint16>(portNumber));
    if (!listening) {
        err << listening.error().toString() << Qt::endl;
        return 1;
    }
    out << "odoo.url=" << simulator.url().toString() << '\n'
        << "odoo.version=" << major << ".0\n"
        << "odoo.database=" << options.database << '\n'
        << "odoo.login=" << options.login << '\n'
        << "odoo.password=" << simulator.password() << '\n'
        << "odoo.api_key=" << simulator.apiKey() << Qt::endl;
    ConnectionProfile profile;
    profile.odoo.url = simulator.url();
    profile.odoo.database = options.database;
    profile.odoo.login = options.login;
    // The secrets travel in the environment, never in the profile.
    QStringList exports { QStringLiteral("export %1=%2").arg(profile.odooSecretEnv, simulator.apiKey()) };

    // The CRM simulator serves the same demo customers, spelled as the CRM has them.
    std::unique_ptr<HubSpotSimulator> crm;
    if (crmPortNumber >= 0) {
        HubSpotSimulator::Options crmOptions;
        crmOptions.seed = seedValue;
        crm = std::make_unique<HubSpotSimulator>(dataset, crmOptions);
        crm->faults().setSpec(specs.value().value(QStringLiteral("crm")));
        Result<quint16> crmListening = crm->listen(static_cast<quint16>(crmPortNumber));
        if (!crmListening) {
            err << crmListening.error().toString() << Qt::endl;
            return 1;
        }
        out << "crm.url=" << crm->baseUrl().toString() << '\n' << "crm.token=" << crm->token() << Qt::endl;
        profile.crm = ConnectionProfile::crmSystem(crm->baseUrl().toString());
        exports.append(QStringLiteral("export %1=%2").arg(profile.crmTokenEnv, crm->token()));
    }

    // The staffing simulator serves the same demo customers, spelled as Bullhorn has them.
    std::unique_ptr<BullhornSimulator> staffing;
    if (staffingPortNumber >= 0) {
        BullhornSimulator::Options staffingOptions;
        staffingOptions.seed = seedValue;
        staffing = std::make_unique<BullhornSimulator>(dataset, staffingOptions);
        staffing->faults().setSpec(specs.value().value(QStringLiteral("staffing")));
        Result<quint16> staffingListening = staffing->listen(static_cast<quint16>(staffingPortNumber));
        if (!staffingListening) {
            err << staffingListening.error().toString() << Qt::endl;
            return 1;
        }
        const BullhornSimulator::Options &served = staffing->options();
        out << "staffing.auth_url=" << staffing->authUrl().toString() << '\n'
            << "staffing.login_url=" << staffing->loginUrl().toString() << '\n'
            << "staffing.client_id=" << served.clientId << '\n'
            << "staffing.client_secret=" << served.clientSecret << '\n'
            << "staffing.username=" << served.username << '\n'
            << "staffing.password=" << served.password << Qt::endl;
        profile.staffing =
            ConnectionProfile::staffingSystem(staffing->authUrl().toString(), staffing->loginUrl().toString(),
                                              served.clientId, served.username);
        exports.append(
            QStringLiteral("export %1=%2").arg(profile.staffingClientSecretEnv, served.clientSecret));
        exports.append(QStringLiteral("export %1=%2").arg(profile.staffingPasswordEnv, served.password));
    }

    if (parser.isSet(profileOut)) {
        Result<void> saved = profile.save(parser.value(profileOut));
        if (!saved) {
            err << saved.error().toString() << Qt::endl;
            return 1;
        }
        out << exports.join(QLatin1Char('\n')) << Qt::endl;
    }

    TerminationSignalWatcher watcher;
    if (!watcher.isActive()) {
        err << tr("Cannot watch for SIGINT/SIGTERM; stop the sandbox with SIGKILL.") << Qt::endl;
    }
    QObject::connect(&watcher, &TerminationSignalWatcher::terminationRequested, qApp,
                     [] { QCoreApplication::exit(0); });
    const int code = QCoreApplication::exec();
    simulator.close();
    if (!stateFile.isEmpty()) {
        Result<void> saved = simulator.saveState(stateFile);
        if (!saved) {
            err << saved.error().toString() << Qt::endl;
            return 1;
        }
    }
    return code;
}

} // namespace cw
