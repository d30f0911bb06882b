#include "syncengine.h"

#include "cache/database.h"
#include "syncworker.h"

#include <QThread>
#include <QTimer>

namespace cw {

SyncEngine::SyncEngine(const Database &database, SyncEngineOptions options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options))
    , m_lock(database.path())
{
    qRegisterMetaType<cw::SyncFlow>();
    qRegisterMetaType<cw::SyncFlowResult>();
}

SyncEngine::~SyncEngine()
{
    if (!m_thread)
        return;
    // The worker must end on its own thread (releasing its cache connection); cancelling makes
    // that quick. Its destruction quits the thread.
    cancel();
    if (!m_thread->wait(30000)) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool SyncEngine::start(const QList<SyncFlow> &flows)
{
    if (m_running || flows.isEmpty())
        return false;
    m_running = true;
    m_results.clear();
    if (Result<void> locked = m_lock.acquire(); !locked) {
        // Queued, so that callers see the same signals as after any other start().
        QTimer::singleShot(0, this, [this, flows, error = locked.error()] { refuse(flows, error); });
        return true;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("cw-sync"));
    auto *worker = new SyncWorker(m_database, m_options, flows);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::started, worker, &SyncWorker::run);
    connect(worker, &SyncWorker::flowStarted, this, &SyncEngine::flowStarted);
    connect(worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(worker, &SyncWorker::flowFinished, this, &SyncEngine::onFlowFinished);
    // The worker and its Odoo client die on the sync thread; the thread ends after them.
    connect(worker, &SyncWorker::done, worker, &QObject::deleteLater);
    connect(worker, &QObject::destroyed, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, this, &SyncEngine::onWorkerDone);
    m_thread->start();
    return true;
}

void SyncEngine::cancel()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
}

bool SyncEngine::allSucceeded() const
{
    return !m_results.isEmpty()
        && std::all_of(m_results.cbegin(), m_results.cend(),
                       [](const SyncFlowResult &r) { return r.succeeded(); });
}

void SyncEngine::onFlowFinished(const SyncFlowResult &result)
{
    m_results.append(result);
    emit flowFinished(result);
}

void SyncEngine::refuse(const QList<SyncFlow> &flows, const Error &error)
{
    for (SyncFlow flow : flows) {
        SyncFlowResult result;
        result.flow = flow;
        result.status = QStringLiteral("failed");
        result.message = m_results.isEmpty() ? error.userMessage()
                                             : tr("Not started: another sync is running on this cache.");
        onFlowFinished(result);
    }
    m_running = false;
    emit finished(false);
}

void SyncEngine::onWorkerDone()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    // The worker, and with it everything it wrote, is gone: the next sync may start.
    m_lock.release();
    m_running = false;
    emit finished(allSucceeded());
}

} // namespace cw
