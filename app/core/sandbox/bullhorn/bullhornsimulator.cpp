#include "bullhornsimulator.h"

#include "sandbox/demodataset.h"
#include "sandbox/httpsimulatorserver.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace cw {

namespace {

constexpr qint64 kAccessTokenS = 600;
constexpr qint64 kCodeS = 120;
constexpr qint64 kMinuteMs = 60000;
const QString kDefaultRedirect = QStringLiteral("https://localhost/crosswalk/oauth");

SimulatedHttpReply jsonReply(const BullhornAnswer &answer)
{
    return SimulatedHttpReply::json(answer.status, QJsonDocument(answer.body).toJson(QJsonDocument::Compact));
}

SimulatedHttpReply oauthError(int status, const QString &error, const QString &description)
{
    return jsonReply({ status,
                       QJsonObject { { QStringLiteral("error"), error },
                                     { QStringLiteral("error_description"), description } } });
}

QString item(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

int intItem(const QUrlQuery &query, const char *name, int fallback)
{
    bool ok = false;
    const int value = item(query, name).toInt(&ok);
    return ok ? value : fallback;
}

/// The request's query items; '+' is a space, as in the HTML form encoding Bullhorn's servers accept.
QUrlQuery queryOf(const SimulatedHttpRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.query).replace(QLatin1Char('+'), QStringLiteral("%20")));
}

SimulatedHttpReply loginPage(const QString &message)
{
    // Why: Bullhorn answers a failed headless login with its HTML login form, not a JSON error;
    // a client finds out because the redirect with the code never comes.
    return SimulatedHttpReply::text(
        200,
        QStringLiteral(
            "<html><body><form method=\"post\"><p class=\"error\">%1</p>"
            "<input name=\"username\"/><input name=\"password\" type=\"password\"/></form></body></html>")
            .arg(message.toHtmlEscaped())
            .toUtf8(),
        QByteArrayLiteral("text/html; charset=utf-8"));
}

} // namespace

BullhornSimulator::BullhornSimulator(const DemoDataset &data, Options options,
                                     std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_store(clock)
    , m_faults(FaultSpec(), m_options.seed)
    , m_server(
          new HttpSimulatorServer([this](const SimulatedHttpRequest &request) { return handle(request); },
                                  QByteArrayLiteral("Apache"), this))
{
    m_store.load(data, m_options.maxTimeEntries, m_options.payAndBill ? m_options.maxBillMasters : 0);
    QSet<QString> hidden;
    if (!m_options.timeAndExpense)
        hidden += { QStringLiteral("Timesheet"), QStringLiteral("TimesheetEntry"),
                    QStringLiteral("ExpenseSheet"), QStringLiteral("ExpenseSheetEntry") };
    if (!m_options.payAndBill)
        hidden += { QStringLiteral("BillableCharge"), QStringLiteral("BillMaster"),
                    QStringLiteral("BillMasterTransaction") };
    m_store.setHiddenEntities(hidden);
}

BullhornSimulator::~BullhornSimulator() = default;

Result<quint16> BullhornSimulator::listen(quint16 port)
{
    return m_server->listen(port);
}

void BullhornSimulator::close()
{
    m_server->close();
}

QUrl BullhornSimulator::baseUrl() const
{
    return m_server->baseUrl();
}

QUrl BullhornSimulator::authUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("/oauth")));
}

QUrl BullhornSimulator::loginUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("/rest-services/login")));
}

void BullhornSimulator::expireSessions()
{
    m_sessions.clear();
}

int BullhornSimulator::callCount(const QString &method) const
{
    if (!method.isEmpty())
        return m_calls.value(method);
    int total = 0;
    for (int calls : m_calls)
        total += calls;
    return total;
}

qint64 BullhornSimulator::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

QString BullhornSimulator::newToken(const char *prefix)
{
    const QByteArray seed = QByteArray::number(m_options.seed) + ':' + QByteArray::number(++m_tokenCounter)
        + ':' + QByteArray::number(nowMs());
    return QLatin1String(prefix) + QLatin1Char(':')
        + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(32));
}

SimulatedHttpReply BullhornSimulator::authorize(const QUrlQuery &query)
{
    if (item(query, "client_id") != m_options.clientId)
        return oauthError(400, QStringLiteral("invalid_client"), QStringLiteral("Invalid client_id"));
    if (item(query, "response_type") != QLatin1String("code"))
        return oauthError(400, QStringLiteral("unsupported_response_type"),
                          QStringLiteral("response_type must be code"));
    if (item(query, "action") != QLatin1String("Login"))
        return loginPage({});
    if (item(query, "username") != m_options.username || item(query, "password") != m_options.password)
        return loginPage(QStringLiteral("Invalid username or password."));
    const QString code = newToken("22");
    m_codes.insert(code, nowMs() + kCodeS * 1000);
    QUrl redirect(item(query, "redirect_uri").isEmpty() ? kDefaultRedirect : item(query, "redirect_uri"));
    QUrlQuery answer;
    answer.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    answer.addQueryItem(QStringLiteral("client_id"), m_options.clientId);
    if (!item(query, "state").isEmpty())
        answer.addQueryItem(QStringLiteral("state"), item(query, "state"));
    redirect.setQuery(answer);
    SimulatedHttpReply out = SimulatedHttpReply::text(302, {});
    out.headers.append({ QByteArrayLiteral("Location"), redirect.toEncoded() });
    return out;
}

