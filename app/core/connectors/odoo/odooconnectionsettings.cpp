#include "odooconnectionsettings.h"

#include "connectors/networkjob.h"

namespace cw {

Result<void> OdooConnectionSettings::validate() const
{
    const auto config = [](const QString &message, const char *code) {
        return Error(Error::Category::Config, message).setCode(QString::fromLatin1(code));
    };
    if (!url.isValid() || url.host().isEmpty())
        return config(tr("Enter the address of the Odoo server, like https://example.odoo.com."),
                      "odoo.url_missing");
    if (!NetworkJob::isAllowedUrl(url))
        return config(tr("Use an https address; plain http is only allowed for this computer."),
                      "odoo.url_insecure");
    if (database.trimmed().isEmpty())
        return config(tr("Enter the name of the Odoo database."), "odoo.database_missing");
    if (login.trimmed().isEmpty())
        return config(tr("Enter the Odoo user (login)."), "odoo.login_missing");
    if (secret.isEmpty())
        return config(tr("Enter the API key or password of the Odoo user."), "odoo.secret_missing");
    if (api == Api::WebSession && secretKind == SecretKind::ApiKey)
        return config(
            tr("Odoo web sessions need the user's password; API keys only work with JSON-RPC or JSON-2."),
            "odoo.session_needs_password");
    if (api == Api::Json2 && secretKind == SecretKind::Password)
        return config(tr("Odoo's JSON-2 API needs an API key, not a password."), "odoo.json2_needs_key");
    return {};
}

QString OdooConnectionSettings::apiName(Api api)
{
    switch (api) {
    case Api::Json2:
        return tr("JSON-2");
    case Api::JsonRpc:
        return tr("JSON-RPC");
    case Api::WebSession:
        return tr("web session");
    case Api::Auto:
        break;
    }
    return tr("automatic");
}

} // namespace cw
