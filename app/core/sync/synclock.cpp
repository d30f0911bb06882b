#include "synclock.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

namespace cw {

namespace {

bool isFileCache(const QString &cachePath)
{
    // QSQLITE's in-memory databases (":memory:", "file::memory:...") have no file to guard.
    return !cachePath.isEmpty() && !cachePath.startsWith(QLatin1Char(':'))
        && !cachePath.contains(QLatin1String(":memory:"));
}

/// When the lock was taken: the time of day alone for today; with the date otherwise, so that a lock
/// left from yesterday does not look recent.
QString sinceText(const QDateTime &taken)
{
    const QLocale locale;
    if (taken.date() == QDate::currentDate())
        return locale.toString(taken.time(), QLocale::ShortFormat);
    return locale.toString(taken, QLocale::ShortFormat);
}

} // namespace

SyncLock::SyncLock(const QString &cachePath)
    : m_path(isFileCache(cachePath) ? pathFor(cachePath) : QString())
    , m_file(m_path)
{
    // A lock is stale only when its process is gone, never because the sync takes long.
    m_file.setStaleLockTime(0);
}

QString SyncLock::pathFor(const QString &cachePath)
{
    return cachePath + QStringLiteral(".sync.lock");
}

Result<void> SyncLock::acquire()
{
    if (m_path.isEmpty() || m_file.isLocked())
        return {};
    if (m_file.tryLock(0))
        return {};
    if (m_file.error() == QLockFile::LockFailedError)
        return lockedError();
    return Error(Error::Category::Config,
                 tr("The sync lock %1 beside the cache cannot be written, so no sync can start.").arg(m_path),
                 m_file.error() == QLockFile::PermissionError ? tr("permission denied")
                                                              : tr("unknown error"));
}

void SyncLock::release()
{
    if (m_file.isLocked())
        m_file.unlock();
}

bool SyncLock::isHeld() const
{
    return m_file.isLocked();
}

Error SyncLock::lockedError() const
{
    qint64 pid = 0;
    QString host;
    QString program;
    m_file.getLockInfo(&pid, &host, &program);
    const QString since = sinceText(QFileInfo(m_path).lastModified());
    const QString holder = host.isEmpty() || host == QSysInfo::machineHostName()
        ? tr("process %1 since %2").arg(pid).arg(since)
        : tr("process %1 on %2 since %3").arg(pid).arg(host, since);
    return Error(Error::Category::Conflict, tr("Another sync is running on this cache (%1).").arg(holder),
                 QStringLiteral("%1: %2 %3").arg(m_path, program).arg(pid))
        .setCode(kLocked)
        .setRetryable(true);
}

} // namespace cw
