#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cw {

struct SystemConfig;

/// Settings of one Bullhorn tenant for BullhornClient. Holds no secret: the API user's password,
/// the OAuth client secret and the current refresh token live in the CredentialStore under
/// CredentialStore::keyFor(systemId, account) with the accounts SystemConfig::kPasswordAccount,
/// SystemConfig::kClientSecretAccount and kRefreshTokenAccount. A plain value.
struct BullhornConfig
{
    Q_DECLARE_TR_FUNCTIONS(cw::BullhornConfig)

public:
    /// Credential account of the rotating, one-time refresh token.
    static inline const QString kRefreshTokenAccount = QStringLiteral("refresh_token");
    /// SystemConfig option holding loginUrl (the connection's url is authUrl).
    static inline const QString kLoginUrlOption = QStringLiteral("login_url");
    /// Error code of a bad login address (as SystemRepository's kField* codes).
    static inline const QString kFieldLoginUrl = QStringLiteral("system.login_url");
    /// Error code of a data centre outside the login host's domain (checkedDataCentreUrl()).
    static inline const QString kForeignHost = QStringLiteral("bullhorn.foreign_host");

    /// The settings of a staffing connection: url is the OAuth base, options hold the login
    /// address (kLoginUrlOption) and the client id (SystemConfig::kClientIdOption), login is the
    /// API user. A login host instead of a login address (a bare host such as
    /// "https://rest.bullhornstaffing.com", or its ".../rest-services/loginInfo"), given as the
    /// login address or, without one, as url, sets loginInfoUrl: the data centre is then found at
    /// sign-in. Fails (code kFieldLoginUrl) when the login address is missing, not http(s), or
    /// plain http to another computer.
    static Result<BullhornConfig> fromSystem(const SystemConfig &system);
    /// Whether @p url names a login host (see fromSystem()) rather than a login address.
    static bool isLoginHost(const QUrl &url);
    /// @p text as a Bullhorn address: http(s), and plain http only to this computer; the error
    /// (code kFieldLoginUrl) otherwise.
    static Result<QUrl> checkedUrl(const QString &text);
    /// @p text as an address the login host at @p loginHost may send the sign-in on to (a
    /// loginInfo redirect, its oauthUrl and restUrl), which then receives the password and client
    /// secret: checkedUrl(), and on the login host's own domain: this computer when the login host
    /// is this computer (the sandbox); otherwise the same host, or a host under the login host's
    /// parent domain ("auth-emea.bullhornstaffing.com" for "rest.bullhornstaffing.com"; the
    /// domain itself when it has only two labels). Fails with Error::Category::Config and code
    /// kForeignHost otherwise.
    static Result<QUrl> checkedDataCentreUrl(const QString &text, const QUrl &loginHost);

    /// The OAuth base of the tenant's data centre ("https://auth-emea.bullhornstaffing.com/oauth").
    QUrl authUrl;
    /// The REST login address ("https://rest-emea.bullhornstaffing.com/rest-services/login").
    QUrl loginUrl;
    /// When set, BullhornClient first asks `GET {loginInfoUrl}?username=` for the OAuth and REST
    /// addresses of the API user's data centre ("https://rest.bullhornstaffing.com/rest-services/
    /// loginInfo"), follows its redirects to another data centre, and replaces authUrl and loginUrl
    /// with what it names.
    QUrl loginInfoUrl;
    QString clientId;
    /// The API user.
    QString username;
    /// Registered redirect URI; empty uses the one Bullhorn support registered as default.
    QString redirectUri;
    /// Cache system id, for the credential keys.
    qint64 systemId = 0;
    /// Session length asked for at login, in minutes (Bullhorn caps it at 2,880).
    int sessionMinutes = 60;
    /// Deadline of one HTTP attempt.
    int timeoutMs = 30000;
    /// Attempts per call, the first included.
    int maxAttempts = 5;
    int maxConcurrent = 4;
    /// Client budget per second (Bullhorn allows 1,500 per minute; we stay at about 10 per
    /// second); 0 disables it.
    int requestsPerSecond = 10;
    /// Custom fields this firm uses for the customer's tax id and business unit.
    QString vatField = QStringLiteral("customText3");
    QString businessUnitField = QStringLiteral("customText5");
    /// Earn codes whose time is not billed to the customer.
    QStringList nonBillableEarnCodes { QStringLiteral("NB") };
};

} // namespace cw
