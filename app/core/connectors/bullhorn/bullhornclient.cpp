#include "bullhornclient.h"

#include "connectors/httpresponse.h"
#include "connectors/networkjob.h"
#include "connectors/ratelimiter.h"
#include "connectors/requestqueue.h"
#include "connectors/retryingcall.h"
#include "credentials/credentialstore.h"
#include "domain/systemconfig.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace cw {

namespace {

const QString kSystem = QStringLiteral("Bullhorn");

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QUrl withQuery(QUrl url, const QUrlQuery &query)
{
    url.setQuery(query);
    return url;
}

/// Whether @p current already holds @p wanted; to-one links compare by id.
bool sameValue(const QJsonValue &current, const QJsonValue &wanted)
{
    if (wanted.isObject() && current.isObject())
        return current.toObject().value(QStringLiteral("id"))
            == wanted.toObject().value(QStringLiteral("id"));
    if (wanted.isDouble() && current.isDouble())
        return qFuzzyCompare(current.toDouble() + 1.0, wanted.toDouble() + 1.0);
    return current == wanted;
}

} // namespace

BullhornClient::BullhornClient(BullhornConfig config, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_credentials(credentials)
    , m_network(new QNetworkAccessManager(this))
    , m_queue(new RequestQueue(m_config.maxConcurrent, this))
    , m_limiter(std::make_unique<RateLimiter>(m_config.requestsPerSecond, 1000))
{ }

BullhornClient::~BullhornClient()
{
    // Why: callbacks of calls still in flight must not run into a half-destroyed client.
    const QSet<RetryingCall *> calls = std::exchange(m_calls, {});
    for (RetryingCall *call : calls) {
        call->disconnect(this);
        delete call;
    }
}

void BullhornClient::cancelAll()
{
    const QSet<RetryingCall *> calls = m_calls;
    for (RetryingCall *call : calls)
        call->abort();
}

Error BullhornClient::errorFor(const HttpResponse &response)
{
    const QJsonObject body = response.json.toObject();
    const QString message = text(body, "errorMessage");
    const QString key = text(body, "errorMessageKey");
    const QString oauth = text(body, "error");
    QStringList parts { tr("HTTP %1").arg(response.status) };
    if (!key.isEmpty())
        parts << key;
    if (!message.isEmpty())
        parts << tr("message: %1").arg(message);
    if (!oauth.isEmpty())
        parts << QStringLiteral("%1: %2").arg(oauth, text(body, "error_description"));
    for (const QJsonValue &item : body.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject error = item.toObject();
        parts << QStringLiteral("%1 %2: %3")
                     .arg(text(error, "propertyName"), text(error, "type"), text(error, "detailMessage"));
    }
    if (body.isEmpty() && !response.body.isEmpty())
        parts << tr("body starts with: %1").arg(HttpResponse::excerpt(response.body));
    const QString detail = parts.join(QStringLiteral("; "));
    const QString code = !key.isEmpty() ? QStringLiteral("bullhorn.%1").arg(key)
        : !oauth.isEmpty()              ? QStringLiteral("oauth.%1").arg(oauth)
                                        : QStringLiteral("http.%1").arg(response.status);
    const auto make = [&](Error::Category kind, const QString &userMessage) {
        return Error(kind, userMessage, detail).setCode(code);
    };
    if (oauth == QLatin1String("invalid_grant"))
        return make(Error::Category::Auth,
                    tr("Bullhorn refused the sign-in grant (a spent or expired token)."));
    if (oauth == QLatin1String("invalid_client"))
        return make(Error::Category::Auth,
                    tr("Bullhorn did not accept the OAuth client id or secret. Check them in Settings > "
                       "Connections."));
    switch (response.status) {
    case 400:
        return make(
            Error::Category::Validation,
            tr("Bullhorn rejected the request: %1").arg(message.isEmpty() ? tr("no reason given") : message));
    case 401:
        return make(Error::Category::Auth, tr("The Bullhorn session expired or was refused."));
    case 403:
        return make(Error::Category::Auth, tr("The Bullhorn API user may not see this data."));
    case 404:
        return make(Error::Category::NotFound, tr("Bullhorn does not know this record or address."));
    case 412:
        return make(Error::Category::Auth, tr("Bullhorn received a call without a session token."));
    case 429:
        return make(Error::Category::RateLimited,
                    tr("Bullhorn asks to slow down; the call will be retried later."))
            .setRetryable(true);
    case 500:
        return make(Error::Category::Network, tr("Bullhorn failed to complete the call: %1").arg(message))
            .setRetryable(true);
    case 503:
        return make(Error::Category::Network, tr("Bullhorn is down for maintenance; try again later."))
            .setRetryable(true);
    default:
        break;
    }
    Error generic = NetworkJob::errorForStatus(response, kSystem);
    return generic.setDetail(detail).setCode(code);
}

std::optional<qint64> BullhornClient::retryDelay(int attempt, const NetworkJob &job) const
{
    if (attempt >= m_config.maxAttempts)
        return std::nullopt;
    if (!job.ok()) {
        static const QStringList transient { QStringLiteral("net.timeout"),
                                             QStringLiteral("net.connection_dropped"),
                                             QStringLiteral("net.not_json"), QStringLiteral("net.error") };
        return transient.contains(job.error().code()) ? std::optional<qint64>(200 * attempt) : std::nullopt;
    }
    const HttpResponse &response = job.response();
    switch (response.status) {
    case 429:
        // Bullhorn's guidance is to wait a second; doubling keeps a burst from hammering it.
        return response.retryAfterMs.value_or(1000LL << std::min(attempt - 1, 3));
    case 500:
    case 502:
    case 503:
    case 504:
        return response.retryAfterMs.value_or(200 * attempt);
    default:
        return std::nullopt;
    }
}

NetworkRequest BullhornClient::request(const QByteArray &verb, const QUrl &url,
                                       const QString &operation) const
{
    NetworkRequest out;
    out.verb = verb;
    out.url = url;
    out.timeoutMs = m_config.timeoutMs;
    out.systemName = kSystem;
    out.operation = operation;
    out.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    return out;
}

RetryingCall *BullhornClient::startCall(NetworkRequest request, bool retry,
                                        std::function<void(RetryingCall *)> finished)
{
    const QString operation = request.operation;
    auto *call = new RetryingCall(
        m_network, m_queue, std::move(request), &lcStaffing,
        [this, retry](int attempt, const NetworkJob &job) {
            return retry ? retryDelay(attempt, job) : std::nullopt;
        },
        this);
    call->addRateLimiter(m_limiter.get());
    m_calls.insert(call);
    connect(call, &RetryingCall::retrying, this,
            [this, operation](int attempt, qint64 delayMs, const QString &reason) {
                emit notice(tr("Bullhorn did not complete %1 (%2); trying again in %3 s.")
                                .arg(operation, reason)
                                .arg(delayMs / 1000.0, 0, 'f', 1),
                            tr("attempt %1").arg(attempt));
            });
    connect(call, &RetryingCall::finished, this, [this, call, finished] {
        m_calls.remove(call);
        m_attempts += call->attempts();
        call->deleteLater();
        finished(call);
    });
    call->start();
    return call;
}

void BullhornClient::sendAuth(NetworkRequest request, std::function<void(const Result<HttpResponse> &)> done)
{
    // Why no retry: an answer lost on the way back may already have spent the code or token.
    startCall(std::move(request), false, [done](RetryingCall *call) {
        if (!call->ok())
            return done(call->error());
        done(call->response());
    });
}

void BullhornClient::withSession(SessionCallback next)
{
    if (m_session) {
        next(*m_session);
        return;
    }
    m_sessionWaiters.append(std::move(next));
    if (m_sessionWaiters.size() == 1)
        openSession();
}

void BullhornClient::finishSession(const Result<Session> &session)
{
    if (session) {
        m_session = session.value();
        ++m_logins;
    }
    const auto waiters = std::exchange(m_sessionWaiters, {});
    for (const auto &waiter : waiters)
        waiter(session);
}

void BullhornClient::readSecrets(std::function<void(const Result<QStringList> &)> next)
{
    if (!m_credentials) {
        next(Error(Error::Category::Config, tr("No keychain is available for the Bullhorn credentials.")));
        return;
    }
    const QStringList accounts { SystemConfig::kPasswordAccount, SystemConfig::kClientSecretAccount,
                                 BullhornConfig::kRefreshTokenAccount };
    auto values = std::make_shared<QStringList>();
    auto readNext = std::make_shared<std::function<void()>>();
    // Reads one after another; a missing entry reads as empty.
    *readNext = [this, accounts, values, readNext, next] {
        if (values->size() == accounts.size()) {
            next(*values);
            *readNext = nullptr;
            return;
        }
        m_credentials->readSecret(CredentialStore::keyFor(m_config.systemId, accounts.at(values->size())),
                                  this, [values, readNext](const Result<QString> &secret) {
                                      values->append(secret ? secret.value() : QString());
                                      (*readNext)();
                                  });
    };
    (*readNext)();
}

void BullhornClient::openSession()
{
    if (!m_config.loginInfoUrl.isEmpty() && !m_dataCentreKnown)
        return findDataCentre(m_config.loginInfoUrl, 0);
    readSecrets([this](const Result<QStringList> &secrets) {
        if (!secrets)
            return finishSession(secrets.error());
        const QString password = secrets.value().at(0);
        const QString clientSecret = secrets.value().at(1);
        const QString refreshToken = secrets.value().at(2);
        if (clientSecret.isEmpty())
            return finishSession(
                Error(Error::Category::Auth,
                      tr("No Bullhorn client secret is stored for this connection. Enter it in "
                         "Settings > Connections."))
                    .setCode(QStringLiteral("bullhorn.no_client_secret")));
        if (refreshToken.isEmpty()) {
            authorize(password, clientSecret);
            return;
        }
        // The token is spent once sent: remove it first so that no later session, here or after a
        // crash, can send it a second time.
        m_credentials->removeSecret(
            CredentialStore::keyFor(m_config.systemId, BullhornConfig::kRefreshTokenAccount), this,
            [](const Result<void> &) {});
        QUrlQuery grant;
        grant.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        grant.addQueryItem(QStringLiteral("refresh_token"),
                           QString::fromLatin1(QUrl::toPercentEncoding(refreshToken)));
        exchange(grant.toString(QUrl::FullyEncoded), clientSecret, password);
    });
}

void BullhornClient::findDataCentre(const QUrl &url, int redirects)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("username"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_config.username)));
    // Reading loginInfo spends nothing: it may be retried like a data call.
    startCall(request("GET", withQuery(url, query), QStringLiteral("login info")), true,
              [this, url, redirects](RetryingCall *call) {
                  if (!call->ok())
                      return finishSession(call->error());
                  const HttpResponse &response = call->response();
                  if (response.status / 100 == 3) {
                      QUrl next = url.resolved(
                          QUrl(QString::fromUtf8(response.header(QByteArrayLiteral("Location")))));
                      next.setQuery(QString());
                      Result<QUrl> checked =
                          BullhornConfig::checkedDataCentreUrl(next.toString(), m_config.loginInfoUrl);
                      if (!checked && checked.error().code() == BullhornConfig::kForeignHost)
                          return finishSession(checked.error());
                      if (redirects >= 3 || !checked)
                          return finishSession(
                              Error(Error::Category::Config,
                                    tr("Bullhorn's login host sent the sign-in of %1 on to an address that "
                                       "cannot be used.")
                                        .arg(m_config.username),
                                    tr("HTTP %1 to %2 after %3 redirects")
                                        .arg(response.status)
                                        .arg(next.toString())
                                        .arg(redirects))
                                  .setCode(QStringLiteral("bullhorn.login_info_redirect")));
                      return findDataCentre(checked.value(), redirects + 1);
                  }
                  if (!response.isSuccess())
                      return finishSession(errorFor(response));
                  if (Result<void> used = useDataCentre(response.json.toObject()); !used)
                      return finishSession(used.error());
                  openSession();
              });
}

