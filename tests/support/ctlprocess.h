#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace cw::test {

/// crosswalkctl as a user runs it: the binary built beside the tests (found through
/// CW_BINARY_DIR, which ctest sets) started in a child process. For tests only.
class CtlProcess
{
public:
    /// How one run ended: the exit code (-1 when it crashed or did not finish) and its output.
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    /// Finds the binary; error() says why when it cannot be run.
    CtlProcess();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    /// The binary's path, for tests that talk to a running process.
    QString program() const { return m_binary; }

    /// Runs the binary with @p arguments and waits for it to end (at most two minutes).
    Run run(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) const;

private:
    QString m_binary;
    QString m_error;
};

} // namespace cw::test
