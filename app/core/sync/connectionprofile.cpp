#include "connectionprofile.h"

#include "cache/systemrepository.h"
#include "connectors/bullhorn/bullhornconfig.h"
#include "pullflow.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace cw {

namespace {

const QStringList kSecretKeys { QStringLiteral("secret"), QStringLiteral("password"),
                                QStringLiteral("api_key"), QStringLiteral("token"),
                                QStringLiteral("client_secret") };

Result<void> refuseSecrets(const QJsonObject &section)
{
    for (const QString &key : kSecretKeys) {
        if (section.contains(key))
            return Error(
                Error::Category::Config,
                ConnectionProfile::tr("The connection profile holds a secret (\"%1\"). Remove it: secrets "
                                      "belong in the keychain or in the environment variable the profile "
                                      "names.")
                    .arg(key));
    }
    return {};
}

Result<SystemConfig> validated(const SystemConfig &system)
{
    if (Result<void> valid = SystemRepository::validate(system); !valid)
        return valid.error();
    if (system.kind == SystemConfig::Kind::Staffing) {
        if (Result<BullhornConfig> config = BullhornConfig::fromSystem(system); !config)
            return config.error();
    }
    return system;
}

bool apiFromName(const QString &name, OdooConnectionSettings::Api *api)
{
    using Api = OdooConnectionSettings::Api;
    for (Api candidate : { Api::Auto, Api::JsonRpc, Api::Json2, Api::WebSession }) {
        if (ConnectionProfile::apiName(candidate) == name) {
            *api = candidate;
            return true;
        }
    }
    return false;
}

} // namespace

SystemConfig ConnectionProfile::crmSystem(const QString &url)
{
    SystemConfig system;
    system.kind = SystemConfig::Kind::Crm;
    system.name = QStringLiteral("HubSpot");
    system.url = url;
    return system;
}

SystemConfig ConnectionProfile::staffingSystem(const QString &authUrl, const QString &loginUrl,
                                               const QString &clientId, const QString &username)
{
    SystemConfig system;
    system.kind = SystemConfig::Kind::Staffing;
    system.name = QStringLiteral("Bullhorn");
    // Given only a login host, the data centre's OAuth base is found at sign-in (BullhornConfig).
    system.url = authUrl.isEmpty() ? loginUrl : authUrl;
    system.login = username;
    system.options = { { SystemConfig::kClientIdOption, clientId },
                       { BullhornConfig::kLoginUrlOption, loginUrl } };
    return system;
}

QString ConnectionProfile::apiName(OdooConnectionSettings::Api api)
{
    switch (api) {
    case OdooConnectionSettings::Api::Auto:
        return QStringLiteral("auto");
    case OdooConnectionSettings::Api::JsonRpc:
        return QStringLiteral("jsonrpc");
    case OdooConnectionSettings::Api::Json2:
        return QStringLiteral("json2");
    case OdooConnectionSettings::Api::WebSession:
        break;
    }
    return QStringLiteral("web_session");
}

Result<ConnectionProfile> ConnectionProfile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Category::Config, tr("The connection profile %1 cannot be read.").arg(path),
                     file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error(Error::Category::Config, tr("The connection profile %1 is not a JSON object.").arg(path),
                     parseError.errorString());
    return fromJson(document.object());
}