Result<void> BullhornClient::useDataCentre(const QJsonObject &loginInfo)
{
    const QString oauth = text(loginInfo, "oauthUrl");
    QString rest = text(loginInfo, "restUrl");
    Result<QUrl> authUrl = BullhornConfig::checkedDataCentreUrl(oauth, m_config.loginInfoUrl);
    Result<QUrl> restUrl = BullhornConfig::checkedDataCentreUrl(rest, m_config.loginInfoUrl);
    for (const Result<QUrl> *checked : { &authUrl, &restUrl })
        if (!*checked && checked->error().code() == BullhornConfig::kForeignHost)
            return checked->error();
    if (!authUrl || !restUrl)
        return Error(Error::Category::Config,
                     tr("Bullhorn's login host named no usable data centre for the API user %1.")
                         .arg(m_config.username),
                     tr("oauthUrl \"%1\", restUrl \"%2\"").arg(oauth, rest))
            .setCode(QStringLiteral("bullhorn.login_info"));
    // loginInfo's restUrl is the base of /login; the session's restUrl comes from /login.
    QUrl login = restUrl.value();
    login.setPath(login.path().endsWith(QLatin1Char('/')) ? login.path() + QStringLiteral("login")
                                                          : login.path() + QStringLiteral("/login"));
    m_config.authUrl = authUrl.value();
    m_config.loginUrl = login;
    m_dataCentreKnown = true;
    qCInfo(lcStaffing).noquote() << "Bullhorn data centre of" << m_config.username << "at"
                                 << authUrl.value().host();
    return {};
}

