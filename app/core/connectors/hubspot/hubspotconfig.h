#pragma once

#include <QString>
#include <QUrl>

namespace cw {

/// Settings of one HubSpot account for HubSpotClient. Holds no secret: the bearer token lives in
/// the CredentialStore under CredentialStore::keyFor(systemId, SystemConfig::kTokenAccount).
/// A plain value.
///
/// The API paths are built here and only here: HubSpot moves from `/crm/v3/...` to date-based
/// paths (`/crm/objects/2026-03/...`), so switching is a change of objectsPrefix alone.
struct HubSpotConfig
{
    /// https://api.hubapi.com, or the sandbox's loopback address.
    QUrl baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
    /// Prefix of the object endpoints: "/crm/v3/objects" or a date-based "/crm/objects/2026-03".
    QString objectsPrefix = QStringLiteral("/crm/v3/objects");
    /// Prefix of the pipelines and properties endpoints.
    QString schemaPrefix = QStringLiteral("/crm/v3");
    /// Prefix of the v4 association endpoints.
    QString associationsPrefix = QStringLiteral("/crm/v4");
    /// Cache system id, for the credential key.
    qint64 systemId = 0;
    /// Deadline of one HTTP attempt.
    int timeoutMs = 30000;
    /// Attempts per call, the first included.
    int maxAttempts = 5;
    int maxConcurrent = 4;
    /// Client budget per rolling 10 s: 80 % of the Free/Starter burst of 100.
    int requestsPer10s = 80;
    /// Search budget per second (HubSpot: 4 to 5 per token).
    int searchesPerSecond = 4;

    QUrl objectsUrl(const QString &type, const QString &suffix = {}) const;
    QUrl pipelinesUrl(const QString &type) const;
    QUrl propertiesUrl(const QString &type, const QString &name = {}) const;
    QUrl associationsBatchReadUrl(const QString &fromType, const QString &toType) const;
    /// `GET /account-info/v3/details`: the account the token belongs to.
    QUrl accountDetailsUrl() const;
    /// `POST /oauth/v2/private-apps/get/access-token-info`: a private-app token's scopes.
    QUrl tokenInfoUrl() const;

private:
    QUrl url(const QString &path) const;
};

} // namespace cw
