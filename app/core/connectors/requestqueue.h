#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace cw {

class NetworkJob;

/// Bounded concurrency for the jobs sent to one server: at most maxConcurrent() jobs run at once,
/// the rest wait in submission order (FIFO).
///
/// Each connector client owns one queue per server it talks to, so "4 calls at a time to this Odoo"
/// holds however many parts of the application use the client.
/// Thread affinity: the thread of the jobs. Ownership: the queue never owns jobs; a job deleted
/// while waiting is skipped, a job aborted while waiting finishes at once and leaves the queue.
class RequestQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxConcurrent = 4;

    explicit RequestQueue(int maxConcurrent = DefaultMaxConcurrent, QObject *parent = nullptr);

    int maxConcurrent() const { return m_maxConcurrent; }
    /// Values below 1 count as 1. Raising the limit starts waiting jobs at once.
    void setMaxConcurrent(int maxConcurrent);
    int runningCount() const { return static_cast<int>(m_running.size()); }
    int waitingCount() const { return static_cast<int>(m_waiting.size()); }

    /// Starts @p job now when a slot is free, otherwise when one frees.
    void submit(NetworkJob *job);

private:
    void onJobFinished(NetworkJob *job);
    void startWaiting();

    int m_maxConcurrent;
    QList<QPointer<NetworkJob>> m_running;
    QList<QPointer<NetworkJob>> m_waiting;
};

} // namespace cw
