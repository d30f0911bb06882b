#include "hubspotsimulator.h"

#include "sandbox/demodataset.h"
#include "sandbox/httpsimulatorserver.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace cw {

namespace {

constexpr int kWindowMs = 10000;

QStringList listParameter(const QUrlQuery &query, const QString &name)
{
    QStringList values;
    for (const QString &value : query.allQueryItemValues(name, QUrl::FullyDecoded))
        values += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return values;
}

QJsonObject bodyObject(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

HubSpotAnswer invalidJson()
{
    return HubSpotAnswer::error(
        400, QStringLiteral("VALIDATION_ERROR"),
        QStringLiteral("Invalid input JSON on line 1: the body is not a JSON object"));
}

} // namespace

HubSpotSimulator::HubSpotSimulator(const DemoDataset &data, Options options,
                                   std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_store(clock)
    , m_faults(FaultSpec(), m_options.seed)
    , m_server(
          new HttpSimulatorServer([this](const SimulatedHttpRequest &request) { return handle(request); },
                                  QByteArrayLiteral("cloudflare"), this))
{
    m_store.load(data);
    m_uptime.start();
}

HubSpotSimulator::~HubSpotSimulator() = default;

void HubSpotSimulator::useTls(const QSslConfiguration &configuration)
{
    m_server->useTls(configuration);
}

Result<quint16> HubSpotSimulator::listen(quint16 port)
{
    return m_server->listen(port);
}

void HubSpotSimulator::close()
{
    m_server->close();
}

QUrl HubSpotSimulator::baseUrl() const
{
    return m_server->baseUrl();
}

void HubSpotSimulator::forceStatus(int status, int count, int retryAfterS)
{
    if (count > 0)
        m_forced.append({ status, count, retryAfterS });
}

int HubSpotSimulator::callCount(const QString &method) const
{
    if (method.isEmpty()) {
        int total = 0;
        for (int calls : m_calls)
            total += calls;
        return total;
    }
    return m_calls.value(method);
}

std::optional<HubSpotSimulator::Route> HubSpotSimulator::route(const SimulatedHttpRequest &request)
{
    const QString path = QString::fromUtf8(request.path);
    const QUrlQuery query(QString::fromUtf8(request.query));
    const QByteArray verb = request.method;
    bool jsonOk = true;
    const QJsonObject body = verb == "POST" ? bodyObject(request.body, &jsonOk) : QJsonObject();
    static const QRegularExpression objects(
        QStringLiteral("^/crm/(?:v3/objects|objects/[0-9-]+)/(companies|contacts|deals)(?:/(batch/|)([^/"
                       "]+))?(?:/([^/]+))?$"));
    static const QRegularExpression pipelines(QStringLiteral("^/crm/v3/pipelines/(\\w+)$"));
    static const QRegularExpression properties(QStringLiteral("^/crm/v3/properties/(\\w+)(?:/(\\w+))?$"));
    static const QRegularExpression associations(
        QStringLiteral("^/crm/v4/objects/(\\w+)/(\\d+)/associations/(\\w+)$"));
    static const QRegularExpression batchAssociations(
        QStringLiteral("^/crm/v4/associations/(\\w+)/(\\w+)/batch/read$"));
    const auto read = [](const QString &type) {
        return QStringLiteral("crm.objects.%1.read").arg(type);
    };
    const auto write = [](const QString &type) {
        return QStringLiteral("crm.objects.%1.write").arg(type);
    };

    if (const auto m = objects.match(path); m.hasMatch()) {
        const QString type = m.captured(1);
        const bool batch = m.captured(2) == QLatin1String("batch/");
        const QString segment = m.captured(3);
        if (!m.captured(4).isEmpty())
            return std::nullopt;
        if (batch && verb == "POST") {
            static const QStringList ops { QStringLiteral("read"), QStringLiteral("create"),
                                           QStringLiteral("update"), QStringLiteral("upsert"),
                                           QStringLiteral("archive") };
            if (!ops.contains(segment))
                return std::nullopt;
            return Route { QStringLiteral("batch"),
                           segment == QLatin1String("read") ? read(type) : write(type), [=, this] {
                               return jsonOk ? m_store.batch(type, segment, body) : invalidJson();
                           } };
        }
        if (segment == QLatin1String("search") && verb == "POST")
            return Route { QStringLiteral("search"), read(type), [=, this] {
                              return jsonOk ? m_store.search(type, body) : invalidJson();
                          } };
        if (segment.isEmpty() && verb == "GET") {
            bool limitOk = true;
            const QString limitText = query.queryItemValue(QStringLiteral("limit"));
            const int limit = limitText.isEmpty() ? 10 : limitText.toInt(&limitOk);
            return Route { QStringLiteral("list"), read(type), [=, this] {
                              return m_store.list(
                                  type, limitOk ? limit : -1, query.queryItemValue(QStringLiteral("after")),
                                  listParameter(query, QStringLiteral("properties")),
                                  listParameter(query, QStringLiteral("associations")),
                                  query.queryItemValue(QStringLiteral("archived")) == QLatin1String("true"));
                          } };
        }
        if (!segment.isEmpty() && verb == "GET")
            return Route { QStringLiteral("read"), read(type), [=, this] {
                              return m_store.read(type, segment,
                                                  listParameter(query, QStringLiteral("properties")),
                                                  listParameter(query, QStringLiteral("associations")),
                                                  query.queryItemValue(QStringLiteral("idProperty")));
                          } };
        return std::nullopt;
    }
    if (const auto m = pipelines.match(path); m.hasMatch() && verb == "GET") {
        const QString type = m.captured(1);
        return Route { QStringLiteral("pipelines"), read(type), [=, this] {
                          return m_store.pipelines(type);
                      } };
    }
    if (const auto m = properties.match(path); m.hasMatch()) {
        const QString type = m.captured(1);
        const QString name = m.captured(2);
        const QString scope =
            QStringLiteral("crm.schemas.%1.%2")
                .arg(type, verb == "GET" ? QStringLiteral("read") : QStringLiteral("write"));
        if (verb == "GET" && name.isEmpty())
            return Route { QStringLiteral("properties"), scope, [=, this] {
                              return m_store.listProperties(type);
                          } };
        if (verb == "GET")
            return Route { QStringLiteral("properties"), scope, [=, this] {
                              return m_store.readProperty(type, name);
                          } };
        if (verb == "POST" && name.isEmpty())
            return Route { QStringLiteral("properties"), scope, [=, this] {
                              return jsonOk ? m_store.createProperty(type, body) : invalidJson();
                          } };
        return std::nullopt;
    }
    if (const auto m = associations.match(path); m.hasMatch() && verb == "GET") {
        const QString limitText = query.queryItemValue(QStringLiteral("limit"));
        const int limit = limitText.isEmpty() ? 500 : std::clamp(limitText.toInt(), 1, 500);
        return Route { QStringLiteral("associations"), read(m.captured(1)), [=, this] {
                          return m_store.associations(m.captured(1), m.captured(2), m.captured(3), limit,
                                                      query.queryItemValue(QStringLiteral("after")));
                      } };
    }
    // Why no scope: any valid token may read its own account and introspect itself.
    if (path == QLatin1String("/account-info/v3/details") && verb == "GET")
        return Route { QStringLiteral("account"), QString(), [this] {
                          return accountDetails();
                      } };
    if (path == QLatin1String("/oauth/v2/private-apps/get/access-token-info") && verb == "POST")
        return Route { QStringLiteral("account"), QString(), [=, this] {
                          return jsonOk ? tokenInfo(body) : invalidJson();
                      } };
    if (const auto m = batchAssociations.match(path); m.hasMatch() && verb == "POST")
        return Route { QStringLiteral("associations"), read(m.captured(1)), [=, this] {
                          return jsonOk ? m_store.batchAssociations(m.captured(1), m.captured(2), body)
                                        : invalidJson();
                      } };
    return std::nullopt;
}

HubSpotAnswer HubSpotSimulator::accountDetails() const
{
    return { 200,
             QJsonObject { { QStringLiteral("portalId"), m_options.portalId },
                           { QStringLiteral("accountType"), m_options.accountType },
                           { QStringLiteral("timeZone"), m_options.timeZone },
                           { QStringLiteral("companyCurrency"), m_options.companyCurrency },
                           { QStringLiteral("additionalCurrencies"), QJsonArray() },
                           { QStringLiteral("utcOffset"), QStringLiteral("+01:00") },
                           { QStringLiteral("utcOffsetMilliseconds"), 3600000 },
                           { QStringLiteral("uiDomain"), QStringLiteral("app-eu1.hubspot.com") },
                           { QStringLiteral("dataHostingLocation"), m_options.dataHostingLocation } } };
}

HubSpotAnswer HubSpotSimulator::tokenInfo(const QJsonObject &body) const
{
    if (body.value(QStringLiteral("tokenKey")).toString() != m_options.token)
        return HubSpotAnswer::error(401, QStringLiteral("INVALID_AUTHENTICATION"),
                                    QStringLiteral("The access token provided is not valid."));
    QJsonArray scopes;
    for (const char *type : { "companies", "contacts", "deals" }) {
        for (const char *kind : { "objects", "schemas" }) {
            for (const char *access : { "read", "write" }) {
                const QString scope =
                    QStringLiteral("crm.%1.%2.%3")
                        .arg(QLatin1String(kind), QLatin1String(type), QLatin1String(access));
                if (!m_missingScopes.contains(scope))
                    scopes.append(scope);
            }
        }
    }
    return { 200,
             QJsonObject { { QStringLiteral("userId"), m_options.userId },
                           { QStringLiteral("hubId"), m_options.portalId },
                           { QStringLiteral("appId"), m_options.appId },
                           { QStringLiteral("scopes"), scopes } } };
}

std::optional<SimulatedHttpReply> HubSpotSimulator::checkAuth(const SimulatedHttpRequest &request,
                                                              const Route &route) const
{
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization"));
    if (authorization != "Bearer " + m_options.token.toUtf8()) {
        return reply(HubSpotAnswer::error(
                         401, QStringLiteral("INVALID_AUTHENTICATION"),
                         QStringLiteral("Authentication credentials not found. This API supports OAuth 2.0 "
                                        "authentication and you can find more details at "
                                        "https://developers.hubspot.com/docs/methods/auth/oauth-overview")),
                     route);
    }
    if (m_missingScopes.contains(route.scope)) {
        const QJsonObject context { { QStringLiteral("requiredGranularScopes"),
                                      QJsonArray { route.scope } } };
        return reply(HubSpotAnswer::error(
                         403, QStringLiteral("MISSING_SCOPES"),
                         QStringLiteral("This app hasn't been granted all required scopes to make this "
                                        "call. Read more about required scopes here: "
                                        "https://developers.hubspot.com/scopes."),
                         QJsonObject { { QStringLiteral("missingScopes"), QJsonArray { route.scope } } },
                         QJsonArray { QJsonObject {
                             { QStringLiteral("message"),
                               QStringLiteral("One or more of the following scopes are required.") },
                             { QStringLiteral("context"), context } } }),
                     route);
    }
    return std::nullopt;
}

SimulatedHttpReply HubSpotSimulator::rateLimited(const QString &policy, const QString &message,
                                                 int retryAfterS) const
{
    const QJsonObject body {
        { QStringLiteral("status"), QStringLiteral("error") },
        { QStringLiteral("message"), message },
        { QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT") },
        { QStringLiteral("correlationId"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("policyName"), policy },
        { QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces) }
    };
    SimulatedHttpReply out =
        SimulatedHttpReply::json(429, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (retryAfterS >= 0)
        out.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterS) });
    return out;
}

std::optional<SimulatedHttpReply> HubSpotSimulator::checkRateLimit(const Route &route)
{
    const qint64 now = m_uptime.elapsed();
    if (m_dailyUsed >= m_options.dailyLimit)
        return rateLimited(QStringLiteral("DAILY"), QStringLiteral("You have reached your daily limit."), -1);
    const bool search = route.method == QLatin1String("search");
    QList<qint64> &window = search ? m_searchWindow : m_window;
    const int windowMs = search ? 1000 : kWindowMs;
    const int limit = search ? m_options.searchPerSecond : m_options.burstPer10s;
    while (!window.isEmpty() && window.first() <= now - windowMs)
        window.removeFirst();
    if (limit > 0 && window.size() >= limit) {
        return search ? rateLimited(QStringLiteral("SECONDLY"),
                                    QStringLiteral("You have reached your secondly limit."), -1)
                      : rateLimited(QStringLiteral("TEN_SECONDLY_ROLLING"),
                                    QStringLiteral("You have reached your ten_secondly_rolling limit."), -1);
    }
    window.append(now);
    ++m_dailyUsed;
    return std::nullopt;
}

std::optional<SimulatedHttpReply> HubSpotSimulator::forcedReply()
{
    if (m_forced.isEmpty())
        return std::nullopt;
    Forced &forced = m_forced.first();
    const Forced now = forced;
    if (--forced.remaining == 0)
        m_forced.removeFirst();
    if (now.status == 429)
        return rateLimited(QStringLiteral("TEN_SECONDLY_ROLLING"),
                           QStringLiteral("You have reached your ten_secondly_rolling limit."),
                           now.retryAfterS);
    static const QHash<int, QString> categories { { 423, QStringLiteral("LOCKED") },
                                                  { 477, QStringLiteral("MIGRATION_IN_PROGRESS") },
                                                  { 400, QStringLiteral("VALIDATION_ERROR") },
                                                  { 404, QStringLiteral("OBJECT_NOT_FOUND") } };
    const HubSpotAnswer answer =
        HubSpotAnswer::error(now.status, categories.value(now.status, QStringLiteral("INTERNAL_ERROR")),
                             QStringLiteral("Simulated HTTP %1").arg(now.status));
    SimulatedHttpReply out =
        SimulatedHttpReply::json(now.status, QJsonDocument(answer.body).toJson(QJsonDocument::Compact));
    if (now.retryAfterS >= 0)
        out.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(now.retryAfterS) });
    return out;
}

