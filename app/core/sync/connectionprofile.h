#pragma once

#include "connectors/odoo/odooconnectionsettings.h"
#include "domain/result.h"
#include "domain/systemconfig.h"
#include "pushoptions.h"
#include "syncengineoptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cw {

/// Where the headless sync connects to, as a JSON file without secrets: Odoo's URL, database,
/// login and API, the NAMES of the environment variables that carry the secrets (HeadlessSecrets
/// reads them, then the keychain), and optional push tuning. Written by `crosswalkctl sandbox --profile-out`,
/// read by `crosswalkctl sync --profile`.
///
/// @code
/// { "format": "crosswalk-profile/1",
///   "odoo": { "url": "http://127.0.0.1:8069", "database": "crosswalk", "login": "admin",
///             "api": "jsonrpc", "secret_kind": "api_key", "secret_env": "CROSSWALK_ODOO_SECRET" },
///   "crm": { "url": "http://127.0.0.1:8070", "secret_env": "CROSSWALK_CRM_TOKEN" },
///   "staffing": { "auth_url": "http://127.0.0.1:8071/oauth", "login_url":
///   "http://127.0.0.1:8071/rest-services/login",
///                 "client_id": "...", "username": "...", "time_source": "time_and_expense",
///                 "client_secret_env": "CROSSWALK_STAFFING_CLIENT_SECRET",
///                 "password_env": "CROSSWALK_STAFFING_PASSWORD" },
///   "push": { "batch_size": 100, "concurrency": 2 } }
/// @endcode
/// "crm" (HubSpot) and "staffing" (Bullhorn) are optional: the pull flow reads the ones present.
/// "time_source" is "time_and_expense" or "pay_and_bill" (BullhornPullSource::timeEntities()).
/// A profile holding a secret itself ("secret", "password", "api_key", "token" keys) is refused, so
/// that one never ends up in a file by mistake; so is
/// "client_secret". A plain value.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(cw::ConnectionProfile)

public:
    static inline const QString kFormat = QStringLiteral("crosswalk-profile/1");
    static inline const QString kDefaultSecretEnv = QStringLiteral("CROSSWALK_ODOO_SECRET");
    static inline const QString kDefaultCrmTokenEnv = QStringLiteral("CROSSWALK_CRM_TOKEN");
    static inline const QString kDefaultStaffingClientSecretEnv =
        QStringLiteral("CROSSWALK_STAFFING_CLIENT_SECRET");
    static inline const QString kDefaultStaffingPasswordEnv = QStringLiteral("CROSSWALK_STAFFING_PASSWORD");

    /// Everything but the secret.
    OdooConnectionSettings odoo;
    /// Environment variable holding the Odoo secret for headless runs.
    QString odooSecretEnv = kDefaultSecretEnv;
    PushOptions push;
    /// The CRM (kind crm: url) without its token, if the profile has one.
    std::optional<SystemConfig> crm;
    QString crmTokenEnv = kDefaultCrmTokenEnv;
    /// The staffing platform (kind staffing: url is the OAuth base; login, client id and login
    /// address as BullhornConfig::fromSystem() reads them; PullFlow::kTimeSourceOption) without its
    /// secrets, if any.
    std::optional<SystemConfig> staffing;
    QString staffingClientSecretEnv = kDefaultStaffingClientSecretEnv;
    QString staffingPasswordEnv = kDefaultStaffingPasswordEnv;

    static Result<ConnectionProfile> load(const QString &path);
    static Result<ConnectionProfile> fromJson(const QJsonObject &json);
    Result<void> save(const QString &path) const;
    QJsonObject toJson() const;

    /// Sets the CRM and staffing systems of the profile in @p options, without their secrets
    /// (HeadlessSecrets finds those).
    void applyPullSystems(SyncEngineOptions *options) const;
    static QString apiName(OdooConnectionSettings::Api api);
    /// The CRM system (HubSpot) at @p url, as a profile's "crm" section gives it.
    static SystemConfig crmSystem(const QString &url);
    /// The staffing system (Bullhorn), as a profile's "staffing" section gives it; without
    /// @p authUrl, @p loginUrl must be a login host (BullhornConfig::fromSystem()).
    static SystemConfig staffingSystem(const QString &authUrl, const QString &loginUrl,
                                       const QString &clientId, const QString &username);

private:
    /// Reads the optional "crm" and "staffing" sections of @p json.
    Result<void> readPullSystems(const QJsonObject &json);
};

} // namespace cw