void BullhornClient::authorize(const QString &password, const QString &clientSecret)
{
    if (password.isEmpty())
        return finishSession(
            Error(Error::Category::Auth,
                  tr("No Bullhorn password is stored for the API user %1. Enter it in Settings > "
                     "Connections.")
                      .arg(m_config.username))
                .setCode(QStringLiteral("bullhorn.no_password")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("action"), QStringLiteral("Login"));
    query.addQueryItem(QStringLiteral("username"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_config.username)));
    query.addQueryItem(QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(password)));
    if (!m_config.redirectUri.isEmpty())
        query.addQueryItem(QStringLiteral("redirect_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_config.redirectUri)));
    QUrl url = m_config.authUrl;
    url.setPath(url.path() + QStringLiteral("/authorize"));
    NetworkRequest out = request("POST", withQuery(url, query), QStringLiteral("oauth authorize"));
    out.expectJson = false;
    sendAuth(out, [this, clientSecret](const Result<HttpResponse> &response) {
        if (!response)
            return finishSession(response.error());
        const QUrl location(QString::fromUtf8(response.value().header(QByteArrayLiteral("Location"))));
        const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (response.value().status == 200 || (response.value().status / 100 == 3 && code.isEmpty()))
            return finishSession(
                Error(Error::Category::Auth,
                      tr("Bullhorn did not accept the user name or password of the API user %1.")
                          .arg(m_config.username),
                      tr("HTTP %1 without an authorization code").arg(response.value().status))
                    .setCode(QStringLiteral("bullhorn.login_refused")));
        if (response.value().status / 100 != 3)
            return finishSession(errorFor(response.value()));
        QUrlQuery grant;
        grant.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        grant.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
        exchange(grant.toString(QUrl::FullyEncoded), clientSecret, std::nullopt);
    });
}

void BullhornClient::exchange(const QString &grantQuery, const QString &clientSecret,
                              const std::optional<QString> &passwordOnRefusal)
{
    const bool withRefreshToken = passwordOnRefusal.has_value();
    QUrlQuery query(grantQuery);
    query.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    query.addQueryItem(QStringLiteral("client_secret"),
                       QString::fromLatin1(QUrl::toPercentEncoding(clientSecret)));
    if (!m_config.redirectUri.isEmpty() && !withRefreshToken)
        query.addQueryItem(QStringLiteral("redirect_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_config.redirectUri)));
    QUrl url = m_config.authUrl;
    url.setPath(url.path() + QStringLiteral("/token"));
    sendAuth(request("POST", withQuery(url, query), QStringLiteral("oauth token")),
             [this, clientSecret, passwordOnRefusal](const Result<HttpResponse> &response) {
                 if (response && response.value().status == 400 && passwordOnRefusal) {
                     // A refused refresh token (spent elsewhere, expired) is not fatal: sign in afresh.
                     emit notice(tr("Bullhorn refused the stored refresh token; signing in again."),
                                 errorFor(response.value()).detail());
                     return authorize(*passwordOnRefusal, clientSecret);
                 }
                 if (!response)
                     return finishSession(response.error());
                 if (!response.value().isSuccess())
                     return finishSession(errorFor(response.value()));
                 const QJsonObject body = response.value().json.toObject();
                 const QString access = text(body, "access_token");
                 const QString refresh = text(body, "refresh_token");
                 if (access.isEmpty() || refresh.isEmpty())
                     return finishSession(Error(Error::Category::Auth,
                                                tr("Bullhorn's token answer lacks a token."),
                                                HttpResponse::excerpt(response.value().body, 0)));
                 // The new refresh token is the only way back in without the password: keep it
                 // before the access token is spent.
                 m_credentials->writeSecret(
                     CredentialStore::keyFor(m_config.systemId, BullhornConfig::kRefreshTokenAccount),
                     refresh, this, [this, access](const Result<void> &stored) {
                         if (!stored)
                             emit notice(tr("The new Bullhorn refresh token could not be stored; the next "
                                            "sign-in will use the password."),
                                         stored.error().detail());
                         login(access);
                     });
             });
}

void BullhornClient::login(const QString &accessToken)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("version"), QStringLiteral("*"));
    query.addQueryItem(QStringLiteral("access_token"),
                       QString::fromLatin1(QUrl::toPercentEncoding(accessToken)));
    query.addQueryItem(QStringLiteral("ttl"), QString::number(std::clamp(m_config.sessionMinutes, 1, 2880)));
    sendAuth(request("POST", withQuery(m_config.loginUrl, query), QStringLiteral("rest login")),
             [this](const Result<HttpResponse> &response) {
                 if (!response)
                     return finishSession(response.error());
                 if (!response.value().isSuccess())
                     return finishSession(errorFor(response.value()));
                 const QJsonObject body = response.value().json.toObject();
                 Session session { text(body, "BhRestToken"), QUrl(text(body, "restUrl")) };
                 if (session.token.isEmpty() || !session.restUrl.isValid() || session.restUrl.isEmpty())
                     return finishSession(Error(Error::Category::Auth,
                                                tr("Bullhorn's login answer lacks BhRestToken or restUrl.")));
                 if (!session.restUrl.path().endsWith(QLatin1Char('/')))
                     session.restUrl.setPath(session.restUrl.path() + QLatin1Char('/'));
                 finishSession(session);
             });
}

void BullhornClient::exchange(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                              const QByteArray &body, const QString &operation, Callback<HttpResponse> done,
                              const BodyReader &readBody, bool relogged)
{
    withSession([=, this](const Result<Session> &session) {
        if (!session)
            return done(session.error());
        NetworkRequest out =
            request(verb, withQuery(session.value().restUrl.resolved(QUrl(path)), query), operation);
        out.headers.append({ QByteArrayLiteral("BhRestToken"), session.value().token.toUtf8() });
        out.body = body;
        out.readJson = readBody;
        // Reads and field updates may be sent twice without harm; creates (PUT) may not, so they
        // are neither re-sent by Qt nor retried here: the caller looks the externalID up first.
        out.idempotent = verb != "PUT";
        if (!body.isEmpty())
            out.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
        const QString token = session.value().token;
        startCall(out, out.idempotent, [=, this](RetryingCall *call) {
            if (!call->ok())
                return done(call->error());
            const HttpResponse &response = call->response();
            if (response.status == 401 && !relogged) {
                if (m_session && m_session->token == token)
                    m_session.reset();
                emit notice(tr("The Bullhorn session expired; signing in again."),
                            errorFor(response).detail());
                return exchange(verb, path, query, body, operation, done, readBody, true);
            }
            if (!response.isSuccess()) {
                Error error = errorFor(response);
                error.setCorrelationId(call->correlationId());
                return done(error);
            }
            const QJsonObject object = response.json.toObject();
            for (const QJsonValue &message : object.value(QStringLiteral("messages")).toArray()) {
                if (text(message.toObject(), "severity") == QLatin1String("ERROR"))
                    return done(Error(Error::Category::Validation,
                                      tr("Bullhorn refused the change: %1")
                                          .arg(text(message.toObject(), "detailMessage")),
                                      text(message.toObject(), "propertyName"))
                                    .setCode(QStringLiteral("bullhorn.message_error")));
            }
            done(response);
        });
    });
}

void BullhornClient::sendData(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                              const QByteArray &body, const QString &operation, Callback<QJsonObject> done)
{
    exchange(verb, path, query, body, operation, [done](const Result<HttpResponse> &response) {
        if (!response)
            return done(response.error());
        done(response.value().json.toObject());
    });
}

void BullhornClient::page(const QString &kind, const QString &entity, const QUrlQuery &query,
                          Callback<BullhornPage> done)
{
    // Why not QJsonDocument: a page of a pull holds 500 records, and building a QJsonObject of
    // each cost more than everything else the client does with it (see JsonNode).
    auto body = std::make_shared<JsonNode>();
    const auto read = [body](const QByteArray &text) {
        std::optional<JsonNode> node = JsonNode::parse(text);
        if (node)
            *body = std::move(*node);
        return node.has_value();
    };
    exchange(
        "GET", QStringLiteral("%1/%2").arg(kind, entity), query, {},
        QStringLiteral("%1 %2").arg(kind, entity),
        [body, done](const Result<HttpResponse> &response) {
            if (!response)
                return done(response.error());
            BullhornPage out;
            out.data = (*body)["data"].elements();
            out.start = int((*body)["start"].toInteger());
            if (const JsonNode total = (*body)["total"]; !total.isAbsent())
                out.total = total.toInteger();
            done(out);
        },
        read);
}

void BullhornClient::query(const QString &entity, const QString &where, const QString &fields,
                           const QString &orderBy, int start, int count, bool withTotal,
                           Callback<BullhornPage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("where"), QString::fromUtf8(QUrl::toPercentEncoding(where)));
    query.addQueryItem(QStringLiteral("fields"), QString::fromUtf8(QUrl::toPercentEncoding(fields)));
    if (!orderBy.isEmpty())
        query.addQueryItem(QStringLiteral("orderBy"), QString::fromUtf8(QUrl::toPercentEncoding(orderBy)));
    query.addQueryItem(QStringLiteral("start"), QString::number(start));
    query.addQueryItem(QStringLiteral("count"), QString::number(count));
    if (withTotal)
        query.addQueryItem(QStringLiteral("showTotalMatched"), QStringLiteral("true"));
    page(QStringLiteral("query"), entity, query, std::move(done));
}

