#include "hubspotclient.h"

#include "connectors/httpresponse.h"
#include "connectors/networkjob.h"
#include "connectors/ratelimiter.h"
#include "connectors/requestqueue.h"
#include "connectors/retryingcall.h"
#include "credentials/credentialstore.h"
#include "domain/systemconfig.h"
#include "hubspotpagereader.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace cw {

namespace {

constexpr int kBatchSize = 100;
const QString kSystem = QStringLiteral("HubSpot");

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonArray toArray(const QStringList &values)
{
    QJsonArray out;
    for (const QString &value : values)
        out.append(value);
    return out;
}

} // namespace

HubSpotClient::HubSpotClient(HubSpotConfig config, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_credentials(credentials)
    , m_network(new QNetworkAccessManager(this))
    , m_queue(new RequestQueue(m_config.maxConcurrent, this))
    , m_general(std::make_unique<RateLimiter>(m_config.requestsPer10s, 10000))
    , m_search(std::make_unique<RateLimiter>(m_config.searchesPerSecond, 1000))
    , m_pageReader(std::make_shared<HubSpotPageReader>())
{ }

HubSpotClient::~HubSpotClient()
{
    // Why: callbacks of calls still in flight must not run into a half-destroyed client.
    const QSet<RetryingCall *> calls = m_calls;
    m_calls.clear();
    for (RetryingCall *call : calls) {
        call->disconnect(this);
        delete call;
    }
}

void HubSpotClient::cancelAll()
{
    const QSet<RetryingCall *> calls = m_calls;
    for (RetryingCall *call : calls)
        call->abort();
}

void HubSpotClient::withToken(std::function<void(const Result<QString> &)> next)
{
    if (m_token) {
        next(*m_token);
        return;
    }
    m_tokenWaiters.append(std::move(next));
    if (m_tokenWaiters.size() > 1)
        return;
    const auto deliver = [this](const Result<QString> &result) {
        const auto waiters = std::exchange(m_tokenWaiters, {});
        for (const auto &waiter : waiters)
            waiter(result);
    };
    if (!m_credentials) {
        deliver(Error(Error::Category::Config, tr("No keychain is available for the HubSpot token.")));
        return;
    }
    m_credentials->readSecret(
        CredentialStore::keyFor(m_config.systemId, SystemConfig::kTokenAccount), this,
        [this, deliver](const Result<QString> &secret) {
            if (secret && !secret.value().isEmpty()) {
                m_token = secret.value();
                deliver(secret.value());
                return;
            }
            deliver(Error(Error::Category::Auth,
                          tr("No HubSpot access token is stored for this connection. Enter it "
                             "in Settings > Connections."),
                          secret ? QStringLiteral("empty token") : secret.error().detail())
                        .setCode(QStringLiteral("hubspot.no_token")));
        });
}

NetworkRequest HubSpotClient::jsonRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                          const QString &operation) const
{
    NetworkRequest request;
    request.verb = verb;
    request.url = url;
    request.body = body;
    request.timeoutMs = m_config.timeoutMs;
    request.systemName = kSystem;
    request.operation = operation;
    request.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    if (!body.isEmpty())
        request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    return request;
}

std::optional<qint64> HubSpotClient::retryDelay(int attempt, const NetworkJob &job) const
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
    const std::optional<qint64> retryAfter = response.retryAfterMs;
    switch (response.status) {
    case 429: {
        const QJsonObject body = response.json.toObject();
        const QString policy = text(body, "policyName");
        if (policy == QLatin1String("DAILY"))
            return std::nullopt;
        if (retryAfter)
            return *retryAfter;
        const bool secondly = policy == QLatin1String("SECONDLY")
            || text(body, "message").contains(QLatin1String("secondly limit"));
        return secondly ? 1000 * attempt : 10000 * attempt;
    }
    case 423:
        return std::max<qint64>(2000, retryAfter.value_or(0));
    case 477:
        return retryAfter.value_or(5000);
    case 502:
    case 503:
    case 504:
    case 524:
        return retryAfter.value_or(200 * attempt);
    default:
        return std::nullopt;
    }
}

