#pragma once

#include "auditlog.h"
#include "domain/result.h"
#include "domain/systemconfig.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace cw {

class Database;

/// The connected systems in the cache's `system` table: list, find, add, change, remove.
///
/// Every write is validated first (see validate()) and recorded in the audit log in the same
/// transaction, with the OS user as actor and the system's settings (never a secret) before and
/// after. Secrets are not this class's business: callers keep them in the CredentialStore.
/// Removing a system also removes the records cached from it (the schema cascades).
///
/// Thread affinity: works through the calling thread's cache connection, so one repository may
/// be used from any thread; the Database must outlive it.
class SystemRepository
{
    Q_DECLARE_TR_FUNCTIONS(cw::SystemRepository)

public:
    static inline const QString kActionAdd = QStringLiteral("system.add");
    static inline const QString kActionUpdate = QStringLiteral("system.update");
    static inline const QString kActionRemove = QStringLiteral("system.remove");
    static inline const QString kSubjectType = QStringLiteral("system");

    /// Error codes naming the field a validation or duplicate error is about, so a form can put
    /// the focus there.
    static inline const QString kFieldName = QStringLiteral("system.name");
    static inline const QString kFieldUrl = QStringLiteral("system.url");
    static inline const QString kFieldDatabase = QStringLiteral("system.database");
    static inline const QString kFieldLogin = QStringLiteral("system.login");
    static inline const QString kFieldClientId = QStringLiteral("system.client_id");
    static inline const QString kFieldKind = QStringLiteral("system.kind");

    explicit SystemRepository(const Database &database, std::shared_ptr<Clock> clock = Clock::system());

    /// All systems, ordered by name.
    Result<QList<SystemConfig>> list() const;
    /// The system with @p id; Error::Category::NotFound when there is none.
    Result<SystemConfig> find(qint64 id) const;
    /// Adds @p system (its id and timestamps are ignored) and returns the new id. Leading and
    /// trailing blanks of the text fields are dropped. A name already used, ignoring case, fails
    /// with Error::Category::Duplicate.
    Result<qint64> insert(const SystemConfig &system);
    /// Stores the settings of @p system under its id. The kind cannot change. Writes nothing (and
    /// audits nothing) when the settings equal the stored ones.
    Result<void> update(const SystemConfig &system);
    /// Removes the system with @p id; Error::Category::NotFound when there is none.
    Result<void> remove(qint64 id);

    /// Checks the fields of @p system without touching the cache: a name; for every kind but
    /// File an http(s) URL without user name or password, plain http only for loopback hosts
    /// (TLS is required everywhere else); for Odoo a database and login; for the staffing
    /// platform a login and OAuth client id. Fails with Error::Category::Validation and the
    /// field's code.
    static Result<void> validate(const SystemConfig &system);
    /// True for localhost, 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString &host);

private:
    Result<void> checkNameFree(QSqlDatabase &db, const SystemConfig &system) const;

    const Database &m_database;
    std::shared_ptr<Clock> m_clock;
    AuditLog m_audit;
};

} // namespace cw
