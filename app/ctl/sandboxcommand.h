#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cw {

/// `crosswalkctl sandbox --odoo-port P [--odoo-version 16|17|18|19] [--seed S] [--customers N]
/// [--faults SPEC] [--odoo-state FILE] [--crm-port Q] [--profile-out FILE]`: serves the Odoo simulator (and, with
/// --crm-port, the HubSpot CRM simulator) on 127.0.0.1, seeded from the same demo data, until
/// SIGINT or SIGTERM. The CRM prints `crm.url=` and `crm.token=`; its faults are the `crm` part. Prints
/// `odoo.url=`, `odoo.version=`, `odoo.database=`, `odoo.login=`, `odoo.password=` and `odoo.api_key=` lines
/// (sandbox credentials, not real secrets) once it listens; port 0 picks a free port.
/// `--profile-out` writes a connection profile for `crosswalkctl sync` (ConnectionProfile, no
/// secrets) and prints `export CROSSWALK_ODOO_SECRET=...`, the variable that carries the secret.
/// `--faults` takes the `system:key=value,...;...` syntax of FaultSpec::parseSystems() (the
/// `odoo` part applies here). With `--odoo-state`, an existing file is loaded instead of seeding
/// and the store is saved there on shutdown.
/// Exit codes: 0 stopped by a signal, 2 bad arguments, 1 the server could not start.
/// Thread affinity: the main thread; runs the event loop.
class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(cw::SandboxCommand)

public:
    static QString name() { return QStringLiteral("sandbox"); }
    static QString summary();
    /// Runs the command; @p arguments are the words after "sandbox".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace cw
