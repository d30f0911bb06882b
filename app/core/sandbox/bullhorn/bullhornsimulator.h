#pragma once

#include "bullhornentitystore.h"
#include "domain/result.h"
#include "sandbox/faultinjector.h"
#include "sandbox/simulatedhttpreply.h"
#include "util/clock.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace cw {

class DemoDataset;
class HttpSimulatorServer;

/// A loopback simulator of Bullhorn's OAuth server and REST API, serving the staffing records of
/// the demo data (BullhornEntityStore) on one HttpSimulatorServer.
///
/// Authentication as Bullhorn does it: `GET /rest-services/loginInfo?username=` names the OAuth
/// and REST bases (400 without a user name), or, with Options::otherDataCentre set, answers 307
/// to that data centre's loginInfo as Bullhorn's global login host does; `/oauth/authorize` (browser form or
/// the headless `action=Login` form) redirects with a one-time code; `POST /oauth/token` exchanges the code
/// or a refresh token for an access token (expires_in 600) and a NEW refresh token: a refresh token works
/// once, a reused one is 400 invalid_grant; `/rest-services/login?version=*&access_token=` spends the access
/// token and answers BhRestToken and restUrl (`{base}/rest-services/{corpToken}/`). Data calls need the
/// BhRestToken (query parameter, header or cookie): missing 412, unknown or expired 401. Sessions
/// last the login's `ttl` minutes, or FaultSpec::sessionTtlS when set; expireSessions() ends
/// every session at once. Bullhorn's error bodies (errorMessage, errorMessageKey, errorCode) and
/// a per-minute call limit (429).
///
/// Faults (FaultSpec, the `staffing:` part of `--faults`): latency, 502/504 as the load
/// balancer's HTML and 503 maintenance as JSON, 429, no answer, a truncated 200 body, a dropped
/// connection after a write was applied, and the serialization fault as a 500 "error persisting"
/// with nothing written. Method names for FaultInjector::force(): query, search, entity, update,
/// ping, settings, token, login (the last two only when forced).
///
/// Thread affinity: the thread that created it. Ownership: owns its server and store.
class BullhornSimulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString clientId = QStringLiteral("crosswalk-sandbox-client");
        QString clientSecret = QStringLiteral("sandbox-secret-4f1d9a");
        QString username = QStringLiteral("crosswalk.api");
        QString password = QStringLiteral("sandbox-password-7c2e");
        QString corpToken = QStringLiteral("7XB2Q1");
        /// What `GET settings/corporationName,corporationId,userId` answers.
        QString corporationName = QStringLiteral("Northbridge Staffing (sandbox)");
        qint64 corporationId = 14207;
        qint64 userId = 53311;
        /// Session length when the login names no ttl.
        int sessionMinutes = 60;
        /// Calls per rolling minute before 429 (Bullhorn: 1,500); 0 disables the limit.
        int callsPerMinute = 1500;
        /// Timesheet entries served at most; -1 serves every demo timesheet line.
        qint64 maxTimeEntries = -1;
        /// Whether the API user sees Time & Expense (Timesheet, TimesheetEntry, ExpenseSheet,
        /// ExpenseSheetEntry) and pay-and-bill (BillableCharge, BillMaster,
        /// BillMasterTransaction); hidden entities answer 403.
        bool timeAndExpense = true;
        bool payAndBill = true;
        /// Pay-and-bill bill masters built at most (-1: all): the default keeps the memory of a
        /// simulator serving half a million time entries as it was without pay-and-bill.
        qint64 maxBillMasters = 50000;
        quint64 seed = 1;
        /// When set, the API user lives in another data centre: loginInfo redirects there
        /// (its base URL, such as another simulator's baseUrl()).
        QUrl otherDataCentre;
    };

    BullhornSimulator(const DemoDataset &data, Options options,
                      std::shared_ptr<const Clock> clock = Clock::system(), QObject *parent = nullptr);
    ~BullhornSimulator() override;

    Result<quint16> listen(quint16 port = 0);
    void close();
    QUrl baseUrl() const;
    QUrl authUrl() const;
    QUrl loginUrl() const;
    const Options &options() const { return m_options; }

    BullhornEntityStore &store() { return m_store; }
    FaultInjector &faults() { return m_faults; }
    /// Every BhRestToken stops working (the next data call answers 401).
    void expireSessions();
    /// API calls received per method name ("query", "token", "loginInfo", ...), or in total when
    /// empty.
    int callCount(const QString &method = {}) const;

private:
    struct Route
    {
        QString method;
        std::function<BullhornAnswer()> run;
    };

    SimulatedHttpReply handle(const SimulatedHttpRequest &request);
    SimulatedHttpReply authorize(const QUrlQuery &query);
    SimulatedHttpReply token(const QUrlQuery &query);
    SimulatedHttpReply login(const QUrlQuery &query);
    SimulatedHttpReply loginInfo(const QUrlQuery &query) const;
    std::optional<Route> dataRoute(const SimulatedHttpRequest &request, const QString &path);
    std::optional<SimulatedHttpReply> checkSession(const SimulatedHttpRequest &request);
    std::optional<SimulatedHttpReply> checkRateLimit();
    SimulatedHttpReply faultReply(FaultInjector::Fault fault, const Route &route);
    QString newToken(const char *prefix);
    qint64 nowMs() const;

    Options m_options;
    std::shared_ptr<const Clock> m_clock;
    BullhornEntityStore m_store;
    FaultInjector m_faults;
    HttpSimulatorServer *m_server;
    QHash<QString, qint64> m_codes;
    QHash<QString, qint64> m_accessTokens;
    QSet<QString> m_refreshTokens;
    QHash<QString, qint64> m_sessions;
    QList<qint64> m_window;
    QHash<QString, int> m_calls;
    quint64 m_tokenCounter = 0;
};

} // namespace cw
