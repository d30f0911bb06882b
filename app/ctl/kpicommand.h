#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cw {

class Database;

/// `crosswalkctl --cache C kpi [--as-of DATE] [--json] ...`: prints the dashboard's figures
/// (KpiEngine::snapshot()), as a text report or as JSON (KpiJson), optionally with the finance
/// KPIs. Exit codes (CtlApp): 0 printed, 2 bad arguments, 1 the cache could not be read.
/// Thread affinity: the calling thread (its cache connection).
class KpiCommand
{
    Q_DECLARE_TR_FUNCTIONS(cw::KpiCommand)

public:
    /// The command word.
    static QString name() { return QStringLiteral("kpi"); }
    /// One line for the command list of `crosswalkctl --help`.
    static QString summary();
    /// Runs the command; @p arguments are the words after "kpi".
    static int run(const Database &database, const QStringList &arguments, QTextStream &out,
                   QTextStream &err);
};

} // namespace cw
