#pragma once

#include "domain/result.h"
#include "odoosimulatoroptions.h"
#include "sandbox/faultinjector.h"
#include "sandbox/simulatedhttpreply.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace cw {

class Clock;
class HttpSimulatorServer;
class OdooMethodDispatcher;
class OdooOrm;
class OdooStore;
struct OdooEnv;

/// A protocol-faithful Odoo 16/17/18/19 server on 127.0.0.1 for tests, demos and the
/// `crosswalkctl sandbox` command; a real Odoo client library (OdooRPC) cannot tell it from Odoo
/// for the calls an integration makes.
///
/// Endpoints: `/web/webclient/version_info`, `/web/session/authenticate` (cookie `session_id`,
/// passwords only: API keys are refused as on a real server), `/web/session/get_session_info`,
/// `/web/session/check`, `/web/session/destroy`, `/web/dataset/call_kw[/...]`,
/// `/web/dataset/call_button[/...]`, `/web/database/list`, `/jsonrpc` (services common, object,
/// db; password or API key), and on 19 `/json/2/<model>/<method>` (bearer API key, named
/// arguments, HTTP status per exception) and `GET /web/version`. Envelopes follow Odoo: HTTP 200
/// with `error` {code 200, message "Odoo Server Error", data {name, message, arguments, context,
/// debug}} for application errors, code 100 "Odoo Session Expired" for an expired session, HTTP
/// 400 text for malformed JSON, `result` omitted when a method returns None (16 to 18).
///
/// The data lives in an OdooStore (OdooSchema of the played version) holding the base records
/// (company, currencies, countries, users, journals, taxes, products) and whatever OdooSeeder or
/// clients add; every RPC call is one transaction. Faults (FaultInjector, seeded) apply to model
/// calls: latency, 502/503/504, 429 with Retry-After, no answer, malformed body, connection dropped
/// after the call committed, serialization failure; sessions expire after FaultSpec::sessionTtlS.
///
/// Thread affinity: the thread that created it (or moveToThread() before listen()).
class OdooSimulator : public QObject
{
    Q_OBJECT

public:
    /// @p clock drives session expiry and create/write dates; the system clock by default.
    explicit OdooSimulator(OdooSimulatorOptions options, std::shared_ptr<const Clock> clock = {},
                           QObject *parent = nullptr);
    ~OdooSimulator() override;

    /// Serves on 127.0.0.1:@p port (0 picks a free port); returns the port.
    Result<quint16> listen(quint16 port = 0);
    void close();
    /// "http://127.0.0.1:<port>".
    QUrl url() const;

    const OdooSimulatorOptions &options() const { return m_options; }
    /// The effective admin password and API key (derived from the seed when not given).
    QString password() const { return m_password; }
    QString apiKey() const { return m_apiKey; }
    /// The uid of the admin user (2).
    qint64 adminUid() const { return 2; }

    OdooStore &store();
    OdooOrm &orm();
    FaultInjector &faults() { return m_faults; }

    /// Saves the store to @p path (JSON) / replaces it from a file saved before.
    Result<void> saveState(const QString &path) const;
    Result<void> loadState(const QString &path);
    /// Ends every web session now, as a server restart or logout elsewhere would.
    void expireSessions();

    /// HTTP requests answered (any endpoint) and model calls executed so far.
    qint64 requestCount() const { return m_requests; }
    qint64 modelCallCount() const { return m_modelCalls; }

    /// Answers one request; the HTTP server calls it, tests may call it directly.
    SimulatedHttpReply handle(const SimulatedHttpRequest &request);

private:
    struct Session
    {
        qint64 uid = 0;
        QDateTime created;
    };
    struct Call;

    SimulatedHttpReply handleJsonRpc(const SimulatedHttpRequest &request);
    SimulatedHttpReply handleJson2(const SimulatedHttpRequest &request);
    Result<QJsonValue> dispatchJsonRpc(const QString &path, const SimulatedHttpRequest &request,
                                       const QJsonObject &params, Call &call);
    Result<QJsonValue> serviceCommon(const QString &method, const QJsonArray &args);
    Result<QJsonValue> serviceObject(const QString &method, const QJsonArray &args, Call &call);
    Result<QJsonValue> serviceDb(const QString &method, const QJsonArray &args) const;
    Result<QJsonValue> webAuthenticate(const QJsonObject &params, Call &call);
    Result<QJsonValue> callKw(const SimulatedHttpRequest &request, const QJsonObject &params, Call &call);
    Result<QJsonValue> runModelCall(const QString &model, const QString &method, qint64 uid,
                                    const QJsonObject &context,
                                    const std::function<Result<QJsonValue>(const OdooEnv &, bool *)> &body,
                                    Call &call);
    Result<OdooEnv> makeEnv(qint64 uid, const QJsonObject &context) const;
    Result<qint64> sessionUid(const SimulatedHttpRequest &request);
    qint64 checkCredentials(const QString &login, const QString &secret, bool allowApiKey) const;
    Result<QJsonValue> checkDatabase(const QString &database) const;

    QJsonObject versionInfo() const;
    QJsonObject sessionInfo(qint64 uid) const;
    QByteArray rpcEnvelope(const QJsonValue &id, const Result<QJsonValue> &result) const;
    QJsonObject errorData(const Error &error) const;
    SimulatedHttpReply faultReply(FaultInjector::Fault fault, const SimulatedHttpReply &normal);
    SimulatedHttpReply finish(SimulatedHttpReply reply, const Call &call);

    OdooSimulatorOptions m_options;
    std::shared_ptr<const Clock> m_clock;
    QString m_password;
    QString m_apiKey;
    std::unique_ptr<OdooStore> m_store;
    std::unique_ptr<OdooOrm> m_orm;
    std::unique_ptr<OdooMethodDispatcher> m_dispatcher;
    FaultInjector m_faults;
    HttpSimulatorServer *m_server;
    QHash<QByteArray, Session> m_sessions;
    qint64 m_requests = 0;
    qint64 m_modelCalls = 0;
};

} // namespace cw
