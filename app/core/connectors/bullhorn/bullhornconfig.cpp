#include "bullhornconfig.h"

#include "cache/systemrepository.h"
#include "domain/systemconfig.h"

#include <QHostAddress>

namespace cw {

namespace {

Error badLoginUrl(const QString &message)
{
    return Error(Error::Category::Validation, message).setCode(BullhornConfig::kFieldLoginUrl);
}

/// The domain whose hosts a login host may name: its parent ("bullhornstaffing.com" for
/// "rest.bullhornstaffing.com"), the host itself when it has two labels or is an IP address.
QString tenantDomain(const QString &loginHost)
{
    if (!QHostAddress(loginHost).isNull())
        return loginHost;
    const qsizetype dot = loginHost.indexOf(QLatin1Char('.'));
    return loginHost.count(QLatin1Char('.')) >= 2 ? loginHost.mid(dot + 1) : loginHost;
}

bool isOnDomain(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(QLatin1Char('.') + domain);
}

} // namespace

bool BullhornConfig::isLoginHost(const QUrl &url)
{
    const QString path = url.path();
    return path.isEmpty() || path == QLatin1String("/") || path.endsWith(QLatin1String("/loginInfo"))
        || path == QLatin1String("/rest-services") || path == QLatin1String("/rest-services/");
}

Result<QUrl> BullhornConfig::checkedUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return badLoginUrl(
            tr("%1 is not a web address. Enter the REST login address starting with https://.").arg(text));
    if (scheme == QLatin1String("http") && !SystemRepository::isLoopbackHost(url.host()))
        return badLoginUrl(tr("Use https for %1. Unencrypted http is only allowed for this computer, such as "
                              "the Crosswalk sandbox.")
                               .arg(url.host()));
    return url;
}

Result<QUrl> BullhornConfig::checkedDataCentreUrl(const QString &text, const QUrl &loginHost)
{
    Result<QUrl> url = checkedUrl(text);
    if (!url)
        return url;
    // QUrl keeps host names in lower case, without a trailing dot.
    const QString host = url.value().host();
    const QString login = loginHost.host();
    const bool loopback = SystemRepository::isLoopbackHost(login);
    const QString domain = loopback ? QString() : tenantDomain(login);
    if (loopback ? SystemRepository::isLoopbackHost(host) : isOnDomain(host, domain))
        return url;
    return Error(Error::Category::Config,
                 loopback ? tr("The Bullhorn login host on this computer named %1 as the data centre. Only "
                               "addresses on this computer are used with it, so no password is sent there.")
                                .arg(host)
                          : tr("The Bullhorn login host %1 named %2 as the data centre, which is not under "
                               "%3. No password is sent there; check the login address of the connection.")
                                .arg(login, host, domain),
                 text)
        .setCode(kForeignHost);
}

Result<BullhornConfig> BullhornConfig::fromSystem(const SystemConfig &system)
{
    BullhornConfig config;
    config.authUrl = QUrl(system.url.trimmed());
    config.clientId = system.options.value(SystemConfig::kClientIdOption).toString().trimmed();
    config.username = system.login.trimmed();
    config.systemId = system.id;
    QString login = system.options.value(kLoginUrlOption).toString().trimmed();
    if (login.isEmpty() && !system.url.trimmed().isEmpty() && isLoginHost(config.authUrl))
        login = system.url.trimmed();
    if (login.isEmpty())
        return badLoginUrl(tr("Enter the REST login address of the Bullhorn data centre, for example "
                              "https://rest-emea.bullhornstaffing.com/rest-services/login."));
    Result<QUrl> url = checkedUrl(login);
    if (!url)
        return url.error();
    if (!isLoginHost(url.value())) {
        config.loginUrl = url.value();
        return config;
    }
    config.loginInfoUrl = url.value();
    if (!config.loginInfoUrl.path().endsWith(QLatin1String("/loginInfo")))
        config.loginInfoUrl.setPath(QStringLiteral("/rest-services/loginInfo"));
    return config;
}

} // namespace cw
