#include "systemrepository.h"

#include "database.h"
#include "util/logging.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace cw {

namespace {

const QString kColumns =
    QStringLiteral("id, kind, name, url, database_name, login, options, enabled, created_at, updated_at");

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The text columns are NOT NULL, and Qt binds a null QString as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

SystemConfig normalized(SystemConfig system)
{
    system.name = system.name.trimmed();
    system.url = system.url.trimmed();
    system.databaseName = system.databaseName.trimmed();
    system.login = system.login.trimmed();
    return system;
}

Result<SystemConfig> fromRow(const QSqlQuery &query)
{
    SystemConfig system;
    system.id = query.value(0).toLongLong();
    if (!SystemConfig::kindFromName(query.value(1).toString(), &system.kind)) {
        return Error(Error::Category::Internal,
                     SystemRepository::tr("The cache holds a system of unknown kind."),
                     query.value(1).toString());
    }
    system.name = query.value(2).toString();
    system.url = query.value(3).toString();
    system.databaseName = query.value(4).toString();
    system.login = query.value(5).toString();
    // A hand-edited options column must not hide the system: unreadable options read as none.
    system.options = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    system.enabled = query.value(7).toBool();
    system.createdAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    system.updatedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
    return system;
}

void bindSettings(QSqlQuery &query, const SystemConfig &system)
{
    query.addBindValue(SystemConfig::kindName(system.kind));
    query.addBindValue(text(system.name));
    query.addBindValue(text(system.url));
    query.addBindValue(text(system.databaseName));
    query.addBindValue(text(system.login));
    query.addBindValue(QString::fromUtf8(QJsonDocument(system.options).toJson(QJsonDocument::Compact)));
    query.addBindValue(system.enabled ? 1 : 0);
}

Result<SystemConfig> load(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM system WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(SystemRepository::tr("The connection could not be read from the cache."),
                        query.lastError());
    if (!query.next()) {
        return Error(
            Error::Category::NotFound,
            SystemRepository::tr("The connection no longer exists; it may have been removed meanwhile."),
            SystemRepository::tr("system id %1").arg(id));
    }
    return fromRow(query);
}

Error invalid(const QString &field, const QString &message)
{
    return Error(Error::Category::Validation, message).setCode(field);
}

Result<void> validateUrl(const SystemConfig &system)
{
    const QString title = SystemConfig::kindTitle(system.kind);
    if (system.url.isEmpty())
        return invalid(SystemRepository::kFieldUrl,
                       SystemRepository::tr("Enter the address (URL) of %1.").arg(title));
    const QUrl url(system.url, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return invalid(SystemRepository::kFieldUrl,
                       SystemRepository::tr("%1 is not a web address. Enter an address starting with "
                                            "https://, for example https://example.com.")
                           .arg(system.url));
    }
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        return invalid(SystemRepository::kFieldUrl,
                       SystemRepository::tr("Remove the user name and password from the address. Enter them "
                                            "in the login and secret fields, which keep the secret in the "
                                            "keychain."));
    }
    if (scheme == QLatin1String("http") && !SystemRepository::isLoopbackHost(url.host())) {
        return invalid(SystemRepository::kFieldUrl,
                       SystemRepository::tr("Use https for %1. Unencrypted http is only allowed for this "
                                            "computer (localhost, 127.0.0.1 or ::1), such as the Crosswalk "
                                            "sandbox.")
                           .arg(url.host()));
    }
    return {};
}

} // namespace

SystemRepository::SystemRepository(const Database &database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(clock)
    , m_audit(std::move(clock))
{ }

Result<QList<SystemConfig>> SystemRepository::list() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM system ORDER BY name COLLATE NOCASE, id").arg(kColumns)))
        return sqlError(tr("The connections could not be read from the cache."), query.lastError());
    QList<SystemConfig> systems;
    while (query.next()) {
        auto system = fromRow(query);
        if (!system)
            return system.error();
        systems.append(std::move(system).value());
    }
    return systems;
}

Result<SystemConfig> SystemRepository::find(qint64 id) const
{
    QSqlDatabase db = m_database.connection();
    return load(db, id);
}

