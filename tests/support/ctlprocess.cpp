#include "ctlprocess.h"

#include <QFileInfo>
#include <QProcess>

namespace cw::test {

CtlProcess::CtlProcess()
{
    const QString binaryDir = qEnvironmentVariable("CW_BINARY_DIR");
    if (binaryDir.isEmpty()) {
        m_error = QStringLiteral("CW_BINARY_DIR is not set; run the test through ctest");
        return;
    }
    m_binary = binaryDir + QStringLiteral("/app/ctl/crosswalkctl");
    if (!QFileInfo(m_binary).isExecutable())
        m_error = m_binary + QStringLiteral(" is not built");
}

CtlProcess::Run CtlProcess::run(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace cw::test
