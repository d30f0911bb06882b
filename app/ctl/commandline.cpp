#include "commandline.h"

#include "ctlapp.h"

namespace cw {

CommandLine::CommandLine(QString name, const QString &description)
    : m_name(std::move(name))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

std::optional<int> CommandLine::parse(const QStringList &arguments, QTextStream &out, QTextStream &err,
                                      bool positionalAllowed)
{
    if (!m_parser.parse(QStringList { m_name } + arguments)) {
        err << m_parser.errorText() << Qt::endl;
        return CtlApp::Usage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << helpText() << Qt::flush;
        return CtlApp::Ok;
    }
    if (!positionalAllowed && !m_parser.positionalArguments().isEmpty()) {
        err << tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst()) << Qt::endl;
        return CtlApp::Usage;
    }
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    // QCommandLineParser names the program by the path it was started as and knows nothing of
    // commands; the usage line should be one a user can copy.
    QString text = m_parser.helpText();
    const QStringList programArguments = QCoreApplication::arguments();
    const QString program = programArguments.isEmpty() ? QString() : programArguments.constFirst();
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, program.size(), QStringLiteral("crosswalkctl [--cache PATH] ") + m_name);
    return text;
}

} // namespace cw
