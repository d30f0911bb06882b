#include "requestqueue.h"

#include "networkjob.h"

namespace cw {

RequestQueue::RequestQueue(int maxConcurrent, QObject *parent)
    : QObject(parent)
    , m_maxConcurrent(std::max(1, maxConcurrent))
{ }

void RequestQueue::setMaxConcurrent(int maxConcurrent)
{
    m_maxConcurrent = std::max(1, maxConcurrent);
    startWaiting();
}

void RequestQueue::submit(NetworkJob *job)
{
    connect(job, &NetworkJob::finished, this, [this, job] { onJobFinished(job); });
    // Why: a job destroyed while running never emits finished(); its slot must still free up.
    connect(job, &QObject::destroyed, this, [this] {
        m_running.removeAll(QPointer<NetworkJob>());
        m_waiting.removeAll(QPointer<NetworkJob>());
        startWaiting();
    });
    m_waiting.append(job);
    startWaiting();
}

void RequestQueue::onJobFinished(NetworkJob *job)
{
    m_running.removeAll(job);
    m_waiting.removeAll(job);
    startWaiting();
}

void RequestQueue::startWaiting()
{
    while (m_running.size() < m_maxConcurrent && !m_waiting.isEmpty()) {
        QPointer<NetworkJob> next = m_waiting.takeFirst();
        if (!next || next->isFinished())
            continue;
        m_running.append(next);
        next->start();
    }
}

} // namespace cw
