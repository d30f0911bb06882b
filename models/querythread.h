#pragma once

#include <QObject>
#include <QThread>

#include <functional>

namespace cw {

class Database;

/// A thread with its own cache connection, running queued jobs one after another.
///
/// post() queues a job; jobs run in order on the thread, and each job reaches the cache through
/// Database::connection(), which gives this thread its own connection. The connection is released
/// when the thread stops (in the destructor), so the Database must outlive this object.
/// Thread affinity: create, post to and destroy from one thread (usually the GUI thread).
class QueryThread
{
public:
    QueryThread(const Database &database, const QString &name);
    ~QueryThread();
    QueryThread(const QueryThread &) = delete;
    QueryThread &operator=(const QueryThread &) = delete;

    /// Runs @p job on the thread after the jobs posted before it.
    void post(std::function<void()> job);

private:
    QThread m_thread;
    QObject *m_context;
};

} // namespace cw
