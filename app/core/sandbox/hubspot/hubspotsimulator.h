#pragma once

#include "domain/result.h"
#include "hubspotobjectstore.h"
#include "sandbox/faultinjector.h"
#include "sandbox/simulatedhttpreply.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QSslConfiguration;

namespace cw {

class DemoDataset;
class HttpSimulatorServer;

/// A loopback simulator of the HubSpot CRM API (v3 objects, search, batch, properties, pipelines;
/// v4 associations), serving the CRM records of the demo data on HttpSimulatorServer.
///
/// Faithful where a client depends on it: bearer tokens (401 INVALID_AUTHENTICATION; 403
/// MISSING_SCOPES with context.missingScopes), HubSpot's error bodies, a 10-second rolling limit
/// (429 with policyName TEN_SECONDLY_ROLLING and X-HubSpot-RateLimit-* headers, which search
/// responses lack), a per-second search limit and a daily limit (policyName DAILY). Object paths
/// are accepted under both `/crm/v3/objects/{type}` and the date-based `/crm/objects/{version}/{type}`.
/// The account behind the token: `GET /account-info/v3/details` (portalId, accountType, timeZone,
/// companyCurrency, uiDomain, dataHostingLocation) and the private-app token introspection
/// `POST /oauth/v2/private-apps/get/access-token-info` ({"tokenKey"} -> userId, hubId, appId,
/// scopes: every scope the simulator knows but those setMissingScopes() removed).
///
/// Faults (FaultSpec, the `crm:` part of `--faults`): latency, 502/503/504, 429 with Retry-After,
/// no answer, a truncated 200 body, a dropped connection after the write was applied; the
/// serialization fault becomes HubSpot's 423 (record locked). Method names for
/// FaultInjector::force(): list, read, search, batch, pipelines, properties, associations.
/// forceStatus() injects any other status (423, 477, 502, ...).
///
/// Thread affinity: the thread that created it. Ownership: owns its server and store.
class HubSpotSimulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString token = QStringLiteral("pat-sandbox-0f6c2e8a-crosswalk");
        /// The account ("portal") the token belongs to, as account-info and token-info report it.
        qint64 portalId = 24681357;
        qint64 appId = 3141592;
        qint64 userId = 7654321;
        QString accountType = QStringLiteral("STANDARD");
        QString timeZone = QStringLiteral("Europe/Amsterdam");
        QString companyCurrency = QStringLiteral("EUR");
        QString dataHostingLocation = QStringLiteral("eu1");
        /// Requests per rolling 10 seconds (Professional tier: 190).
        int burstPer10s = 190;
        int searchPerSecond = 5;
        int dailyLimit = 650000;
        quint64 seed = 1;
    };

    HubSpotSimulator(const DemoDataset &data, Options options,
                     std::shared_ptr<const Clock> clock = Clock::system(), QObject *parent = nullptr);
    ~HubSpotSimulator() override;

    /// See HttpSimulatorServer::useTls().
    void useTls(const QSslConfiguration &configuration);
    Result<quint16> listen(quint16 port = 0);
    void close();
    QUrl baseUrl() const;
    QString token() const { return m_options.token; }
    const Options &options() const { return m_options; }

    HubSpotObjectStore &store() { return m_store; }
    FaultInjector &faults() { return m_faults; }
    /// Scopes the token lacks; calls needing one answer 403.
    void setMissingScopes(const QStringList &scopes) { m_missingScopes = scopes; }
    void setDailyLimit(int limit) { m_options.dailyLimit = limit; }
    /// The next @p count calls answer @p status with a HubSpot error body (and Retry-After when
    /// @p retryAfterS >= 0).
    void forceStatus(int status, int count = 1, int retryAfterS = -1);
    /// API calls received (after authentication), per method name and in total.
    int callCount(const QString &method = {}) const;

private:
    struct Forced
    {
        int status;
        int remaining;
        int retryAfterS;
    };
    struct Route
    {
        QString method;
        QString scope;
        std::function<HubSpotAnswer()> run;
    };

    SimulatedHttpReply handle(const SimulatedHttpRequest &request);
    std::optional<Route> route(const SimulatedHttpRequest &request);
    std::optional<SimulatedHttpReply> checkAuth(const SimulatedHttpRequest &request,
                                                const Route &route) const;
    std::optional<SimulatedHttpReply> checkRateLimit(const Route &route);
    std::optional<SimulatedHttpReply> forcedReply();
    SimulatedHttpReply faultReply(FaultInjector::Fault fault, const Route &route);
    SimulatedHttpReply reply(const HubSpotAnswer &answer, const Route &route) const;
    SimulatedHttpReply rateLimited(const QString &policy, const QString &message, int retryAfterS) const;
    HubSpotAnswer accountDetails() const;
    HubSpotAnswer tokenInfo(const QJsonObject &body) const;

    Options m_options;
    std::shared_ptr<const Clock> m_clock;
    HubSpotObjectStore m_store;
    FaultInjector m_faults;
    HttpSimulatorServer *m_server;
    QStringList m_missingScopes;
    QList<Forced> m_forced;
    QElapsedTimer m_uptime;
    QList<qint64> m_window;
    QList<qint64> m_searchWindow;
    int m_dailyUsed = 0;
    QHash<QString, int> m_calls;
};

} // namespace cw
