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

Result<BullhornConfig> BullhornConfig::fromSystem(const SystemConfig &system)
{
    BullhornConfig config;
    config.authUrl = QUrl(system.url.trimmed());
    config.clientId = system.options.value(SystemConfig::kClientIdOption).toString().trimmed();
    config.username = system.login.trimmed();
    config.systemId = system.id;
    const QString login = system.options.value(kLoginUrlOption).toString().trimmed();
    if (login.isEmpty())
        return badLoginUrl(tr("Enter the REST login address of the Bullhorn data centre, for example "
                              "https://rest-emea.bullhornstaffing.com/rest-services/login."));
    config.loginUrl = QUrl(login, QUrl::StrictMode);
    const QString scheme = config.loginUrl.scheme();
    if (!config.loginUrl.isValid() || config.loginUrl.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return badLoginUrl(
            tr("%1 is not a web address. Enter the REST login address starting with https://.").arg(login));
    if (scheme == QLatin1String("http") && !SystemRepository::isLoopbackHost(config.loginUrl.host()))
        return badLoginUrl(tr("Use https for %1. Unencrypted http is only allowed for this computer, such as "
                              "the Crosswalk sandbox.")
                               .arg(config.loginUrl.host()));
    return config;
}

} // namespace cw