Error HubSpotClient::errorFor(const HttpResponse &response)
{
    const QJsonObject body = response.json.toObject();
    QString category = text(body, "category");
    if (category.isEmpty())
        category = text(body, "errorType");
    const QString policy = text(body, "policyName");
    const QString message = text(body, "message");
    QStringList parts { tr("HTTP %1").arg(response.status) };
    if (!category.isEmpty())
        parts << tr("category %1").arg(category);
    if (!policy.isEmpty())
        parts << tr("policy %1").arg(policy);
    if (!text(body, "correlationId").isEmpty())
        parts << tr("correlationId %1").arg(text(body, "correlationId"));
    if (!message.isEmpty())
        parts << tr("message: %1").arg(message);
    for (const QJsonValue &item : body.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject error = item.toObject();
        parts << (text(error, "in").isEmpty()
                      ? text(error, "message")
                      : QStringLiteral("%1 (%2)").arg(text(error, "message"), text(error, "in")));
    }
    QStringList scopes;
    for (const QJsonValue &scope :
         body.value(QStringLiteral("context")).toObject().value(QStringLiteral("missingScopes")).toArray())
        scopes << scope.toString();
    if (!scopes.isEmpty())
        parts << tr("missing scopes: %1").arg(scopes.join(QStringLiteral(", ")));
    if (body.isEmpty() && !response.body.isEmpty())
        parts << tr("body starts with: %1").arg(HttpResponse::excerpt(response.body));
    const QString detail = parts.join(QStringLiteral("; "));
    const QString code = category.isEmpty()
        ? QStringLiteral("http.%1").arg(response.status)
        : QStringLiteral("hubspot.%1").arg(policy == QLatin1String("DAILY") ? policy : category);
    const auto make = [&](Error::Category kind, const QString &userMessage) {
        return Error(kind, userMessage, detail).setCode(code);
    };
    switch (response.status) {
    case 400:
        return make(
            Error::Category::Validation,
            tr("HubSpot rejected the data: %1").arg(message.isEmpty() ? tr("no reason given") : message));
    case 401:
        return make(
            Error::Category::Auth,
            tr("HubSpot did not accept the access token. Check the token in Settings > Connections."));
    case 403:
        return scopes.isEmpty() ? make(Error::Category::Auth, tr("HubSpot refused access to this data."))
                                : make(Error::Category::Auth,
                                       tr("The HubSpot token lacks the permission %1. Add the scope to the "
                                          "private app or service key.")
                                           .arg(scopes.join(QStringLiteral(", "))));
    case 404:
        return make(Error::Category::NotFound, tr("HubSpot does not know this record or address."));
    case 409:
        return make(Error::Category::Duplicate, tr("HubSpot already has a record with this unique value."));
    case 423:
        return make(Error::Category::Conflict, tr("HubSpot reports the record is locked by another change."))
            .setRetryable(true);
    case 429:
        return policy == QLatin1String("DAILY")
            ? make(Error::Category::RateLimited,
                   tr("HubSpot's daily API quota is used up; syncing resumes after midnight in the account's "
                      "time zone."))
                  .setRetryable(false)
            : make(Error::Category::RateLimited,
                   tr("HubSpot asks to slow down; the request will be retried later."));
    case 477:
        return make(Error::Category::Network, tr("HubSpot is migrating this account; try again later."))
            .setRetryable(true);
    default:
        break;
    }
    Error generic = NetworkJob::errorForStatus(response, kSystem);
    return generic.setDetail(detail).setCode(code);
}

void HubSpotClient::send(NetworkRequest request, Budget budget, Callback<HttpResponse> done)
{
    withToken([this, request = std::move(request), budget,
               done = std::move(done)](const Result<QString> &token) mutable {
        if (!token) {
            done(token.error());
            return;
        }
        request.headers.append(
            { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.value().toUtf8() });
        const QString operation = request.operation;
        auto *call = new RetryingCall(
            m_network, m_queue, std::move(request), &lcCrm,
            [this](int attempt, const NetworkJob &job) { return retryDelay(attempt, job); }, this);
        call->addRateLimiter(m_general.get());
        if (budget == Budget::Search)
            call->addRateLimiter(m_search.get());
        m_calls.insert(call);
        connect(call, &RetryingCall::retrying, this,
                [this, operation](int attempt, qint64 delayMs, const QString &reason) {
                    emit notice(tr("HubSpot did not complete %1 (%2); trying again in %3 s.")
                                    .arg(operation, reason)
                                    .arg(delayMs / 1000.0, 0, 'f', 1),
                                tr("attempt %1").arg(attempt));
                });
        connect(call, &RetryingCall::finished, this, [this, call, done] {
            m_calls.remove(call);
            m_attempts += call->attempts();
            call->deleteLater();
            if (!call->ok()) {
                done(call->error());
            } else if (!call->response().isSuccess()) {
                Error error = errorFor(call->response());
                error.setCorrelationId(call->correlationId());
                done(error);
            } else {
                done(call->response());
            }
        });
        call->start();
    });
}

