#include "hubspotconfig.h"

namespace cw {

QUrl HubSpotConfig::url(const QString &path) const
{
    QUrl out = baseUrl;
    QString base = out.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    out.setPath(base + path);
    return out;
}

QUrl HubSpotConfig::objectsUrl(const QString &type, const QString &suffix) const
{
    return url(objectsPrefix + QLatin1Char('/') + type
               + (suffix.isEmpty() ? QString() : QLatin1Char('/') + suffix));
}

QUrl HubSpotConfig::pipelinesUrl(const QString &type) const
{
    return url(schemaPrefix + QStringLiteral("/pipelines/") + type);
}

QUrl HubSpotConfig::propertiesUrl(const QString &type, const QString &name) const
{
    return url(schemaPrefix + QStringLiteral("/properties/") + type
               + (name.isEmpty() ? QString() : QLatin1Char('/') + name));
}

QUrl HubSpotConfig::accountDetailsUrl() const
{
    return url(QStringLiteral("/account-info/v3/details"));
}

QUrl HubSpotConfig::tokenInfoUrl() const
{
    return url(QStringLiteral("/oauth/v2/private-apps/get/access-token-info"));
}

QUrl HubSpotConfig::associationsBatchReadUrl(const QString &fromType, const QString &toType) const
{
    return url(associationsPrefix + QStringLiteral("/associations/%1/%2/batch/read").arg(fromType, toType));
}

} // namespace cw