Result<qint64> SystemRepository::insert(const SystemConfig &system)
{
    SystemConfig stored = normalized(system);
    if (auto valid = validate(stored); !valid)
        return valid.error();
    stored.createdAt = stored.updatedAt = m_clock->now().toUTC();

    const Result<void> written = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        if (auto free = checkNameFree(db, stored); !free)
            return free;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO system (kind, name, url, database_name, login, options, "
                                     "enabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindSettings(query, stored);
        query.addBindValue(stamp(stored.createdAt));
        query.addBindValue(stamp(stored.updatedAt));
        if (!query.exec())
            return sqlError(tr("The connection could not be saved in the cache."), query.lastError());
        stored.id = query.lastInsertId().toLongLong();
        return m_audit.append(db, AuditLog::currentActor(), kActionAdd, kSubjectType,
                              QString::number(stored.id), {}, stored.toJson());
    });
    if (!written)
        return written.error();
    qCInfo(lcCache) << "added system" << stored.id << SystemConfig::kindName(stored.kind);
    return stored.id;
}

Result<void> SystemRepository::update(const SystemConfig &system)
{
    SystemConfig stored = normalized(system);
    if (auto valid = validate(stored); !valid)
        return valid;

    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        const auto before = load(db, stored.id);
        if (!before)
            return before.error();
        if (before.value().kind != stored.kind) {
            return invalid(kFieldKind,
                           tr("The kind of a connection cannot be changed. Add a new connection "
                              "instead."));
        }
        if (before.value().sameSettings(stored))
            return {};
        if (auto free = checkNameFree(db, stored); !free)
            return free;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE system SET kind = ?, name = ?, url = ?, database_name = ?, "
                                     "login = ?, options = ?, enabled = ?, updated_at = ? WHERE id = ?"));
        bindSettings(query, stored);
        query.addBindValue(stamp(m_clock->now()));
        query.addBindValue(stored.id);
        if (!query.exec())
            return sqlError(tr("The connection could not be saved in the cache."), query.lastError());
        return m_audit.append(db, AuditLog::currentActor(), kActionUpdate, kSubjectType,
                              QString::number(stored.id), before.value().toJson(), stored.toJson());
    });
}

Result<void> SystemRepository::remove(qint64 id)
{
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        const auto before = load(db, id);
        if (!before)
            return before.error();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM system WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(tr("The connection could not be removed from the cache."), query.lastError());
        return m_audit.append(db, AuditLog::currentActor(), kActionRemove, kSubjectType, QString::number(id),
                              before.value().toJson(), {});
    });
}

Result<void> SystemRepository::validate(const SystemConfig &system)
{
    const SystemConfig checked = normalized(system);
    if (checked.name.isEmpty())
        return invalid(kFieldName, tr("Enter a name for the connection."));
    if (!SystemConfig::hasAddress(checked.kind))
        return {};
    if (auto url = validateUrl(checked); !url)
        return url;
    if (SystemConfig::hasDatabase(checked.kind) && checked.databaseName.isEmpty())
        return invalid(kFieldDatabase, tr("Enter the name of the Odoo database."));
    if (SystemConfig::hasLogin(checked.kind) && checked.login.isEmpty())
        return invalid(kFieldLogin, tr("Enter the login of the user Crosswalk signs in as."));
    if (SystemConfig::hasClientId(checked.kind)
        && checked.options.value(SystemConfig::kClientIdOption).toString().trimmed().isEmpty()) {
        return invalid(kFieldClientId, tr("Enter the OAuth client ID issued for the staffing platform."));
    }
    return {};
}

bool SystemRepository::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> SystemRepository::checkNameFree(QSqlDatabase &db, const SystemConfig &system) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM system WHERE name = ? COLLATE NOCASE AND id <> ?"));
    query.addBindValue(text(system.name));
    query.addBindValue(system.id);
    if (!query.exec())
        return sqlError(tr("The connection could not be checked against the cache."), query.lastError());
    if (query.next()) {
        return Error(Error::Category::Duplicate,
                     tr("A connection named %1 already exists. Choose another name.")
                         .arg(query.value(0).toString()))
            .setCode(kFieldName);
    }
    return {};
}

} // namespace cw