void HubSpotClient::sendForPage(NetworkRequest request, Budget budget, Callback<HubSpotPage> done)
{
    // Why: a page is read by HubSpotPageReader while the call runs, so a body that is no page is
    // retried like any unreadable answer, and no QJsonDocument of it is built.
    auto page = std::make_shared<HubSpotPage>();
    request.readJson = [reader = m_pageReader, page](const QByteArray &body) {
        std::optional<HubSpotPage> read = reader->read(body);
        if (read)
            *page = std::move(*read);
        return read.has_value();
    };
    send(std::move(request), budget, [page, done = std::move(done)](const Result<HttpResponse> &response) {
        if (!response)
            return done(response.error());
        done(std::move(*page));
    });
}

void HubSpotClient::listObjects(const QString &type, const QStringList &properties,
                                const QStringList &associations, const QString &after, int limit,
                                bool archived, Callback<HubSpotPage> done)
{
    QUrl url = m_config.objectsUrl(type);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    if (!properties.isEmpty())
        query.addQueryItem(QStringLiteral("properties"), properties.join(QLatin1Char(',')));
    if (!associations.isEmpty())
        query.addQueryItem(QStringLiteral("associations"), associations.join(QLatin1Char(',')));
    if (archived)
        query.addQueryItem(QStringLiteral("archived"), QStringLiteral("true"));
    url.setQuery(query);
    sendForPage(jsonRequest("GET", url, {}, QStringLiteral("list %1").arg(type)), Budget::General,
                std::move(done));
}

void HubSpotClient::searchModifiedSince(const QString &type, const QString &modifiedProperty, qint64 sinceMs,
                                        const QStringList &properties, const QString &after, int limit,
                                        Callback<HubSpotPage> done)
{
    const QJsonObject filter { { QStringLiteral("propertyName"), modifiedProperty },
                               { QStringLiteral("operator"), QStringLiteral("GTE") },
                               { QStringLiteral("value"), QString::number(sinceMs) } };
    QJsonObject body {
        { QStringLiteral("filterGroups"),
          QJsonArray { QJsonObject { { QStringLiteral("filters"), QJsonArray { filter } } } } },
        { QStringLiteral("sorts"),
          QJsonArray { QJsonObject { { QStringLiteral("propertyName"), modifiedProperty },
                                     { QStringLiteral("direction"), QStringLiteral("ASCENDING") } } } },
        { QStringLiteral("properties"), toArray(properties) },
        { QStringLiteral("limit"), limit },
    };
    if (!after.isEmpty())
        body.insert(QStringLiteral("after"), after);
    sendForPage(jsonRequest("POST", m_config.objectsUrl(type, QStringLiteral("search")),
                            QJsonDocument(body).toJson(QJsonDocument::Compact),
                            QStringLiteral("search %1").arg(type)),
                Budget::Search, std::move(done));
}

void HubSpotClient::readAssociations(const QString &fromType, const QString &toType, const QStringList &ids,
                                     Callback<QHash<QString, QStringList>> done)
{
    readAssociationChunk(fromType, toType, ids, std::make_shared<QHash<QString, QStringList>>(),
                         std::move(done));
}

