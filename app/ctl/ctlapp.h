#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace cw {

class Database;

/// crosswalkctl: parses the global options (`--cache PATH`, `--help`, `--version`), picks the
/// command named by the first word and hands it the remaining words, with the cache opened as the
/// command needs it. Each command is a class with static name(), summary() and run(); adding one
/// means one entry in the table built by the constructor.
///
/// Exit codes: 0 success, 1 failure, 2 usage error (unknown command, bad option, refused input).
/// Thread affinity: the main thread; a QCoreApplication must exist.
class CtlApp
{
    Q_DECLARE_TR_FUNCTIONS(cw::CtlApp)

public:
    enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

    /// How a command uses the cache resolved from --cache / CROSSWALK_CACHE / settings.
    enum class CacheUse {
        None, ///< does not touch the cache
        Existing, ///< reads a cache that must exist
        Create, ///< opens the cache, creating the file if missing
    };

    struct Command
    {
        QString name;
        QString summary;
        CacheUse cache = CacheUse::None;
        /// Runs with the open cache (null for CacheUse::None; a throwaway one when the words ask for
        /// --help) and the words after the command name.
        std::function<int(const Database *database, const QStringList &arguments, QTextStream &out,
                          QTextStream &err)>
            run;
    };

    /// Sets the application identity (the desktop app's, so default paths and settings agree).
    CtlApp();
    ~CtlApp();

    /// Runs the command line @p arguments (program name first) and returns the exit code.
    int run(const QStringList &arguments);

private:
    const Command *find(const QString &name) const;
    QString helpText() const;
    int runCommand(const Command &command, const QString &cacheOption, const QStringList &arguments);

    std::vector<Command> m_commands;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace cw
