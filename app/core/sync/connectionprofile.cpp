#include "connectionprofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace cw {

namespace {

const QStringList kSecretKeys { QStringLiteral("secret"), QStringLiteral("password"), QStringLiteral("api_key"),
                                QStringLiteral("token") };

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
    for (const QString &key : kSecretKeys) {
        if (odoo.contains(key))
            return Error(Error::Category::Config,
                         tr("The connection profile holds a secret (\"%1\"). Remove it: secrets belong in the "
                            "keychain or in the environment variable the profile names.")
                             .arg(key));
    }
    ConnectionProfile profile;
    profile.odoo.url = QUrl(odoo.value(QStringLiteral("url")).toString());
    profile.odoo.database = odoo.value(QStringLiteral("database")).toString();
    profile.odoo.login = odoo.value(QStringLiteral("login")).toString();
    profile.odoo.secretKind = odoo.value(QStringLiteral("secret_kind")).toString() == QLatin1String("password")
        ? OdooConnectionSettings::SecretKind::Password
        : OdooConnectionSettings::SecretKind::ApiKey;
    if (!apiFromName(odoo.value(QStringLiteral("api")).toString(QStringLiteral("auto")), &profile.odoo.api))
        return Error(Error::Category::Config,
                     tr("Unknown Odoo API \"%1\" in the profile (auto, jsonrpc, json2 or web_session).")
                         .arg(odoo.value(QStringLiteral("api")).toString()));
    profile.odoo.timeoutMs = odoo.value(QStringLiteral("timeout_ms")).toInt(profile.odoo.timeoutMs);
    profile.odoo.maxConcurrent = odoo.value(QStringLiteral("max_concurrent")).toInt(profile.odoo.maxConcurrent);
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
    return { { QStringLiteral("format"), kFormat }, { QStringLiteral("odoo"), odooJson },
             { QStringLiteral("push"), pushJson } };
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

Result<QString> ConnectionProfile::secretFromEnvironment() const
{
    const QString secret = qEnvironmentVariable(odooSecretEnv.toLocal8Bit().constData());
    if (odooSecretEnv.isEmpty() || secret.isEmpty())
        return Error(Error::Category::NotFound,
                     tr("The environment variable %1 that should hold the Odoo secret is not set.").arg(odooSecretEnv));
    return secret;
}

} // namespace cw