void HubSpotClient::readAssociationChunk(const QString &fromType, const QString &toType, QStringList pending,
                                         std::shared_ptr<QHash<QString, QStringList>> found,
                                         Callback<QHash<QString, QStringList>> done)
{
    if (pending.isEmpty()) {
        done(*found);
        return;
    }
    const QStringList chunk = pending.mid(0, kBatchSize);
    pending.remove(0, chunk.size());
    QJsonArray inputs;
    for (const QString &id : chunk)
        inputs.append(QJsonObject { { QStringLiteral("id"), id } });
    const QByteArray body =
        QJsonDocument(QJsonObject { { QStringLiteral("inputs"), inputs } }).toJson(QJsonDocument::Compact);
    send(jsonRequest("POST", m_config.associationsBatchReadUrl(fromType, toType), body,
                     QStringLiteral("associations %1 to %2").arg(fromType, toType)),
         Budget::General, [=, this](const Result<HttpResponse> &response) {
             if (!response)
                 return done(response.error());
             for (const QJsonValue &value :
                  response.value().json.toObject().value(QStringLiteral("results")).toArray()) {
                 const QJsonObject result = value.toObject();
                 const QString from = result.value(QStringLiteral("from"))
                                          .toObject()
                                          .value(QStringLiteral("id"))
                                          .toVariant()
                                          .toString();
                 QStringList &targets = (*found)[from];
                 for (const QJsonValue &to : result.value(QStringLiteral("to")).toArray()) {
                     const QString id =
                         to.toObject().value(QStringLiteral("toObjectId")).toVariant().toString();
                     if (!targets.contains(id))
                         targets.append(id);
                 }
             }
             readAssociationChunk(fromType, toType, pending, found, done);
         });
}

void HubSpotClient::pipelines(const QString &type, Callback<QList<HubSpotPipelineStage>> done)
{
    send(jsonRequest("GET", m_config.pipelinesUrl(type), {}, QStringLiteral("pipelines %1").arg(type)),
         Budget::General, [done](const Result<HttpResponse> &response) {
             if (!response)
                 return done(response.error());
             QList<HubSpotPipelineStage> stages;
             for (const QJsonValue &pipelineValue :
                  response.value().json.toObject().value(QStringLiteral("results")).toArray()) {
                 const QJsonObject pipeline = pipelineValue.toObject();
                 for (const QJsonValue &stageValue : pipeline.value(QStringLiteral("stages")).toArray()) {
                     const QJsonObject stage = stageValue.toObject();
                     const QJsonObject metadata = stage.value(QStringLiteral("metadata")).toObject();
                     HubSpotPipelineStage out;
                     out.pipelineId = text(pipeline, "id");
                     out.pipelineLabel = text(pipeline, "label");
                     out.stageId = text(stage, "id");
                     out.label = text(stage, "label");
                     out.probability = metadata.value(QStringLiteral("probability")).toVariant().toDouble();
                     out.closed = metadata.value(QStringLiteral("isClosed")).toVariant().toString()
                         == QLatin1String("true");
                     stages.append(out);
                 }
             }
             done(stages);
         });
}

void HubSpotClient::account(Callback<HubSpotAccount> done)
{
    send(jsonRequest("GET", m_config.accountDetailsUrl(), {}, QStringLiteral("account-info")),
         Budget::General, [this, done](const Result<HttpResponse> &response) {
             if (!response)
                 return done(response.error());
             const QJsonObject details = response.value().json.toObject();
             HubSpotAccount account;
             account.portalId = details.value(QStringLiteral("portalId")).toInteger();
             account.accountType = text(details, "accountType");
             account.timeZone = text(details, "timeZone");
             account.companyCurrency = text(details, "companyCurrency");
             account.dataHostingLocation = text(details, "dataHostingLocation");
             // m_token is set: the details call above was sent with it.
             const QByteArray body =
                 QJsonDocument(QJsonObject { { QStringLiteral("tokenKey"), m_token.value_or(QString()) } })
                     .toJson(QJsonDocument::Compact);
             send(jsonRequest("POST", m_config.tokenInfoUrl(), body, QStringLiteral("access-token-info")),
                  Budget::General, [account, done](const Result<HttpResponse> &info) mutable {
                      if (!info) {
                          const Error::Category category = info.error().category();
                          if (category != Error::Category::NotFound
                              && category != Error::Category::Validation)
                              return done(info.error());
                          return done(account);
                      }
                      for (const QJsonValue &scope :
                           info.value().json.toObject().value(QStringLiteral("scopes")).toArray())
                          account.scopes.append(scope.toString());
                      account.scopesKnown = true;
                      done(account);
                  });
         });
}

