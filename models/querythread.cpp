#include "querythread.h"

#include "cache/database.h"

namespace cw {

QueryThread::QueryThread(const Database &database, const QString &name)
    : m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    // finished is emitted on the worker thread itself: the only place its connection may be closed.
    QObject::connect(
        &m_thread, &QThread::finished, m_context, [&database] { database.releaseThreadConnection(); },
        Qt::DirectConnection);
    m_thread.start();
}

QueryThread::~QueryThread()
{
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void QueryThread::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

} // namespace cw
