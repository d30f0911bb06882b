#pragma once

#include "domain/result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace cw {

/// The local cache: one SQLite file (WAL, foreign keys on, versioned migrations).
///
/// Ownership and threads: one Database object per open cache file, created and destroyed on the
/// thread that owns the application (usually the GUI thread). Each thread that touches the cache
/// gets its own connection from connection(); connections are never shared between threads.
/// A worker thread calls releaseThreadConnection() before it ends.
///
/// Opening never overwrites or truncates an existing file: an unreadable, corrupt, locked or
/// newer-schema file yields an Error whose code() is one of the kOpen* codes below, and the
/// caller decides (open another file, start a fresh one).
class Database
{
public:
    static inline const QString kOpenUnreadable = QStringLiteral("cache.unreadable");
    static inline const QString kOpenCorrupt = QStringLiteral("cache.corrupt");
    static inline const QString kOpenLocked = QStringLiteral("cache.locked");
    static inline const QString kOpenNewerSchema = QStringLiteral("cache.newer_schema");
    static inline const QString kOpenMigrationFailed = QStringLiteral("cache.migration_failed");
    /// The page size of a cache file open() creates; a file that exists keeps its own.
    static constexpr int kPageSize = 16384;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if missing) the cache at @p path and migrates it to latestSchemaVersion().
    /// @p targetVersion limits the migration, for tests that build an older file; 0 means latest.
    static Result<std::unique_ptr<Database>> open(const QString &path, int targetVersion = 0);

    /// Default cache file: `<user data folder>/crosswalk.sqlite`, or `demo.sqlite` for demo mode.
    static QString defaultPath(bool demo = false);
    /// Resolves the cache path from, in order: @p commandLinePath (--cache), the CROSSWALK_CACHE
    /// environment variable, @p settingsPath, then defaultPath(@p demo).
    static QString resolvePath(const QString &commandLinePath, const QString &settingsPath, bool demo);

    /// Highest schema version this build knows.
    static int latestSchemaVersion();

    QString path() const { return m_path; }
    /// Schema version of the file (PRAGMA user_version).
    int schemaVersion() const;

    /// The connection of the calling thread, opened on first use with the cache's pragmas.
    QSqlDatabase connection() const;
    /// Closes the calling thread's connection; call before a worker thread ends.
    void releaseThreadConnection() const;

    /// Runs @p work inside BEGIN IMMEDIATE ... COMMIT on the calling thread's connection; rolls
    /// back when @p work returns an error or the commit fails, so a half-done write never lands.
    Result<void> transaction(const std::function<Result<void>(QSqlDatabase &)> &work) const;

    /// The sqlite3 handle beneath a QSQLITE connection, for the bulk-write path.
    static sqlite3 *rawHandle(const QSqlDatabase &db);

private:
    /// The schema version that added suspended_index.
    static constexpr int kSuspendedIndexVersion = 10;

    explicit Database(QString path);
    Result<void> openMainConnection();
    Result<void> migrate(int targetVersion);
    /// Rebuilds the indexes a process killed during a bulk load left dropped (IndexSuspension).
    void restoreSuspendedIndexes() const;
    QSqlDatabase createConnection(const QString &name) const;

    QString m_path;
    QString m_prefix;
    mutable QMutex m_mutex;
    mutable QHash<Qt::HANDLE, QString> m_connections;
};

/// Wraps a failed QSqlQuery/QSqlDatabase into an Error with the driver text as detail.
Error sqlError(const QString &userMessage, const QSqlError &error);

} // namespace cw