SimulatedHttpReply BullhornSimulator::token(const QUrlQuery &query)
{
    if (item(query, "client_id") != m_options.clientId
        || item(query, "client_secret") != m_options.clientSecret)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Bad client credentials"));
    const QString grant = item(query, "grant_type");
    if (grant == QLatin1String("authorization_code")) {
        const qint64 expires = m_codes.take(item(query, "code"));
        if (expires < nowMs())
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Invalid, expired, or revoked authorization code."));
    } else if (grant == QLatin1String("refresh_token")) {
        // A refresh token is good for one exchange: spending it revokes it.
        if (!m_refreshTokens.remove(item(query, "refresh_token")))
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Invalid, expired, or revoked refresh token."));
    } else {
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("grant_type must be authorization_code or refresh_token"));
    }
    const QString access = newToken("25");
    const QString refresh = newToken("26");
    m_accessTokens.insert(access, nowMs() + kAccessTokenS * 1000);
    m_refreshTokens.insert(refresh);
    return jsonReply({ 200,
                       QJsonObject { { QStringLiteral("access_token"), access },
                                     { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                                     { QStringLiteral("expires_in"), kAccessTokenS },
                                     { QStringLiteral("refresh_token"), refresh } } });
}

SimulatedHttpReply BullhornSimulator::login(const QUrlQuery &query)
{
    if (item(query, "version").isEmpty())
        return jsonReply(BullhornAnswer::error(400, QStringLiteral("The version parameter is required."),
                                               QStringLiteral("errors.missingVersion")));
    // An access token is spent by the login that uses it.
    const qint64 expires = m_accessTokens.take(item(query, "access_token"));
    if (expires < nowMs())
        return jsonReply(BullhornAnswer::error(401, QStringLiteral("Invalid or expired OAuth access token."),
                                               QStringLiteral("errors.authentication.invalidAccessToken")));
    const int ttlS = m_faults.spec().sessionTtlS;
    const int minutes = std::clamp(intItem(query, "ttl", m_options.sessionMinutes), 1, 2880);
    const QString session = newToken("bh").mid(3, 32);
    m_sessions.insert(session, nowMs() + (ttlS > 0 ? ttlS * 1000LL : minutes * kMinuteMs));
    const QString restUrl =
        baseUrl().resolved(QUrl(QStringLiteral("/rest-services/%1/").arg(m_options.corpToken))).toString();
    return jsonReply({ 200,
                       QJsonObject { { QStringLiteral("BhRestToken"), session },
                                     { QStringLiteral("restUrl"), restUrl } } });
}

std::optional<SimulatedHttpReply> BullhornSimulator::checkSession(const SimulatedHttpRequest &request)
{
    const QUrlQuery query = queryOf(request);
    QString session = item(query, "BhRestToken");
    if (session.isEmpty())
        session = QString::fromUtf8(request.header(QByteArrayLiteral("BhRestToken")));
    if (session.isEmpty())
        session = QString::fromUtf8(request.cookie(QByteArrayLiteral("BhRestToken")));
    if (session.isEmpty())
        return jsonReply(BullhornAnswer::error(412, QStringLiteral("BhRestToken is required."),
                                               QStringLiteral("errors.missingRestToken")));
    const auto found = m_sessions.constFind(session);
    if (found == m_sessions.cend() || *found < nowMs())
        return jsonReply(BullhornAnswer::error(401, QStringLiteral("Bad 'BhRestToken' or timed-out."),
                                               QStringLiteral("errors.authentication.invalidRestToken")));
    return std::nullopt;
}

std::optional<SimulatedHttpReply> BullhornSimulator::checkRateLimit()
{
    if (m_options.callsPerMinute <= 0)
        return std::nullopt;
    const qint64 now = nowMs();
    while (!m_window.isEmpty() && m_window.first() <= now - kMinuteMs)
        m_window.removeFirst();
    if (m_window.size() >= m_options.callsPerMinute)
        return jsonReply(BullhornAnswer::error(429, QStringLiteral("Too many requests. Slow down and retry."),
                                               QStringLiteral("errors.tooManyRequests")));
    m_window.append(now);
    return std::nullopt;
}