Result<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        return Error(Error::Category::Config,
                     tr("This is not a Crosswalk connection profile (format \"%1\" expected).").arg(kFormat));
    const QJsonObject odoo = json.value(QStringLiteral("odoo")).toObject();
    const QJsonObject crm = json.value(QStringLiteral("crm")).toObject();
    const QJsonObject staffing = json.value(QStringLiteral("staffing")).toObject();
    for (const QJsonObject &section : { odoo, crm, staffing }) {
        if (Result<void> clean = refuseSecrets(section); !clean)
            return clean.error();
    }
    ConnectionProfile profile;
    if (Result<void> pull = profile.readPullSystems(json); !pull)
        return pull.error();
    profile.odoo.url = QUrl(odoo.value(QStringLiteral("url")).toString());
    profile.odoo.database = odoo.value(QStringLiteral("database")).toString();
    profile.odoo.login = odoo.value(QStringLiteral("login")).toString();
    profile.odoo.secretKind =
        odoo.value(QStringLiteral("secret_kind")).toString() == QLatin1String("password")
        ? OdooConnectionSettings::SecretKind::Password
        : OdooConnectionSettings::SecretKind::ApiKey;
    if (!apiFromName(odoo.value(QStringLiteral("api")).toString(QStringLiteral("auto")), &profile.odoo.api))
        return Error(Error::Category::Config,
                     tr("Unknown Odoo API \"%1\" in the profile (auto, jsonrpc, json2 or web_session).")
                         .arg(odoo.value(QStringLiteral("api")).toString()));
    profile.odoo.timeoutMs = odoo.value(QStringLiteral("timeout_ms")).toInt(profile.odoo.timeoutMs);
    profile.odoo.maxConcurrent =
        odoo.value(QStringLiteral("max_concurrent")).toInt(profile.odoo.maxConcurrent);
    profile.odooSecretEnv = odoo.value(QStringLiteral("secret_env")).toString(kDefaultSecretEnv);
    const QJsonObject push = json.value(QStringLiteral("push")).toObject();
    PushOptions &p = profile.push;
    p.batchSize = push.value(QStringLiteral("batch_size")).toInt(p.batchSize);
    p.concurrency = push.value(QStringLiteral("concurrency")).toInt(p.concurrency);
    p.retryBaseMs = push.value(QStringLiteral("retry_base_ms")).toInteger(p.retryBaseMs);
    p.retryMaxMs = push.value(QStringLiteral("retry_max_ms")).toInteger(p.retryMaxMs);
    p.maxAttempts = push.value(QStringLiteral("max_attempts")).toInt(p.maxAttempts);
    p.maxWaitMs = push.value(QStringLiteral("max_wait_ms")).toInteger(p.maxWaitMs);
    p.circuitOpenMs = push.value(QStringLiteral("circuit_open_ms")).toInteger(p.circuitOpenMs);
    p.productCode = push.value(QStringLiteral("product_code")).toString(p.productCode);
    p.taxName = push.value(QStringLiteral("tax_name")).toString(p.taxName);
    OdooConnectionSettings check = profile.odoo;
    check.secret = QStringLiteral("-");
    Result<void> valid = check.validate();
    if (!valid)
        return valid.error();
    return profile;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject odooJson { { QStringLiteral("url"), odoo.url.toString() },
                           { QStringLiteral("database"), odoo.database },
                           { QStringLiteral("login"), odoo.login },
                           { QStringLiteral("api"), apiName(odoo.api) },
                           { QStringLiteral("secret_kind"),
                             odoo.secretKind == OdooConnectionSettings::SecretKind::Password
                                 ? QStringLiteral("password")
                                 : QStringLiteral("api_key") },
                           { QStringLiteral("secret_env"), odooSecretEnv },
                           { QStringLiteral("timeout_ms"), odoo.timeoutMs } };
    const QJsonObject pushJson { { QStringLiteral("batch_size"), push.batchSize },
                                 { QStringLiteral("concurrency"), push.concurrency },
                                 { QStringLiteral("retry_base_ms"), push.retryBaseMs },
                                 { QStringLiteral("max_wait_ms"), push.maxWaitMs },
                                 { QStringLiteral("product_code"), push.productCode } };
    QJsonObject out { { QStringLiteral("format"), kFormat },
                      { QStringLiteral("odoo"), odooJson },
                      { QStringLiteral("push"), pushJson } };
    if (crm)
        out.insert(QStringLiteral("crm"),
                   QJsonObject { { QStringLiteral("url"), crm->url },
                                 { QStringLiteral("secret_env"), crmTokenEnv } });
    if (staffing)
        out.insert(
            QStringLiteral("staffing"),
            QJsonObject {
                { QStringLiteral("auth_url"), staffing->url },
                { QStringLiteral("login_url"), staffing->options.value(BullhornConfig::kLoginUrlOption) },
                { QStringLiteral("client_id"), staffing->options.value(SystemConfig::kClientIdOption) },
                { QStringLiteral("username"), staffing->login },
                { QStringLiteral("time_source"),
                  staffing->options.value(PullFlow::kTimeSourceOption).toString(PullFlow::kTimeAndExpense) },
                { QStringLiteral("client_secret_env"), staffingClientSecretEnv },
                { QStringLiteral("password_env"), staffingPasswordEnv } });
    return out;
}

Result<void> ConnectionProfile::readPullSystems(const QJsonObject &json)
{
    if (json.contains(QStringLiteral("crm"))) {
        const QJsonObject section = json.value(QStringLiteral("crm")).toObject();
        Result<SystemConfig> system = validated(crmSystem(section.value(QStringLiteral("url")).toString()));
        if (!system)
            return system.error();
        crm = system.value();
        crmTokenEnv = section.value(QStringLiteral("secret_env")).toString(kDefaultCrmTokenEnv);
    }
    if (json.contains(QStringLiteral("staffing"))) {
        const QJsonObject section = json.value(QStringLiteral("staffing")).toObject();
        const auto text = [&section](const char *key) {
            return section.value(QLatin1String(key)).toString();
        };
        Result<SystemConfig> system = validated(
            staffingSystem(text("auth_url"), text("login_url"), text("client_id"), text("username")));
        if (!system)
            return system.error();
        const QString source =
            section.value(QStringLiteral("time_source")).toString(PullFlow::kTimeAndExpense);
        if (source != PullFlow::kTimeAndExpense && source != PullFlow::kPayAndBill)
            return Error(Error::Category::Config,
                         tr("Unknown time_source \"%1\" for the staffing platform (time_and_expense or "
                            "pay_and_bill).")
                             .arg(source));
        staffing = system.value();
        staffing->options.insert(PullFlow::kTimeSourceOption, source);
        staffingClientSecretEnv =
            section.value(QStringLiteral("client_secret_env")).toString(kDefaultStaffingClientSecretEnv);
        staffingPasswordEnv =
            section.value(QStringLiteral("password_env")).toString(kDefaultStaffingPasswordEnv);
    }
    return {};
}

void ConnectionProfile::applyPullSystems(SyncEngineOptions *options) const
{
    options->crm = crm;
    options->staffing = staffing;
}

Result<void> ConnectionProfile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Category::Config, tr("The connection profile %1 cannot be written.").arg(path),
                     file.errorString());
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error(Error::Category::Config, tr("The connection profile %1 cannot be written.").arg(path),
                     file.errorString());
    return {};
}

} // namespace cw
