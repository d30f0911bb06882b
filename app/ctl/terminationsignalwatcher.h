#pragma once

#include <QObject>

class QSocketNotifier;

namespace cw {

/// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop (self-pipe trick: the
/// POSIX handler only writes one byte to a pipe a QSocketNotifier watches), so a long-running
/// command such as `crosswalkctl sandbox` shuts down cleanly instead of dying mid-write.
///
/// One instance per process; installing it replaces the previous handlers of both signals, and
/// destroying it restores the defaults. Thread affinity: the thread running the event loop.
class TerminationSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignalWatcher(QObject *parent = nullptr);
    ~TerminationSignalWatcher() override;

    /// False when the pipe or the handlers could not be set up.
    bool isActive() const { return m_notifier != nullptr; }

signals:
    /// SIGINT or SIGTERM arrived; @p signalNumber says which.
    void terminationRequested(int signalNumber);

private:
    void onReadable();
    static void handle(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cw