std::optional<BullhornSimulator::Route> BullhornSimulator::dataRoute(const SimulatedHttpRequest &request,
                                                                     const QString &path)
{
    const QUrlQuery query = queryOf(request);
    const QByteArray verb = request.method;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    static const QRegularExpression read(QStringLiteral("^(query|search)/(\\w+)$"));
    static const QRegularExpression entity(QStringLiteral("^entity/(\\w+)(?:/([0-9,]+))?$"));
    if (path == QLatin1String("ping") && verb == "GET")
        return Route { QStringLiteral("ping"), [this, request] {
                          const QUrlQuery q = queryOf(request);
                          QString session = item(q, "BhRestToken");
                          if (session.isEmpty())
                              session = QString::fromUtf8(request.header(QByteArrayLiteral("BhRestToken")));
                          return BullhornAnswer { 200,
                                                  QJsonObject { { QStringLiteral("sessionExpires"),
                                                                  m_sessions.value(session) } } };
                      } };
    static const QRegularExpression settings(QStringLiteral("^settings/([\\w,]+)$"));
    if (const auto m = settings.match(path); m.hasMatch() && verb == "GET")
        return Route { QStringLiteral("settings"), [this, names = m.captured(1)] {
                          const QJsonObject known {
                              { QStringLiteral("corporationName"), m_options.corporationName },
                              { QStringLiteral("corporationId"), m_options.corporationId },
                              { QStringLiteral("userId"), m_options.userId }
                          };
                          QJsonObject out;
                          for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                              if (known.contains(name))
                                  out.insert(name, known.value(name));
                          }
                          return BullhornAnswer { 200, out };
                      } };
    if (const auto m = read.match(path); m.hasMatch() && (verb == "GET" || verb == "POST")) {
        const bool search = m.captured(1) == QLatin1String("search");
        BullhornEntityStore::ReadRequest readRequest;
        readRequest.entity = m.captured(2);
        readRequest.filter = search ? item(query, "query") : item(query, "where");
        if (verb == "POST")
            readRequest.filter =
                body.value(search ? QStringLiteral("query") : QStringLiteral("where")).toString();
        readRequest.fields = item(query, "fields");
        readRequest.orderBy = search ? item(query, "sort") : item(query, "orderBy");
        readRequest.start = intItem(query, "start", 0);
        readRequest.count = intItem(query, "count", BullhornEntityStore::kDefaultCount);
        readRequest.showTotal = item(query, "showTotalMatched") == QLatin1String("true");
        readRequest.totalOnly = item(query, "totalOnly") == QLatin1String("true");
        return Route { m.captured(1), [this, search, readRequest] {
                          return search ? m_store.search(readRequest) : m_store.query(readRequest);
                      } };
    }
    const auto m = entity.match(path);
    if (!m.hasMatch())
        return std::nullopt;
    const QString name = m.captured(1);
    const QString ids = m.captured(2);
    const bool validBody =
        verb == "GET" || verb == "DELETE" || QJsonDocument::fromJson(request.body).isObject();
    const auto badBody = [] {
        return BullhornAnswer::error(400, QStringLiteral("The request body is not a JSON object."),
                                     QStringLiteral("errors.badRequestBody"));
    };
    if (verb == "GET" && !ids.isEmpty())
        return Route { QStringLiteral("entity"), [this, name, ids, query] {
                          return m_store.get(name, ids, item(query, "fields"));
                      } };
    if (verb == "POST" && !ids.isEmpty() && !ids.contains(QLatin1Char(',')))
        return Route { QStringLiteral("update"), [=, this] {
                          return validBody ? m_store.update(name, ids.toLongLong(), body) : badBody();
                      } };
    if (verb == "PUT" && ids.isEmpty())
        return Route { QStringLiteral("update"), [=, this] {
                          return validBody ? m_store.create(name, body) : badBody();
                      } };
    if (verb == "DELETE" && !ids.isEmpty())
        return Route { QStringLiteral("update"), [this, name, ids] {
                          return m_store.remove(name, ids.toLongLong());
                      } };
    return std::nullopt;
}