SimulatedHttpReply HubSpotSimulator::reply(const HubSpotAnswer &answer, const Route &route) const
{
    SimulatedHttpReply out = answer.status == 204
        ? SimulatedHttpReply::text(204, {}, QByteArrayLiteral("text/plain"))
        : SimulatedHttpReply::json(answer.status, QJsonDocument(answer.body).toJson(QJsonDocument::Compact));
    if (route.method != QLatin1String("search")) {
        const int remaining = std::max(0, m_options.burstPer10s - static_cast<int>(m_window.size()));
        out.headers.append(
            { QByteArrayLiteral("X-HubSpot-RateLimit-Max"), QByteArray::number(m_options.burstPer10s) });
        out.headers.append(
            { QByteArrayLiteral("X-HubSpot-RateLimit-Remaining"), QByteArray::number(remaining) });
        out.headers.append({ QByteArrayLiteral("X-HubSpot-RateLimit-Interval-Milliseconds"),
                             QByteArray::number(kWindowMs) });
        out.headers.append(
            { QByteArrayLiteral("X-HubSpot-RateLimit-Daily"), QByteArray::number(m_options.dailyLimit) });
        out.headers.append({ QByteArrayLiteral("X-HubSpot-RateLimit-Daily-Remaining"),
                             QByteArray::number(std::max(0, m_options.dailyLimit - m_dailyUsed)) });
    }
    return out;
}

