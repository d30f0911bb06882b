#include "ctlapp.h"

#include "cache/database.h"
#include "dedupecommand.h"
#include "demodatacommand.h"
#include "failedcommand.h"
#include "importcommand.h"
#include "infocommand.h"
#include "kpicommand.h"
#include "matchcommand.h"
#include "sandboxcommand.h"
#include "synccommand.h"
#include "util/settings.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

namespace cw {

CtlApp::CtlApp()
    : m_out(stdout)
    , m_err(stderr)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Crosswalk"));
    QCoreApplication::setApplicationName(QStringLiteral("Crosswalk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CW_VERSION));
    // The command's own output is the report; routine log lines would only clutter stderr.
    // QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("cw.*.info=false"));

    m_commands.push_back(
        { DemoDataCommand::name(), DemoDataCommand::summary(), CacheUse::Create,
          [](const Database *db, const QStringList &args, QTextStream &out, QTextStream &err) {
              return DemoDataCommand::run(*db, args, out, err);
          } });
    m_commands.push_back(
        { InfoCommand::name(), InfoCommand::summary(), CacheUse::Existing,
          [](const Database *db, const QStringList &args, QTextStream &out, QTextStream &err) {
              return InfoCommand::run(*db, args, out, err);
          } });
    m_commands.push_back(
        { KpiCommand::name(), KpiCommand::summary(), CacheUse::Existing,
          [](const Database *db, const QStringList &args, QTextStream &out, QTextStream &err) {
              return KpiCommand::run(*db, args, out, err);
          } });
    m_commands.push_back({ SandboxCommand::name(), SandboxCommand::summary(), CacheUse::None,
                           [](const Database *, const QStringList &args, QTextStream &out, QTextStream &err) {
                               return SandboxCommand::run(args, out, err);
                           } });
    m_commands.push_back({ MatchCommand::name(), MatchCommand::summary(), CacheUse::None,
                           [](const Database *, const QStringList &args, QTextStream &out, QTextStream &err) {
                               return MatchCommand::run(args, out, err);
                           } });
    m_commands.push_back(
        { FailedCommand::name(), FailedCommand::summary(), CacheUse::Existing,
          [](const Database *db, const QStringList &args, QTextStream &out, QTextStream &err) {
              return FailedCommand::run(*db, args, out, err);
          } });
    m_commands.push_back(
        { SyncCommand::name(), SyncCommand::summary(), CacheUse::Existing,
          [](const Database *db, const QStringList &args, QTextStream &out, QTextStream &err) {
              return SyncCommand::run(*db, args, out, err);
          } });
    m_commands.push_back(
        { ImportCommand::name(), ImportCommand::summary(), CacheUse::Existing,
          [](const Database *db, const QStringList &args, QTextStream &out, QTextStream &err) {
              return ImportCommand::run(*db, args, out, err);
          } });
    m_commands.push_back({ DedupeCommand::name(), DedupeCommand::summary(), CacheUse::None,
                           [](const Database *, const QStringList &args, QTextStream &out, QTextStream &err) {
                               return DedupeCommand::run(args, out, err);
                           } });
}

CtlApp::~CtlApp() = default;

const CtlApp::Command *CtlApp::find(const QString &name) const
{
    for (const Command &command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString CtlApp::helpText() const
{
    QString text = tr("Usage: crosswalkctl [--cache PATH] COMMAND [options]\n"
                      "Crosswalk on the command line: works on the same cache as the desktop application.\n\n"
                      "Global options:\n"
                      "  --cache PATH   the cache file (default: CROSSWALK_CACHE, then the settings, then "
                      "the user data folder)\n"
                      "  --profile FILE the connection profile of sync (JSON without secrets)\n"
                      "  -h, --help     show this help; COMMAND --help shows a command's options\n"
                      "  -v, --version  show the version\n\n"
                      "Commands:\n");
    for (const Command &command : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(command.name.leftJustified(14), command.summary);
    text += tr("\nExit codes: 0 success, 1 failure, 2 usage error.\n");
    return text;
}

int CtlApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Everything after the command word belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption cache(QStringLiteral("cache"), tr("The cache file."), tr("path"));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") },
                                     tr("Show the version."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Connection profile for commands that talk to the systems (sync)."),
                                     tr("file"));
    parser.addOptions({ cache, profile, help, version });
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(version)) {
        m_out << QStringLiteral("crosswalkctl %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Ok;
    }
    QStringList words = parser.positionalArguments();
    if (parser.isSet(help)
        || (!words.isEmpty() && words.constFirst() == QLatin1String("help") && words.size() == 1)) {
        m_out << helpText() << Qt::flush;
        return Ok;
    }
    if (words.isEmpty()) {
        m_err << helpText() << Qt::flush;
        return Usage;
    }
    // "crosswalkctl help COMMAND" is "crosswalkctl COMMAND --help".
    if (words.constFirst() == QLatin1String("help"))
        words = { words.at(1), QStringLiteral("--help") };
    const Command *command = find(words.constFirst());
    if (!command) {
        m_err << tr("Unknown command \"%1\". Run crosswalkctl --help for the list of commands.")
                     .arg(words.constFirst())
              << Qt::endl;
        return Usage;
    }
    words.removeFirst();
    if (parser.isSet(profile))
        words << QStringLiteral("--profile") << parser.value(profile);
    return runCommand(*command, parser.value(cache), words);
}

int CtlApp::runCommand(const Command &command, const QString &cacheOption, const QStringList &arguments)
{
    if (command.cache == CacheUse::None)
        return command.run(nullptr, arguments, m_out, m_err);
    const bool wantsHelp =
        arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    QTemporaryDir scratch;
    // Help must work without a cache and must not create one: commands get a throwaway cache.
    const QString path = wantsHelp ? scratch.filePath(QStringLiteral("help.sqlite"))
                                   : Database::resolvePath(cacheOption, Settings().cachePath(), false);
    if (command.cache == CacheUse::Existing && !wantsHelp && !QFileInfo::exists(path)) {
        m_err << tr("There is no cache at %1. Give another one with --cache, or create one with demo-data.")
                     .arg(path)
              << Qt::endl;
        return Failure;
    }
    auto opened = Database::open(path);
    if (!opened) {
        m_err << opened.error().toString() << Qt::endl;
        return Failure;
    }
    return command.run(opened.value().get(), arguments, m_out, m_err);
}

} // namespace cw
