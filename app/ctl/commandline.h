#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace cw {

/// The argument parsing every crosswalkctl command shares: its options, --help with a usage line
/// that names the command, errors for unknown options and unexpected words.
///
/// Usage: add the command's options to parser(), then `if (auto done = line.parse(...)) return *done;`
/// and read the values from parser(). Thread affinity: the main thread.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(cw::CommandLine)

public:
    /// @p name is the command's word, @p description its help text.
    CommandLine(QString name, const QString &description);

    QCommandLineParser &parser() { return m_parser; }

    /// Parses the words after the command name. An exit code when the command should stop here:
    /// Ok after printing help to @p out, Usage after printing the problem to @p err. Nothing when
    /// the command should go on. Positional words are refused unless @p positionalAllowed.
    std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err,
                             bool positionalAllowed = false);

private:
    QString helpText() const;

    QString m_name;
    QCommandLineParser m_parser;
};

} // namespace cw