void BullhornClient::search(const QString &entity, const QString &luceneQuery, const QString &fields,
                            const QString &sort, int start, int count, Callback<BullhornPage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), QString::fromUtf8(QUrl::toPercentEncoding(luceneQuery)));
    query.addQueryItem(QStringLiteral("fields"), QString::fromUtf8(QUrl::toPercentEncoding(fields)));
    if (!sort.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), QString::fromUtf8(QUrl::toPercentEncoding(sort)));
    query.addQueryItem(QStringLiteral("start"), QString::number(start));
    query.addQueryItem(QStringLiteral("count"), QString::number(count));
    page(QStringLiteral("search"), entity, query, std::move(done));
}

void BullhornClient::getEntity(const QString &entity, qint64 id, const QString &fields,
                               Callback<QJsonObject> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), QString::fromUtf8(QUrl::toPercentEncoding(fields)));
    sendData("GET", QStringLiteral("entity/%1/%2").arg(entity).arg(id), query, {},
             QStringLiteral("get %1").arg(entity), [done](const Result<QJsonObject> &body) {
                 if (!body)
                     return done(body.error());
                 done(body.value().value(QStringLiteral("data")).toObject());
             });
}

void BullhornClient::writeBack(const QString &entity, qint64 id, const QJsonObject &values,
                               Callback<BullhornWriteOutcome> done)
{
    getEntity(
        entity, id, values.keys().join(QLatin1Char(',')), [=, this](const Result<QJsonObject> &current) {
            if (!current)
                return done(current.error());
            QJsonObject changes;
            for (auto it = values.begin(); it != values.end(); ++it) {
                if (!sameValue(current.value().value(it.key()), it.value()))
                    changes.insert(it.key(), it.value());
            }
            if (changes.isEmpty())
                return done(BullhornWriteOutcome::Unchanged);
            sendData("POST", QStringLiteral("entity/%1/%2").arg(entity).arg(id), {},
                     QJsonDocument(changes).toJson(QJsonDocument::Compact),
                     QStringLiteral("update %1").arg(entity), [done](const Result<QJsonObject> &answer) {
                         if (!answer)
                             return done(answer.error());
                         done(BullhornWriteOutcome::Updated);
                     });
        });
}

