#pragma once

#include "domain/result.h"
#include "odoocalloptions.h"
#include "odooconnectionsettings.h"
#include "odoogroupoptions.h"
#include "odooinvocation.h"
#include "odoosearchoptions.h"
#include "odooversion.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace cw {

class Clock;
class NetworkJob;
class OdooReply;
class RequestQueue;
struct HttpResponse;

/// Asynchronous client of one Odoo database (16 to 19) over QNetworkAccessManager: no blocking
/// waits, no nested event loops. Every call returns an OdooReply at once.
///
/// Connecting (done on the first call, or explicitly with connectToServer()): reads
/// `/web/webclient/version_info`, picks the API (JSON-2 on 19+ with an API key, `/jsonrpc`
/// otherwise, or what the settings force), authenticates (`common.authenticate`, a JSON-2
/// `res.users/context_get`, or `/web/session/authenticate` with a cookie), then reads the user's
/// context. Calls made meanwhile wait and go out when connected, or fail with the connection's
/// error.
///
/// Every model call carries the context: the user's lang and tz (overridden by the settings),
/// `allowed_company_ids` when configured, `active_test: false` when archived records are asked
/// for, plus OdooCallOptions::context. At most OdooConnectionSettings::maxConcurrent calls are in
/// flight (RequestQueue); each has the settings' timeout and a correlation id logged under
/// `cw.odoo`. With a web session, an expired session (JSON-RPC code 100) triggers one
/// re-authentication shared by all waiting calls and one replay of each. Nothing else is retried
/// here: errors come back mapped (OdooErrorMapper) with their retryable flag and Retry-After, and
/// the sync engine decides.
///
/// Values follow Odoo's encoding (OdooValue, OdooCommand). search_read always needs a field list.
/// Thread affinity: the thread that created it. Ownership: owns its network manager, queue and
/// replies.
class OdooClient : public QObject
{
    Q_OBJECT

public:
    explicit OdooClient(OdooConnectionSettings settings, QObject *parent = nullptr);
    ~OdooClient() override;

    const OdooConnectionSettings &settings() const { return m_settings; }
    /// Clock for Retry-After dates; the system clock by default.
    void setClock(std::shared_ptr<const Clock> clock);

    bool isConnected() const { return m_state == State::Ready; }
    /// Known once connected.
    std::optional<OdooVersion> version() const { return m_version; }
    /// The API in use once connected (never Auto).
    OdooConnectionSettings::Api api() const { return m_api; }
    qint64 uid() const { return m_uid; }
    /// The context every call carries (without per-call additions).
    QJsonObject context() const { return m_context; }
    /// HTTP requests sent so far (round trips), including connection and re-authentication.
    qint64 requestCount() const { return m_requestCount; }

    /// Connects if not yet connected; the reply's result is the version_info object.
    OdooReply *connectToServer();

    OdooReply *search(const QString &model, const QJsonArray &domain, const OdooSearchOptions &search = {},
                      const OdooCallOptions &options = {});
    /// @p fields must not be empty (Odoo would read every field).
    OdooReply *searchRead(const QString &model, const QJsonArray &domain, const QStringList &fields,
                          const OdooSearchOptions &search = {}, const OdooCallOptions &options = {});
    /// One keyset page: records with id > @p afterId, ordered by id, at most @p limit.
    OdooReply *searchReadAfter(const QString &model, const QJsonArray &domain, const QStringList &fields,
                               qint64 afterId, qint64 limit, const OdooCallOptions &options = {});
    OdooReply *searchCount(const QString &model, const QJsonArray &domain,
                           const OdooCallOptions &options = {});
    OdooReply *read(const QString &model, const QList<qint64> &ids, const QStringList &fields,
                    const OdooCallOptions &options = {});
    /// One record; the reply's id() is the new id.
    OdooReply *create(const QString &model, const QJsonObject &values, const OdooCallOptions &options = {});
    /// Several records in one transaction; the reply's ids() are the new ids in order.
    OdooReply *createMany(const QString &model, const QJsonArray &valuesList,
                          const OdooCallOptions &options = {});
    OdooReply *write(const QString &model, const QList<qint64> &ids, const QJsonObject &values,
                     const OdooCallOptions &options = {});
    OdooReply *unlink(const QString &model, const QList<qint64> &ids, const OdooCallOptions &options = {});
    /// @p attributes empty gives Odoo's full description (large); pass the ones needed.
    OdooReply *fieldsGet(const QString &model, const QStringList &attributes,
                         const OdooCallOptions &options = {});
    /// Pairs [id, display_name].
    OdooReply *nameSearch(const QString &model, const QString &name, const QJsonArray &domain = {},
                          const QString &op = QStringLiteral("ilike"), qint64 limit = 100,
                          const OdooCallOptions &options = {});
    /// Upsert through Odoo's import: @p fields like {"id", "name", "parent_id/id"} (`id` = external
    /// id "module.name"), @p rows of strings. The reply's ids() are the records, in row order; an
    /// import error fails the reply (validation, Odoo's message verbatim) and nothing is kept.
    OdooReply *load(const QString &model, const QStringList &fields, const QList<QStringList> &rows,
                    const OdooCallOptions &options = {});
    OdooReply *readGroup(const QString &model, const QJsonArray &domain, const QStringList &fields,
                         const QStringList &groupby, const OdooGroupOptions &group = {},
                         const OdooCallOptions &options = {});
    /// Any other model method (action_post, action_confirm, ...). @p ids empty calls it on the
    /// model; @p kwargs are named arguments (the JSON-2 body, execute_kw's kwargs).
    OdooReply *callMethod(const QString &model, const QString &method, const QList<qint64> &ids,
                          const QJsonObject &kwargs = {}, const OdooCallOptions &options = {});

signals:
    /// The client connected (after connectToServer() or a first call).
    void connected();

private:
    enum class State { Idle, Connecting, Ready, Reauthenticating };

    OdooReply *newReply(const QString &operation);
    OdooReply *invoke(OdooInvocation invocation, const OdooCallOptions &options);
    OdooReply *failed(const QString &operation, Error error);
    void startConnecting();
    void onVersion(const Result<QJsonValue> &result);
    void authenticate();
    void onAuthenticated(const Result<QJsonValue> &result);
    void onContext(const Result<QJsonValue> &result);
    void connectionDone(const std::optional<Error> &error);
    void dispatch(OdooReply *reply);
    void onCallDone(OdooReply *reply, NetworkJob *job);
    void completeCall(OdooReply *reply, const Result<QJsonValue> &result, const NetworkJob *job);
    QJsonObject callContext(const OdooCallOptions &options) const;
    NetworkJob *post(const QString &path, const QByteArray &body, const QString &operation,
                     const QString &correlationId, int timeoutMs, bool json2, bool idempotent);
    void sendJsonRpc(const QString &path, const QJsonObject &params, const QString &operation,
                     std::function<void(const Result<QJsonValue> &)> done);
    Result<QJsonValue> decode(const NetworkJob &job, const QString &path, bool json2,
                              bool *sessionExpired) const;

    OdooConnectionSettings m_settings;
    QNetworkAccessManager *m_network;
    RequestQueue *m_queue;
    std::shared_ptr<const Clock> m_clock;
    State m_state = State::Idle;
    OdooConnectionSettings::Api m_api = OdooConnectionSettings::Api::Auto;
    std::optional<OdooVersion> m_version;
    QJsonObject m_versionInfo;
    qint64 m_uid = 0;
    QJsonObject m_context;
    QList<QPointer<OdooReply>> m_waiting;
    qint64 m_requestCount = 0;
    qint64 m_nextRequestId = 1;
};

} // namespace cw