SimulatedHttpReply BullhornSimulator::faultReply(FaultInjector::Fault fault, const Route &route)
{
    const QByteArray retryAfter = QByteArray::number(m_faults.spec().retryAfterS);
    switch (fault) {
    case FaultInjector::Fault::ServerError: {
        const int status = m_faults.serverErrorStatus();
        if (status != 503)
            return SimulatedHttpReply::text(
                status,
                QByteArrayLiteral("<html><head><title>") + QByteArray::number(status)
                    + QByteArrayLiteral("</title></head><body>Gateway error</body></html>"),
                QByteArrayLiteral("text/html"));
        SimulatedHttpReply out = jsonReply(
            BullhornAnswer::error(503, QStringLiteral("Bullhorn is down for scheduled maintenance."),
                                  QStringLiteral("errors.maintenance")));
        out.headers.append({ QByteArrayLiteral("Retry-After"), retryAfter });
        return out;
    }
    case FaultInjector::Fault::RateLimited: {
        SimulatedHttpReply out =
            jsonReply(BullhornAnswer::error(429, QStringLiteral("Too many requests. Slow down and retry."),
                                            QStringLiteral("errors.tooManyRequests")));
        out.headers.append({ QByteArrayLiteral("Retry-After"), retryAfter });
        return out;
    }
    case FaultInjector::Fault::Timeout:
        return SimulatedHttpReply::held();
    case FaultInjector::Fault::Malformed: {
        const QByteArray full = QJsonDocument(route.run().body).toJson(QJsonDocument::Compact);
        return SimulatedHttpReply::json(200, full.left(std::max<qsizetype>(1, full.size() / 2)));
    }
    case FaultInjector::Fault::DropAfterCommit:
        route.run();
        return SimulatedHttpReply::dropped();
    case FaultInjector::Fault::SerializationFailure:
        return jsonReply(
            BullhornAnswer::error(500, QStringLiteral("error persisting an entity: lock wait timeout"),
                                  QStringLiteral("errors.cannotPersistEntity")));
    case FaultInjector::Fault::None:
        break;
    }
    return jsonReply(route.run());
}

SimulatedHttpReply BullhornSimulator::loginInfo(const QUrlQuery &query) const
{
    if (item(query, "username").isEmpty())
        return jsonReply(BullhornAnswer::error(400, QStringLiteral("username is required"),
                                               QStringLiteral("errors.missingParameter")));
    if (!m_options.otherDataCentre.isEmpty()) {
        SimulatedHttpReply out = SimulatedHttpReply::text(307, {});
        QUrl there = m_options.otherDataCentre.resolved(QUrl(QStringLiteral("/rest-services/loginInfo")));
        there.setQuery(query);
        out.headers.append({ QByteArrayLiteral("Location"), there.toEncoded() });
        return out;
    }
    return jsonReply(
        { 200,
          QJsonObject { { QStringLiteral("oauthUrl"), authUrl().toString() },
                        { QStringLiteral("restUrl"),
                          baseUrl().resolved(QUrl(QStringLiteral("/rest-services"))).toString() } } });
}

SimulatedHttpReply BullhornSimulator::handle(const SimulatedHttpRequest &request)
{
    const QString path = QString::fromUtf8(request.path);
    const QUrlQuery query = queryOf(request);
    const QString dataPrefix = QStringLiteral("/rest-services/%1/").arg(m_options.corpToken);
    SimulatedHttpReply out;
    const auto authCall = [&](const QString &method, const std::function<SimulatedHttpReply()> &run) {
        ++m_calls[method];
        const FaultInjector::Fault fault = m_faults.next(method, false);
        return fault == FaultInjector::Fault::None ? run()
                                                   : faultReply(fault, Route { method, [] {
                                                                                  return BullhornAnswer {};
                                                                              } });
    };
    if (path == QLatin1String("/rest-services/loginInfo")) {
        out = authCall(QStringLiteral("loginInfo"), [&] { return loginInfo(query); });
    } else if (path == QLatin1String("/oauth/authorize")) {
        out = authCall(QStringLiteral("authorize"), [&] { return authorize(query); });
    } else if (path == QLatin1String("/oauth/token") && request.method == "POST") {
        out = authCall(QStringLiteral("token"), [&] { return token(query); });
    } else if (path == QLatin1String("/rest-services/login")) {
        out = authCall(QStringLiteral("login"), [&] { return login(query); });
    } else if (!path.startsWith(dataPrefix)) {
        out = jsonReply(
            BullhornAnswer::error(404, QStringLiteral("Not found"), QStringLiteral("errors.notFound")));
    } else if (auto refused = checkSession(request)) {
        out = *refused;
    } else if (path == dataPrefix + QLatin1String("logout")) {
        m_sessions.remove(item(query, "BhRestToken"));
        out = jsonReply({ 200, QJsonObject { { QStringLiteral("success"), true } } });
    } else if (const std::optional<Route> route = dataRoute(request, path.mid(dataPrefix.size()))) {
        ++m_calls[route->method];
        if (auto limited = checkRateLimit())
            out = *limited;
        else
            out = faultReply(m_faults.next(route->method), *route);
    } else {
        out = jsonReply(
            BullhornAnswer::error(404, QStringLiteral("Not found"), QStringLiteral("errors.notFound")));
    }
    out.delayMs += m_faults.spec().latencyMs;
    qCDebug(lcSandbox).noquote() << "bullhorn" << request.method << request.path << "->" << out.status;
    return out;
}

} // namespace cw