void BullhornClient::findByExternalId(const QString &entity, const QString &externalId,
                                      Callback<QList<qint64>> done)
{
    QString quoted = externalId;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    query(entity, QStringLiteral("externalID = '%1'").arg(quoted), QStringLiteral("id"), {}, 0, 500, false,
          [done](const Result<BullhornPage> &page) {
              if (!page)
                  return done(page.error());
              QList<qint64> ids;
              for (const JsonNode &item : page.value().data)
                  ids.append(item["id"].toInteger());
              done(ids);
          });
}

void BullhornClient::countMatching(const QString &entity, const QString &where, Callback<qint64> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("where"), QString::fromUtf8(QUrl::toPercentEncoding(where)));
    query.addQueryItem(QStringLiteral("totalOnly"), QStringLiteral("true"));
    sendData("GET", QStringLiteral("query/%1").arg(entity), query, {}, QStringLiteral("count %1").arg(entity),
             [done](const Result<QJsonObject> &body) {
                 if (!body)
                     return done(body.error());
                 done(body.value().value(QStringLiteral("total")).toInteger());
             });
}

void BullhornClient::settings(const QStringList &names, Callback<QJsonObject> done)
{
    sendData("GET", QStringLiteral("settings/%1").arg(names.join(QLatin1Char(','))), {}, {},
             QStringLiteral("settings"), std::move(done));
}

void BullhornClient::ping(Callback<qint64> done)
{
    sendData("GET", QStringLiteral("ping"), {}, {}, QStringLiteral("ping"),
             [done](const Result<QJsonObject> &body) {
                 if (!body)
                     return done(body.error());
                 done(body.value().value(QStringLiteral("sessionExpires")).toInteger());
             });
}

} // namespace cw
