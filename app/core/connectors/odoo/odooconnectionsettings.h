#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace cw {

/// Where and how OdooClient reaches one Odoo database. A plain value; the secret is held only in
/// memory (callers read it from the keychain) and never logged.
struct OdooConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(cw::OdooConnectionSettings)

public:
    enum class SecretKind { Password, ApiKey };
    /// Which endpoint family carries model calls.
    enum class Api {
        Auto, ///< JSON-2 on Odoo 19+ with an API key, else /jsonrpc
        JsonRpc, ///< /jsonrpc, service object, execute_kw (password or API key)
        Json2, ///< /json/2/<model>/<method> with a bearer API key (Odoo 19+)
        WebSession, ///< /web/session/authenticate + /web/dataset/call_kw with a cookie (password only)
    };

    /// Base URL of the server ("https://acme.odoo.com"); http only for this computer.
    QUrl url;
    QString database;
    QString login;
    QString secret;
    SecretKind secretKind = SecretKind::ApiKey;
    Api api = Api::Auto;
    /// Context language and time zone sent with every call; empty means the user's own.
    QString lang;
    QString tz;
    /// allowed_company_ids sent with every call (the first is the current company); empty means
    /// the user's default company.
    QList<qint64> companyIds;
    /// Deadline of one HTTP exchange, in milliseconds.
    int timeoutMs = 30000;
    /// Calls in flight at once against this server.
    int maxConcurrent = 4;

    /// A Config error naming the first missing or invalid setting.
    Result<void> validate() const;
    /// The API name for messages ("JSON-2", "JSON-RPC", "web session").
    static QString apiName(Api api);
};

} // namespace cw
