#pragma once

#include "connectors/odoo/odooconnectionsettings.h"
#include "domain/result.h"
#include "pushoptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cw {

/// Where the headless sync connects to, as a JSON file without secrets: Odoo's URL, database,
/// login and API, the NAME of the environment variable that carries the secret, and optional push
/// tuning. Written by `crosswalkctl sandbox --profile-out`, read by `crosswalkctl sync --profile`.
///
/// @code
/// { "format": "crosswalk-profile/1",
///   "odoo": { "url": "http://127.0.0.1:8069", "database": "crosswalk", "login": "admin",
///             "api": "jsonrpc", "secret_kind": "api_key", "secret_env": "CROSSWALK_ODOO_SECRET" },
///   "push": { "batch_size": 100, "concurrency": 2 } }
/// @endcode
/// A profile holding a secret itself ("secret", "password", "api_key", "token" keys) is refused, so
/// that one never ends up in a file by mistake. A plain value.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(cw::ConnectionProfile)

public:
    static inline const QString kFormat = QStringLiteral("crosswalk-profile/1");
    static inline const QString kDefaultSecretEnv = QStringLiteral("CROSSWALK_ODOO_SECRET");

    /// Everything but the secret.
    OdooConnectionSettings odoo;
    /// Environment variable holding the Odoo secret for headless runs.
    QString odooSecretEnv = kDefaultSecretEnv;
    PushOptions push;

    static Result<ConnectionProfile> load(const QString &path);
    static Result<ConnectionProfile> fromJson(const QJsonObject &json);
    Result<void> save(const QString &path) const;
    QJsonObject toJson() const;

    /// The Odoo secret from the environment variable; NotFound when it is unset or empty.
    Result<QString> secretFromEnvironment() const;
    static QString apiName(OdooConnectionSettings::Api api);
};

} // namespace cw
