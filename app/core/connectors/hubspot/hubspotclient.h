#pragma once

#include "domain/result.h"
#include "hubspotconfig.h"
#include "hubspottypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace cw {

class CredentialStore;
class HttpResponse;
class HubSpotPageReader;
class NetworkJob;
class RateLimiter;
class RequestQueue;
class RetryingCall;
struct NetworkRequest;

/// Asynchronous client of the HubSpot CRM API (v3 objects, search, batch, properties, pipelines;
/// v4 associations) with a bearer token (private-app token or service key).
///
/// Every call answers exactly once through its callback, later, in the client's thread. Calls
/// are retried inside the client where HubSpot allows it (all calls the client makes are reads or
/// idempotent writes): 429 after Retry-After or, without it, 10 s × attempt (ten-secondly policy)
/// or 1 s × attempt (search's secondly limit); 423 after at least 2 s; 477 after Retry-After;
/// 502/503/504/524, timeouts, dropped connections and truncated bodies after 200 ms × attempt.
/// A 429 with policy DAILY stops at once (code "hubspot.DAILY", not retryable until midnight).
/// Each retry is announced by notice(). Requests go through a RateLimiter (requestsPer10s) and,
/// for search, a second one (searchesPerSecond), with at most maxConcurrent in flight.
/// Errors keep HubSpot's body (status, message, correlationId, category, errors[].message and
/// context.missingScopes) in Error::detail(); code() is "hubspot.<category>" or "http.<status>".
///
/// The token is read once from the CredentialStore (key keyFor(systemId, "token")) and kept in
/// memory only. Thread affinity: the thread that created it. Ownership: borrows the
/// CredentialStore (must outlive the client); owns its network manager.
class HubSpotClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T> &result)>;

    HubSpotClient(HubSpotConfig config, CredentialStore *credentials, QObject *parent = nullptr);
    ~HubSpotClient() override;

    const HubSpotConfig &config() const { return m_config; }

    /// One page of `GET objects/{type}`: @p after from the previous page, @p limit at most 100.
    void listObjects(const QString &type, const QStringList &properties, const QStringList &associations,
                     const QString &after, int limit, bool archived, Callback<HubSpotPage> done);
    /// One page of records of @p type whose @p modifiedProperty is at or after @p sinceMs, ascending by
    /// it (`POST objects/{type}/search`); @p after is the numeric offset of the page.
    void searchModifiedSince(const QString &type, const QString &modifiedProperty, qint64 sinceMs,
                             const QStringList &properties, const QString &after, int limit,
                             Callback<HubSpotPage> done);
    /// Associated ids per input id (v4 batch read, 100 ids per request, all pages).
    void readAssociations(const QString &fromType, const QString &toType, const QStringList &ids,
                          Callback<QHash<QString, QStringList>> done);
    /// Every stage of every pipeline of @p type ("deals").
    void pipelines(const QString &type, Callback<QList<HubSpotPipelineStage>> done);
    /// Creates the properties of @p type that do not exist yet (once per client and property).
    void ensureProperties(const QString &type, const QList<HubSpotPropertyDefinition> &definitions,
                          Callback<bool> done);
    /// `batch/update` by record id, in chunks of 100.
    void batchUpdate(const QString &type, const QList<HubSpotWrite> &inputs,
                     Callback<HubSpotBatchResult> done);
    /// `batch/upsert` by the unique property @p idProperty, in chunks of 100.
    void batchUpsert(const QString &type, const QString &idProperty, const QList<HubSpotWrite> &inputs,
                     Callback<HubSpotBatchResult> done);

    /// The account the token reaches (account-info) and the token's scopes (private-app token
    /// introspection; a token that cannot be introspected, answered 400/404, leaves them unknown).
    void account(Callback<HubSpotAccount> done);
    /// Cancels every call in flight; their callbacks run with "net.cancelled".
    void cancelAll();
    /// HTTP attempts made so far (round trips, retries included).
    int attemptCount() const { return m_attempts; }

    /// The Error for a HubSpot error response (see the class contract).
    static Error errorFor(const HttpResponse &response);

signals:
    /// A call is waited on and retried (rate limit, transient failure); for the run log.
    void notice(const QString &message, const QString &detail);

private:
    enum class Budget { General, Search };

    void send(NetworkRequest request, Budget budget, Callback<HttpResponse> done);
    /// send() for a list or search page, read by m_pageReader.
    void sendForPage(NetworkRequest request, Budget budget, Callback<HubSpotPage> done);
    void withToken(std::function<void(const Result<QString> &)> next);
    std::optional<qint64> retryDelay(int attempt, const NetworkJob &job) const;
    void batchWrite(const QString &type, const QString &operation, const QString &idProperty,
                    const QList<HubSpotWrite> &inputs, qsizetype from,
                    std::shared_ptr<HubSpotBatchResult> total, Callback<HubSpotBatchResult> done);
    void readAssociationChunk(const QString &fromType, const QString &toType, QStringList pending,
                              std::shared_ptr<QHash<QString, QStringList>> found,
                              Callback<QHash<QString, QStringList>> done);
    NetworkRequest jsonRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                               const QString &operation) const;

    HubSpotConfig m_config;
    QPointer<CredentialStore> m_credentials;
    QNetworkAccessManager *m_network;
    RequestQueue *m_queue;
    std::unique_ptr<RateLimiter> m_general;
    std::unique_ptr<RateLimiter> m_search;
    /// Shared with the requests in flight, which read their pages with it.
    std::shared_ptr<HubSpotPageReader> m_pageReader;
    std::optional<QString> m_token;
    QList<std::function<void(const Result<QString> &)>> m_tokenWaiters;
    QSet<RetryingCall *> m_calls;
    QSet<QString> m_knownProperties;
    int m_attempts = 0;
};

} // namespace cw
