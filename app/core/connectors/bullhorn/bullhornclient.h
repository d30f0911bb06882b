#pragma once

#include "bullhornconfig.h"
#include "bullhorntypes.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace cw {

class CredentialStore;
class HttpResponse;
class NetworkJob;
class RateLimiter;
class RequestQueue;
class RetryingCall;
struct NetworkRequest;

/// Asynchronous client of Bullhorn's REST API for one tenant.
///
/// Data centre: with BullhornConfig::loginInfoUrl set, the first session starts with
/// `GET {loginInfoUrl}?username={API user}`, following up to three redirects to another data
/// centre; its oauthUrl and restUrl (https, or http on this computer) become config().authUrl and
/// config().loginUrl for this and every later session.
///
/// Session: the first call opens one. With a stored refresh token it refreshes
/// (`POST {authUrl}/token?grant_type=refresh_token`); otherwise, or when Bullhorn refuses the
/// refresh token, it runs the headless authorize flow (`{authUrl}/authorize?action=Login` with the
/// API user's password; the code comes back in the redirect's Location) and exchanges the code.
/// Refresh tokens are single use: the client forgets the one it sends before sending it (so it
/// can never send it twice, not even after a timeout) and writes the new one to the
/// CredentialStore, waiting for the write to finish, before it spends the access token on
/// `/login`. Token and login calls are never retried: a lost answer may have spent the token.
/// Concurrent calls share one session and one login. A data call answered 401 (session expired)
/// drops the session, logs in again once and is re-sent.
///
/// Data calls send BhRestToken as a header (never in the URL, which is logged by proxies) to the
/// restUrl of the login. Retries inside the client: 429 after Retry-After or 1, 2, 4, 8 s; 500,
/// 502, 503, 504, timeouts, dropped connections and truncated bodies after 200 ms × attempt.
/// Updates are retried too: POST on an entity sets fields, so sending it twice is harmless.
/// Each retry is announced by notice(). Errors keep Bullhorn's body (errorMessage,
/// errorMessageKey, errors[]) in Error::detail(); code() is "bullhorn.<errorMessageKey>",
/// "oauth.<error>" or "http.<status>".
///
/// Every call answers exactly once through its callback, later, in the client's thread.
/// Thread affinity: the thread that created it. Ownership: borrows the CredentialStore (must
/// outlive the client); owns its network manager.
class BullhornClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T> &result)>;

    BullhornClient(BullhornConfig config, CredentialStore *credentials, QObject *parent = nullptr);
    ~BullhornClient() override;

    const BullhornConfig &config() const { return m_config; }

    /// One page of `query/{entity}`: @p where in Bullhorn's JPQL subset, @p count at most 500.
    /// @p withTotal asks for the number of matches (showTotalMatched).
    void query(const QString &entity, const QString &where, const QString &fields, const QString &orderBy,
               int start, int count, bool withTotal, Callback<BullhornPage> done);
    /// One page of `search/{entity}` (Lucene; only indexed entities).
    void search(const QString &entity, const QString &luceneQuery, const QString &fields, const QString &sort,
                int start, int count, Callback<BullhornPage> done);
    /// `GET entity/{entity}/{id}`; a missing record fails with category NotFound.
    void getEntity(const QString &entity, qint64 id, const QString &fields, Callback<QJsonObject> done);
    /// Write-back checked first (Bullhorn has no upsert): reads the fields of @p values, and posts
    /// only those that differ; nothing is sent when none does.
    void writeBack(const QString &entity, qint64 id, const QJsonObject &values,
                   Callback<BullhornWriteOutcome> done);
    /// Ids of the records of @p entity whose externalID is @p externalId (the look-up before a create).
    void findByExternalId(const QString &entity, const QString &externalId, Callback<QList<qint64>> done);
    /// Number of records of @p entity matching @p where (`query` with totalOnly).
    void countMatching(const QString &entity, const QString &where, Callback<qint64> done);
    /// `GET settings/{names}`: the named settings of the API user's corporation and user
    /// ("corporationName", "userId", ...) as one object.
    void settings(const QStringList &names, Callback<QJsonObject> done);
    /// `GET ping`: the session's expiry in epoch ms (opens a session when none is open).
    void ping(Callback<qint64> done);

    /// Cancels every call in flight; their callbacks run with "net.cancelled".
    void cancelAll();
    /// HTTP attempts made so far (round trips, retries and authentication included).
    int attemptCount() const { return m_attempts; }
    /// The REST address of the open session; empty when none is open.
    QUrl restUrl() const { return m_session ? m_session->restUrl : QUrl(); }
    /// Sessions opened so far (logins).
    int loginCount() const { return m_logins; }

    /// The Error for a Bullhorn error response (see the class contract).
    static Error errorFor(const HttpResponse &response);

signals:
    /// A call is waited on and retried, or the session is renewed; for the run log.
    void notice(const QString &message, const QString &detail);

private:
    struct Session
    {
        QString token;
        QUrl restUrl;
    };
    using SessionCallback = std::function<void(const Result<Session> &)>;

    void withSession(SessionCallback next);
    void openSession();
    /// Asks @p url (loginInfo) for the data centre, then opens the session there.
    void findDataCentre(const QUrl &url, int redirects);
    Result<void> useDataCentre(const QJsonObject &loginInfo);
    void finishSession(const Result<Session> &session);
    void readSecrets(std::function<void(const Result<QStringList> &)> next);
    void authorize(const QString &password, const QString &clientSecret);
    /// Trades a code or refresh token for tokens; @p passwordOnRefusal is set for a refresh
    /// token, whose refusal falls back to signing in with the password.
    void exchange(const QString &grantQuery, const QString &clientSecret,
                  const std::optional<QString> &passwordOnRefusal);
    void login(const QString &accessToken);
    void sendAuth(NetworkRequest request, std::function<void(const Result<HttpResponse> &)> done);
    /// Reads a 2xx body in place of QJsonDocument (see NetworkRequest::readJson).
    using BodyReader = std::function<bool(const QByteArray &body)>;
    /// A data call answered with its whole response: a 2xx carrying no ERROR message (looked for
    /// in HttpResponse::json, which a @p readBody leaves empty).
    void exchange(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                  const QString &operation, Callback<HttpResponse> done, const BodyReader &readBody = {},
                  bool relogged = false);
    /// exchange() answered with the response's JSON object.
    void sendData(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                  const QString &operation, Callback<QJsonObject> done);
    void page(const QString &kind, const QString &entity, const QUrlQuery &query,
              Callback<BullhornPage> done);
    std::optional<qint64> retryDelay(int attempt, const NetworkJob &job) const;
    RetryingCall *startCall(NetworkRequest request, bool retry, std::function<void(RetryingCall *)> finished);
    NetworkRequest request(const QByteArray &verb, const QUrl &url, const QString &operation) const;

    BullhornConfig m_config;
    QPointer<CredentialStore> m_credentials;
    QNetworkAccessManager *m_network;
    RequestQueue *m_queue;
    std::unique_ptr<RateLimiter> m_limiter;
    std::optional<Session> m_session;
    QList<SessionCallback> m_sessionWaiters;
    QSet<RetryingCall *> m_calls;
    int m_attempts = 0;
    int m_logins = 0;
    bool m_dataCentreKnown = false;
};

} // namespace cw
