#include "bullhornconfig.h"

#include "cache/systemrepository.h"
#include "domain/systemconfig.h"

namespace cw {

namespace {

Error badLoginUrl(const QString &message)
{
    return Error(Error::Category::Validation, message).setCode(BullhornConfig::kFieldLoginUrl);
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