SimulatedHttpReply HubSpotSimulator::faultReply(FaultInjector::Fault fault, const Route &route)
{
    const int retryAfter = m_faults.spec().retryAfterS;
    switch (fault) {
    case FaultInjector::Fault::ServerError: {
        const int status = m_faults.serverErrorStatus();
        // Why: HubSpot's edge answers gateway errors with an HTML page, not the JSON error body.
        return SimulatedHttpReply::text(status,
                                        QByteArrayLiteral("<html><body><h1>") + QByteArray::number(status)
                                            + QByteArrayLiteral(" Bad Gateway</h1></body></html>"),
                                        QByteArrayLiteral("text/html"));
    }
    case FaultInjector::Fault::RateLimited:
        return rateLimited(QStringLiteral("TEN_SECONDLY_ROLLING"),
                           QStringLiteral("You have reached your ten_secondly_rolling limit."), retryAfter);
    case FaultInjector::Fault::Timeout:
        return SimulatedHttpReply::held();
    case FaultInjector::Fault::Malformed: {
        const QByteArray full = QJsonDocument(route.run().body).toJson(QJsonDocument::Compact);
        return SimulatedHttpReply::json(200, full.left(std::max<qsizetype>(1, full.size() / 2)));
    }
    case FaultInjector::Fault::DropAfterCommit:
        route.run();
        return SimulatedHttpReply::dropped();
    case FaultInjector::Fault::SerializationFailure: {
        const HubSpotAnswer locked = HubSpotAnswer::error(
            423, QStringLiteral("LOCKED"),
            QStringLiteral("The record is locked by another change; retry in 2 seconds."));
        return SimulatedHttpReply::json(423, QJsonDocument(locked.body).toJson(QJsonDocument::Compact));
    }
    case FaultInjector::Fault::None:
        break;
    }
    return reply(route.run(), route);
}

SimulatedHttpReply HubSpotSimulator::handle(const SimulatedHttpRequest &request)
{
    const std::optional<Route> found = route(request);
    SimulatedHttpReply out;
    if (!found) {
        out = SimulatedHttpReply::json(
            404,
            QJsonDocument(HubSpotAnswer::error(404, QStringLiteral("OBJECT_NOT_FOUND"),
                                               QStringLiteral("Resource not found"))
                              .body)
                .toJson(QJsonDocument::Compact));
    } else if (auto denied = checkAuth(request, *found)) {
        out = *denied;
    } else {
        ++m_calls[found->method];
        if (auto forced = forcedReply())
            out = *forced;
        else if (auto limited = checkRateLimit(*found))
            out = *limited;
        else
            out = faultReply(m_faults.next(found->method), *found);
    }
    out.delayMs += m_faults.spec().latencyMs;
    qCDebug(lcSandbox).noquote() << "hubspot" << request.method << request.path << "->" << out.status;
    return out;
}

} // namespace cw