void HubSpotClient::ensureProperties(const QString &type, const QList<HubSpotPropertyDefinition> &definitions,
                                     Callback<bool> done)
{
    QList<HubSpotPropertyDefinition> missing;
    for (const HubSpotPropertyDefinition &definition : definitions) {
        if (!m_knownProperties.contains(type + QLatin1Char('/') + definition.name))
            missing.append(definition);
    }
    if (missing.isEmpty()) {
        done(true);
        return;
    }
    const HubSpotPropertyDefinition next = missing.takeFirst();
    const QString key = type + QLatin1Char('/') + next.name;
    const auto known = [this, key, type, missing, done] {
        m_knownProperties.insert(key);
        ensureProperties(type, missing, done);
    };
    send(jsonRequest("GET", m_config.propertiesUrl(type, next.name), {},
                     QStringLiteral("read property %1").arg(next.name)),
         Budget::General, [=, this](const Result<HttpResponse> &read) {
             if (read)
                 return known();
             if (read.error().category() != Error::Category::NotFound)
                 return done(read.error());
             const QJsonObject body { { QStringLiteral("name"), next.name },
                                      { QStringLiteral("label"), next.label },
                                      { QStringLiteral("type"), next.type },
                                      { QStringLiteral("fieldType"), next.fieldType },
                                      { QStringLiteral("groupName"),
                                        next.groupName.isEmpty()
                                            ? type.chopped(1) + QStringLiteral("information")
                                            : next.groupName },
                                      { QStringLiteral("hasUniqueValue"), next.unique } };
             send(jsonRequest("POST", m_config.propertiesUrl(type),
                              QJsonDocument(body).toJson(QJsonDocument::Compact),
                              QStringLiteral("create property %1").arg(next.name)),
                  Budget::General, [=](const Result<HttpResponse> &created) {
                      // Why: 409 means another run (or a retried request) created it first.
                      if (created || created.error().category() == Error::Category::Duplicate)
                          return known();
                      done(created.error());
                  });
         });
}

void HubSpotClient::batchUpdate(const QString &type, const QList<HubSpotWrite> &inputs,
                                Callback<HubSpotBatchResult> done)
{
    batchWrite(type, QStringLiteral("update"), QString(), inputs, 0, std::make_shared<HubSpotBatchResult>(),
               std::move(done));
}

void HubSpotClient::batchUpsert(const QString &type, const QString &idProperty,
                                const QList<HubSpotWrite> &inputs, Callback<HubSpotBatchResult> done)
{
    batchWrite(type, QStringLiteral("upsert"), idProperty, inputs, 0, std::make_shared<HubSpotBatchResult>(),
               std::move(done));
}

void HubSpotClient::batchWrite(const QString &type, const QString &operation, const QString &idProperty,
                               const QList<HubSpotWrite> &inputs, qsizetype from,
                               std::shared_ptr<HubSpotBatchResult> total, Callback<HubSpotBatchResult> done)
{
    if (from >= inputs.size()) {
        done(*total);
        return;
    }
    QJsonArray array;
    for (qsizetype i = from; i < std::min<qsizetype>(inputs.size(), from + kBatchSize); ++i) {
        QJsonObject input { { QStringLiteral("id"), inputs.at(i).id },
                            { QStringLiteral("properties"), inputs.at(i).properties } };
        if (!idProperty.isEmpty())
            input.insert(QStringLiteral("idProperty"), idProperty);
        array.append(input);
    }
    const QByteArray body =
        QJsonDocument(QJsonObject { { QStringLiteral("inputs"), array } }).toJson(QJsonDocument::Compact);
    send(jsonRequest("POST", m_config.objectsUrl(type, QStringLiteral("batch/") + operation), body,
                     QStringLiteral("batch %1 %2").arg(operation, type)),
         Budget::General, [=, this](const Result<HttpResponse> &response) {
             if (!response)
                 return done(response.error());
             const QJsonObject result = response.value().json.toObject();
             for (const QJsonValue &value : result.value(QStringLiteral("results")).toArray()) {
                 total->results.append(value.toObject());
                 total->created += value.toObject().value(QStringLiteral("new")).toBool() ? 1 : 0;
             }
             for (const QJsonValue &value : result.value(QStringLiteral("errors")).toArray())
                 total->errors.append(value.toObject());
             batchWrite(type, operation, idProperty, inputs, from + kBatchSize, total, done);
         });
}

} // namespace cw
