#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cw {

class Database;

/// `crosswalkctl --cache C --profile FILE sync [--flow NAME]...`: runs sync flows headless
/// (SyncEngine) against the Odoo of the connection profile (ConnectionProfile) and prints one
/// summary line per flow. The Odoo secret comes from the environment variable the profile names,
/// else from the keychain entry of the cache's Odoo system; never from the profile or the command
/// line. --flow takes customers, projects, placements, timesheets, expenses, invoices, payments
/// or all (the default), repeated or comma separated. SIGINT/SIGTERM cancel cleanly (rows in
/// flight are reconciled by the next run).
/// Exit codes: 0 every flow went through; 1 a flow failed, left work for later, or was asked for
/// by name and is not available; 2 bad arguments or profile.
/// Thread affinity: the main thread; runs the event loop.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(cw::SyncCommand)

public:
    static QString name() { return QStringLiteral("sync"); }
    static QString summary();
    static int run(const Database &database, const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace cw
