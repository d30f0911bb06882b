#include "database.h"

#include "indexsuspension.h"

#include "migrations.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

namespace cw {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cw::Database)
};

// Long enough to ride out another connection's commit, short enough that a cache held open by
// another program is reported instead of freezing start-up.
constexpr int kBusyTimeoutMs = 3000;

Error openError(const QString &code, const QString &message, const QString &detail = {})
{
    return Error(Error::Category::Config, message, detail).setCode(code);
}

bool looksLikeSqlite(QFile &file)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

Result<void> checkExistingFile(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return openError(Database::kOpenUnreadable,
                         Tr::tr("The cache file %1 cannot be read: %2.").arg(path, file.errorString()));
    }
    if (info.size() > 0 && !looksLikeSqlite(file)) {
        return openError(Database::kOpenCorrupt,
                         Tr::tr("The file %1 is not a Crosswalk cache: it is not an SQLite database "
                                "or its header is damaged.")
                             .arg(path));
    }
    if (!info.isWritable()) {
        return openError(
            Database::kOpenUnreadable,
            Tr::tr("The cache file %1 is read-only. Crosswalk needs to write to its cache.").arg(path));
    }
    return {};
}

bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6");
}

Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(Tr::tr("A cache statement failed."), query.lastError());
    return {};
}

} // namespace

Error sqlError(const QString &userMessage, const QSqlError &error)
{
    QString detail = error.text();
    if (!error.nativeErrorCode().isEmpty())
        detail = Tr::tr("SQLite error %1: %2").arg(error.nativeErrorCode(), detail);
    Error result(Error::Category::Internal, userMessage, detail);
    if (isBusy(error))
        result = Error(Error::Category::Conflict, userMessage, detail)
                     .setCode(Database::kOpenLocked)
                     .setRetryable(true);
    return result;
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_prefix(QStringLiteral("cw-%1-").arg(QUuid::createUuid().toString(QUuid::Id128)))
{ }

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, int targetVersion)
{
    if (auto checked = checkExistingFile(path); !checked)
        return checked.error();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return openError(kOpenUnreadable,
                         Tr::tr("The folder %1 for the cache cannot be created.").arg(info.absolutePath()));
    }
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath()));
    if (auto opened = database->openMainConnection(); !opened)
        return opened.error();
    if (auto migrated = database->migrate(targetVersion > 0 ? targetVersion : latestSchemaVersion());
        !migrated)
        return migrated.error();
    database->restoreSuspendedIndexes();
    qCDebug(lcCache) << "opened cache" << database->path() << "schema" << database->schemaVersion();
    return database;
}

void Database::restoreSuspendedIndexes() const
{
    if (schemaVersion() < kSuspendedIndexVersion)
        return;
    // Why: a failure leaves a readable cache with slower queries; the next open tries again.
    auto restored = IndexSuspension::restoreLeftovers(*this);
    if (!restored)
        qCWarning(lcCache) << "indexes left by an interrupted bulk load could not be rebuilt:"
                           << restored.error().toString();
    else if (!restored.value().isEmpty())
        qCInfo(lcCache) << "rebuilt indexes left by an interrupted bulk load:" << restored.value();
}

QString Database::defaultPath(bool demo)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(folder).filePath(demo ? QStringLiteral("demo.sqlite") : QStringLiteral("crosswalk.sqlite"));
}

QString Database::resolvePath(const QString &commandLinePath, const QString &settingsPath, bool demo)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("CROSSWALK_CACHE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!settingsPath.isEmpty() && !demo)
        return settingsPath;
    return defaultPath(demo);
}

int Database::latestSchemaVersion()
{
    return migrations().back().version;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QSqlDatabase Database::createConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return db;
    QSqlQuery query(db);
    // WAL lets the UI read while the sync engine writes; NORMAL sync keeps every transaction
    // atomic (a crash loses at most the last commits, never leaves half of one).
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    return db;
}

QSqlDatabase Database::connection() const
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QMutexLocker locker(&m_mutex);
    auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd())
        return QSqlDatabase::database(*it, false);
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(thread), 16);
    m_connections.insert(thread, name);
    return createConnection(name);
}

void Database::releaseThreadConnection() const
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QString name;
    {
        QMutexLocker locker(&m_mutex);
        name = m_connections.take(thread);
    }
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<void> Database::openMainConnection()
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return openError(kOpenUnreadable, Tr::tr("The cache file %1 cannot be opened.").arg(m_path),
                         db.lastError().text());
    }
    QSqlQuery query(db);
    // Reading the schema catches a damaged file early, before any page queries it.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const QSqlError error = query.lastError();
        if (isBusy(error)) {
            return openError(kOpenLocked,
                             Tr::tr("The cache file %1 is locked by another program.").arg(m_path),
                             error.text());
        }
        return openError(kOpenCorrupt, Tr::tr("The cache file %1 is damaged and cannot be read.").arg(m_path),
                         error.text());
    }
    // Why 16 KiB pages: a pull or an import writes each page twice through the WAL, with system
    // calls per page (and per WAL frame), so larger pages mean a quarter of the calls for the same
    // bytes; the kernel's share of a bulk pull fell by up to a third. Only a new, empty file takes
    // it (before WAL mode, which fixes the size); an existing cache keeps its pages.
    query.exec(QStringLiteral("PRAGMA page_size = %1").arg(kPageSize));
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        const QSqlError error = query.lastError();
        if (isBusy(error)) {
            return openError(kOpenLocked,
                             Tr::tr("The cache file %1 is locked by another program.").arg(m_path),
                             error.text());
        }
        return openError(kOpenCorrupt,
                         Tr::tr("The cache file %1 cannot be switched to WAL mode.").arg(m_path),
                         error.text());
    }
    return {};
}

Result<void> Database::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0) {
        return openError(
            kOpenCorrupt,
            Tr::tr("The cache file %1 is damaged: its schema version cannot be read.").arg(m_path));
    }
    if (current > latestSchemaVersion()) {
        return openError(kOpenNewerSchema,
                         Tr::tr("The cache file %1 was written by a newer version of Crosswalk (schema %2; "
                                "this version knows up to %3). Update Crosswalk or open another cache.")
                             .arg(m_path)
                             .arg(current)
                             .arg(latestSchemaVersion()));
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        auto applied = transaction([&](QSqlDatabase &db) -> Result<void> {
            for (const QString &statement : migration.portable + migration.sqliteOnly) {
                if (auto done = exec(db, expandForSqlite(statement)); !done)
                    return done;
            }
            return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        });
        if (!applied) {
            const Error &error = applied.error();
            const QString code = error.code() == kOpenLocked ? kOpenLocked : kOpenMigrationFailed;
            return openError(
                code,
                Tr::tr("The cache file %1 could not be upgraded to schema %2; it was left as it was.")
                    .arg(m_path)
                    .arg(migration.version),
                error.detail());
        }
        qCInfo(lcCache) << "migrated" << m_path << "to schema" << migration.version << migration.summary;
    }
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>(QSqlDatabase &)> &work) const
{
    QSqlDatabase db = connection();
    // BEGIN IMMEDIATE takes the write lock up front, so a busy cache fails here, before any work.
    if (auto begun = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    Result<void> result = work(db);
    if (result) {
        if (auto committed = exec(db, QStringLiteral("COMMIT")); committed)
            return {};
        else
            result = committed;
    }
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return result;
}

sqlite3 *Database::rawHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace cw
