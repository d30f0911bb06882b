#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace cw {

/// The guard that lets one sync at a time run on a cache, across processes: a lock file beside
/// the cache (`<cache>.sync.lock`), held for the whole run. Two syncs on one cache, whether the
/// desktop and a scheduled `crosswalkctl sync`, two command-line runs or two engines of one
/// process, would both reconcile the outbox's rows in flight and close each other's runs as
/// interrupted; the second one is refused instead.
///
/// A lock whose process is gone (killed, crashed) is stale and taken over at once: QLockFile
/// checks that the process named in the file still runs under the same program name on this
/// computer. Age alone never makes the lock stale, since a sync may run for hours. A cache without
/// a file (in memory) needs no lock.
/// Thread affinity: one thread at a time. Releases the lock when destroyed.
class SyncLock
{
    Q_DECLARE_TR_FUNCTIONS(cw::SyncLock)

public:
    /// Error code of a cache whose sync lock another run holds.
    static inline const QString kLocked = QStringLiteral("sync.locked");

    explicit SyncLock(const QString &cachePath);
    SyncLock(const SyncLock &) = delete;
    SyncLock &operator=(const SyncLock &) = delete;

    /// The lock file of the cache at @p cachePath.
    static QString pathFor(const QString &cachePath);

    /// Takes the lock without waiting. Fails with Error::Category::Conflict and code kLocked,
    /// naming the process holding it and since when, while another run holds it (in this process
    /// too); with Error::Category::Config when the lock file cannot be written.
    Result<void> acquire();
    void release();
    bool isHeld() const;

private:
    Error lockedError() const;

    QString m_path;
    QLockFile m_file;
};

} // namespace cw
