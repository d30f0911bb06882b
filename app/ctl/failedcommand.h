#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cw {

class Database;

/// `crosswalkctl --cache C failed list [--all] [--category NAME] [--json]`,
/// `failed retry (--all | --id N | --category NAME)` and `failed resolve --id N --reason TEXT`:
/// the Failed pushes page's list, retry and resolve for headless use, through FailedPushStore and
/// FailedPushActions (so every change is audited, with the operating-system user as actor).
/// Exit codes (CtlApp): 0 done, 1 the cache refused or the failed push was not open, 2 usage.
/// Thread affinity: the calling thread (its cache connection).
class FailedCommand
{
    Q_DECLARE_TR_FUNCTIONS(cw::FailedCommand)

public:
    /// The command word.
    static QString name() { return QStringLiteral("failed"); }
    /// One line for the command list of `crosswalkctl --help`.
    static QString summary();
    /// Runs the command; @p arguments are the words after "failed".
    static int run(const Database &database, const QStringList &arguments, QTextStream &out,
                   QTextStream &err);
};

} // namespace cw
