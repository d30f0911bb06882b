#include "odoosimulator.h"

#include "odoofault.h"
#include "odoomethoddispatcher.h"
#include "odooorm.h"
#include "odooseeder.h"
#include "odoostore.h"
#include "sandbox/httpsimulatorserver.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>

namespace cw {

struct OdooSimulator::Call
{
    QString label;
    FaultInjector::Fault fault = FaultInjector::Fault::None;
    QList<QPair<QByteArray, QByteArray>> headers;
};

namespace {

const QString kSessionExpired = QStringLiteral("odoo.http.SessionExpiredException");
const QString kNotFound = QStringLiteral("werkzeug.exceptions.NotFound");

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString derivedSecret(quint64 seed, const char *purpose, int length)
{
    QByteArray input = QByteArray::number(seed) + ':' + purpose;
    return QString::fromLatin1(
        QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex().left(length));
}

Error notFound()
{
    return Error(Error::Category::NotFound, QStringLiteral("404: Not Found")).setCode(kNotFound);
}

SimulatedHttpReply htmlError(int status, const char *title, const char *text)
{
    const QByteArray body = QByteArrayLiteral("<!doctype html>\n<html lang=en>\n<title>") + title
        + QByteArrayLiteral("</title>\n<h1>") + title + QByteArrayLiteral("</h1>\n<p>") + text
        + QByteArrayLiteral("</p>\n");
    return SimulatedHttpReply::text(status, body, QByteArrayLiteral("text/html; charset=utf-8"));
}

} // namespace

OdooSimulator::OdooSimulator(OdooSimulatorOptions options, std::shared_ptr<const Clock> clock,
                             QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock ? std::move(clock) : Clock::system())
    , m_faults(m_options.faults, m_options.seed)
    , m_server(
          new HttpSimulatorServer([this](const SimulatedHttpRequest &request) { return handle(request); },
                                  QByteArrayLiteral("Werkzeug/2.2.2 Python/3.11.2"), this))
{
    m_options.majorVersion = std::clamp(m_options.majorVersion, 16, 19);
    m_password =
        m_options.password.isEmpty() ? derivedSecret(m_options.seed, "password", 16) : m_options.password;
    m_apiKey = m_options.apiKey.isEmpty() ? derivedSecret(m_options.seed, "api-key", 40) : m_options.apiKey;
    m_store = std::make_unique<OdooStore>(OdooSchema::build(m_options.majorVersion));
    m_orm = std::make_unique<OdooOrm>(*m_store);
    m_dispatcher = std::make_unique<OdooMethodDispatcher>(*m_orm);
    OdooSeeder(*m_orm, m_clock->now()).seedBase(m_options.login);
}

OdooSimulator::~OdooSimulator() = default;

Result<quint16> OdooSimulator::listen(quint16 port)
{
    return m_server->listen(port);
}

void OdooSimulator::close()
{
    m_server->close();
}

QUrl OdooSimulator::url() const
{
    return m_server->baseUrl();
}

OdooStore &OdooSimulator::store()
{
    return *m_store;
}

OdooOrm &OdooSimulator::orm()
{
    return *m_orm;
}

Result<void> OdooSimulator::saveState(const QString &path) const
{
    return m_store->saveToFile(path);
}

Result<void> OdooSimulator::loadState(const QString &path)
{
    return m_store->loadFromFile(path);
}

void OdooSimulator::expireSessions()
{
    m_sessions.clear();
}

QJsonObject OdooSimulator::versionInfo() const
{
    const QString serie = QStringLiteral("%1.0").arg(m_options.majorVersion);
    return QJsonObject {
        { QStringLiteral("server_version"), m_options.enterprise ? serie + QStringLiteral("+e") : serie },
        { QStringLiteral("server_version_info"),
          QJsonArray { m_options.majorVersion, 0, 0, QStringLiteral("final"), 0,
                       m_options.enterprise ? QStringLiteral("e") : QString() } },
        { QStringLiteral("server_serie"), serie },
        { QStringLiteral("protocol_version"), 1 },
    };
}

QJsonObject OdooSimulator::sessionInfo(qint64 uid) const
{
    const QString users = QStringLiteral("res.users");
    const QString lang = QStringLiteral("en_US");
    const qint64 company =
        static_cast<qint64>(m_store->value(users, uid, QStringLiteral("company_id"), lang).toDouble());
    const qint64 partner =
        static_cast<qint64>(m_store->value(users, uid, QStringLiteral("partner_id"), lang).toDouble());
    QJsonObject allowed;
    for (const QJsonValue &id : m_store->value(users, uid, QStringLiteral("company_ids"), lang).toArray()) {
        const qint64 companyId = static_cast<qint64>(id.toDouble());
        allowed.insert(
            QString::number(companyId),
            QJsonObject { { QStringLiteral("id"), static_cast<double>(companyId) },
                          { QStringLiteral("name"),
                            m_orm->displayName(QStringLiteral("res.company"), companyId, lang) } });
    }
    const QJsonObject version = versionInfo();
    const QString tz = m_store->value(users, uid, QStringLiteral("tz"), lang).toString();
    return QJsonObject {
        { QStringLiteral("uid"), static_cast<double>(uid) },
        { QStringLiteral("is_system"), uid == adminUid() },
        { QStringLiteral("is_admin"), uid == adminUid() },
        { QStringLiteral("user_context"),
          QJsonObject { { QStringLiteral("lang"), lang },
                        { QStringLiteral("tz"), tz },
                        { QStringLiteral("uid"), static_cast<double>(uid) } } },
        { QStringLiteral("db"), m_options.database },
        { QStringLiteral("server_version"), version.value(QStringLiteral("server_version")) },
        { QStringLiteral("server_version_info"), version.value(QStringLiteral("server_version_info")) },
        { QStringLiteral("name"), m_orm->displayName(users, uid, lang) },
        { QStringLiteral("username"), m_store->value(users, uid, QStringLiteral("login"), lang) },
        { QStringLiteral("partner_display_name"),
          m_orm->displayName(QStringLiteral("res.partner"), partner, lang) },
        { QStringLiteral("company_id"), static_cast<double>(company) },
        { QStringLiteral("partner_id"), static_cast<double>(partner) },
        { QStringLiteral("web.base.url"), url().toString() },
        { QStringLiteral("user_companies"),
          QJsonObject { { QStringLiteral("current_company"), static_cast<double>(company) },
                        { QStringLiteral("allowed_companies"), allowed } } },
    };
}

QJsonObject OdooSimulator::errorData(const Error &error) const
{
    const QString name = error.code().isEmpty() ? QStringLiteral("builtins.Exception") : error.code();
    const QString debug =
        QStringLiteral("Traceback (most recent call last):\n"
                       "  File \"/usr/lib/python3/dist-packages/odoo/http.py\", line 1, in _serve_db\n"
                       "    return service_model.retrying(self._serve_ir_http, self.env)\n"
                       "%1: %2\n")
            .arg(name, error.userMessage());
    return QJsonObject { { QStringLiteral("name"), name },
                         { QStringLiteral("debug"), debug },
                         { QStringLiteral("message"), error.userMessage() },
                         { QStringLiteral("arguments"), QJsonArray { error.userMessage() } },
                         { QStringLiteral("context"), QJsonObject() } };
}

QByteArray OdooSimulator::rpcEnvelope(const QJsonValue &id, const Result<QJsonValue> &result) const
{
    QJsonObject envelope { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                           { QStringLiteral("id"), id } };
    if (result) {
        // Why: Odoo 16 to 18 only add "result" when the method returned something other than None.
        if (!result.value().isNull() || m_options.majorVersion >= 19)
            envelope.insert(QStringLiteral("result"), result.value());
        return compact(envelope);
    }
    const Error &error = result.error();
    int code = m_options.errorCode;
    QString message = QStringLiteral("Odoo Server Error");
    if (error.code() == kSessionExpired) {
        code = 100;
        message = QStringLiteral("Odoo Session Expired");
    } else if (error.code() == kNotFound) {
        code = 404;
        message = QStringLiteral("404: Not Found");
    }
    envelope.insert(QStringLiteral("error"),
                    QJsonObject { { QStringLiteral("code"), code },
                                  { QStringLiteral("message"), message },
                                  { QStringLiteral("data"), errorData(error) } });
    return compact(envelope);
}

SimulatedHttpReply OdooSimulator::handle(const SimulatedHttpRequest &request)
{
    ++m_requests;
    const QString path = QString::fromUtf8(request.path);
    if (path.startsWith(QLatin1String("/json/2/")) || path == QLatin1String("/json/2"))
        return handleJson2(request);
    if (path == QLatin1String("/web/version") && m_options.majorVersion >= 19) {
        Call call;
        call.label = QStringLiteral("web.version");
        call.fault = m_faults.next(QStringLiteral("version"), false);
        QJsonObject body {
            { QStringLiteral("version_info"), versionInfo().value(QStringLiteral("server_version_info")) },
            { QStringLiteral("version"), versionInfo().value(QStringLiteral("server_version")) }
        };
        return finish(SimulatedHttpReply::json(200, compact(body)), call);
    }
    return handleJsonRpc(request);
}

SimulatedHttpReply OdooSimulator::handleJsonRpc(const SimulatedHttpRequest &request)
{
    const QString path = QString::fromUtf8(request.path);
    static const QStringList routes {
        QStringLiteral("/jsonrpc"),
        QStringLiteral("/web/webclient/version_info"),
        QStringLiteral("/web/session/authenticate"),
        QStringLiteral("/web/session/destroy"),
        QStringLiteral("/web/session/get_session_info"),
        QStringLiteral("/web/session/check"),
        QStringLiteral("/web/database/list"),
    };
    const bool callRoute = path.startsWith(QLatin1String("/web/dataset/call_kw"))
        || path.startsWith(QLatin1String("/web/dataset/call_button"));
    const bool json = request.header(QByteArrayLiteral("Content-Type")).toLower().contains("json");
    Call call;
    call.label = path;
    if (!routes.contains(path) && !callRoute) {
        if (!json)
            return finish(htmlError(404, "404 Not Found", "The requested URL was not found on the server."),
                          call);
        return finish(SimulatedHttpReply::json(200, rpcEnvelope(QJsonValue::Null, notFound())), call);
    }
    if (request.method != "POST")
        return finish(
            htmlError(405, "405 Method Not Allowed", "The method is not allowed for the requested URL."),
            call);
    if (!json) {
        return finish(SimulatedHttpReply::text(
                          400, QByteArrayLiteral("Bad Request: this route expects a JSON-RPC request")),
                      call);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return finish(SimulatedHttpReply::text(400, QByteArrayLiteral("Invalid JSON data")), call);
    const QJsonObject envelope = document.object();
    const QJsonValue params = envelope.value(QStringLiteral("params"));
    if (!document.isObject() || !(params.isObject() || params.isUndefined()))
        return finish(SimulatedHttpReply::text(400, QByteArrayLiteral("Invalid JSON-RPC data")), call);
    const Result<QJsonValue> result = dispatchJsonRpc(path, request, params.toObject(), call);
    SimulatedHttpReply reply = SimulatedHttpReply::json(
        200,
        rpcEnvelope(envelope.value(QStringLiteral("id")).isUndefined() ? QJsonValue(QJsonValue::Null)
                                                                       : envelope.value(QStringLiteral("id")),
                    result));
    reply.headers.append(call.headers);
    return finish(reply, call);
}

Result<QJsonValue> OdooSimulator::dispatchJsonRpc(const QString &path, const SimulatedHttpRequest &request,
                                                  const QJsonObject &params, Call &call)
{
    const auto forced = [&](const char *name) {
        call.fault = m_faults.next(QString::fromLatin1(name), false);
    };
    if (path == QLatin1String("/web/webclient/version_info")) {
        forced("version");
        return QJsonValue(versionInfo());
    }
    if (path == QLatin1String("/web/database/list"))
        return QJsonValue(QJsonArray { m_options.database });
    if (path == QLatin1String("/web/session/authenticate")) {
        forced("authenticate");
        return webAuthenticate(params, call);
    }
    if (path == QLatin1String("/web/session/destroy")) {
        m_sessions.remove(request.cookie(QByteArrayLiteral("session_id")));
        return QJsonValue(QJsonValue::Null);
    }
    if (path == QLatin1String("/web/session/get_session_info")
        || path == QLatin1String("/web/session/check")) {
        Result<qint64> uid = sessionUid(request);
        if (!uid)
            return uid.error();
        return path.endsWith(QLatin1String("check")) ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(sessionInfo(uid.value()));
    }
    if (path.startsWith(QLatin1String("/web/dataset/")))
        return callKw(request, params, call);
    const QString service = params.value(QStringLiteral("service")).toString();
    const QString method = params.value(QStringLiteral("method")).toString();
    const QJsonArray args = params.value(QStringLiteral("args")).toArray();
    call.label = service + QLatin1Char('.') + method;
    if (service == QLatin1String("common")) {
        forced(method == QLatin1String("version") ? "version" : "authenticate");
        return serviceCommon(method, args);
    }
    if (service == QLatin1String("object"))
        return serviceObject(method, args, call);
    if (service == QLatin1String("db"))
        return serviceDb(method, args);
    return OdooFault::keyError(QStringLiteral("'%1'").arg(service));
}

Result<QJsonValue> OdooSimulator::checkDatabase(const QString &database) const
{
    if (database == m_options.database)
        return QJsonValue(true);
    return Error(Error::Category::Config,
                 QStringLiteral(
                     "connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: FATAL:  "
                     "database \"%1\" does not exist\n")
                     .arg(database))
        .setCode(QStringLiteral("psycopg2.OperationalError"));
}

qint64 OdooSimulator::checkCredentials(const QString &login, const QString &secret, bool allowApiKey) const
{
    const QString users = QStringLiteral("res.users");
    for (const auto &[uid, values] : m_store->table(users)) {
        if (values.value(QStringLiteral("login")).toString() != login
            || !values.value(QStringLiteral("active")).toBool())
            continue;
        if (uid != adminUid())
            return 0;
        const bool ok = (!secret.isEmpty() && secret == m_password) || (allowApiKey && secret == m_apiKey);
        return ok ? uid : 0;
    }
    return 0;
}

Result<QJsonValue> OdooSimulator::serviceCommon(const QString &method, const QJsonArray &args)
{
    if (method == QLatin1String("version"))
        return QJsonValue(versionInfo());
    if (method == QLatin1String("about"))
        return QJsonValue(QStringLiteral("See http://openerp.com"));
    if (method == QLatin1String("login") || method == QLatin1String("authenticate")) {
        if (args.size() < 3)
            return OdooFault::typeError(
                QStringLiteral("%1() missing required positional arguments").arg(method));
        Result<QJsonValue> database = checkDatabase(args.at(0).toString());
        if (!database)
            return database;
        const qint64 uid = checkCredentials(args.at(1).toString(), args.at(2).toString(), true);
        return uid > 0 ? QJsonValue(static_cast<double>(uid)) : QJsonValue(false);
    }
    return OdooFault::attributeError(
        QStringLiteral("module 'odoo.service.common' has no attribute 'exp_%1'").arg(method));
}

Result<QJsonValue> OdooSimulator::serviceDb(const QString &method, const QJsonArray &args) const
{
    if (method == QLatin1String("list"))
        return QJsonValue(QJsonArray { m_options.database });
    if (method == QLatin1String("server_version"))
        return versionInfo().value(QStringLiteral("server_version"));
    if (method == QLatin1String("db_exist"))
        return QJsonValue(args.at(0).toString() == m_options.database);
    if (method == QLatin1String("list_lang")) {
        return QJsonValue(
            QJsonArray { QJsonArray { QStringLiteral("en_US"), QStringLiteral("English (US)") },
                         QJsonArray { QStringLiteral("de_DE"), QStringLiteral("German / Deutsch") },
                         QJsonArray { QStringLiteral("fr_FR"), QStringLiteral("French / Français") } });
    }
    return OdooFault::accessDenied();
}

Result<QJsonValue> OdooSimulator::serviceObject(const QString &method, const QJsonArray &args, Call &call)
{
    const bool keywords = method == QLatin1String("execute_kw");
    if (!keywords && method != QLatin1String("execute"))
        return OdooFault::attributeError(
            QStringLiteral("module 'odoo.service.model' has no attribute 'exp_%1'").arg(method));
    if (args.size() < 5)
        return OdooFault::typeError(QStringLiteral("%1() missing required positional arguments").arg(method));
    Result<QJsonValue> database = checkDatabase(args.at(0).toString());
    if (!database)
        return database;
    const qint64 uid = static_cast<qint64>(args.at(1).toDouble());
    const QString secret = args.at(2).toString();
    const QString users = QStringLiteral("res.users");
    const bool known = uid == adminUid() && m_store->exists(users, uid);
    if (!known || !(secret == m_password || secret == m_apiKey))
        return OdooFault::accessDenied();
    const QString model = args.at(3).toString();
    const QString name = args.at(4).toString();
    QJsonArray callArgs;
    QJsonObject kwargs;
    if (keywords) {
        callArgs = args.at(5).toArray();
        kwargs = args.at(6).toObject();
    } else {
        for (qsizetype i = 5; i < args.size(); ++i)
            callArgs.append(args.at(i));
    }
    const QJsonObject context = kwargs.value(QStringLiteral("context")).toObject();
    return runModelCall(
        model, name, uid, context,
        [&](const OdooEnv &env, bool *rollback) {
            return m_dispatcher->executeKw(model, name, callArgs, kwargs, env, rollback);
        },
        call);
}

Result<QJsonValue> OdooSimulator::webAuthenticate(const QJsonObject &params, Call &call)
{
    if (params.value(QStringLiteral("db")).toString() != m_options.database)
        return OdooFault::accessError(QStringLiteral("Database not found."));
    const qint64 uid = checkCredentials(params.value(QStringLiteral("login")).toString(),
                                        params.value(QStringLiteral("password")).toString(), false);
    if (uid == 0)
        return OdooFault::accessDenied();
    const QByteArray sid =
        QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0')
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0')
        + QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
    m_sessions.insert(sid, { uid, m_clock->now() });
    const QByteArray expires =
        QLocale::c()
            .toString(m_clock->now().toUTC().addDays(7), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
    call.headers.append({ QByteArrayLiteral("Set-Cookie"),
                          QByteArrayLiteral("session_id=") + sid + QByteArrayLiteral("; Expires=") + expires
                              + QByteArrayLiteral("; Max-Age=604800; HttpOnly; Path=/") });
    return QJsonValue(sessionInfo(uid));
}

Result<qint64> OdooSimulator::sessionUid(const SimulatedHttpRequest &request)
{
    // Why: like Odoo 17+, only the cookie counts; X-Openerp-Session-Id is ignored.
    const QByteArray sid = request.cookie(QByteArrayLiteral("session_id"));
    const auto session = m_sessions.constFind(sid);
    if (sid.isEmpty() || session == m_sessions.constEnd())
        return OdooFault::sessionExpired();
    const int ttl = m_faults.spec().sessionTtlS;
    if (ttl > 0 && session->created.secsTo(m_clock->now()) >= ttl) {
        m_sessions.remove(sid);
        return OdooFault::sessionExpired();
    }
    return session->uid;
}

Result<QJsonValue> OdooSimulator::callKw(const SimulatedHttpRequest &request, const QJsonObject &params,
                                         Call &call)
{
    Result<qint64> uid = sessionUid(request);
    if (!uid)
        return uid.error();
    const QString model = params.value(QStringLiteral("model")).toString();
    const QString method = params.value(QStringLiteral("method")).toString();
    if (!params.contains(QStringLiteral("kwargs")))
        return OdooFault::typeError(
            QStringLiteral("call_kw() missing 1 required positional argument: 'kwargs'"));
    const QJsonArray args = params.value(QStringLiteral("args")).toArray();
    const QJsonObject kwargs = params.value(QStringLiteral("kwargs")).toObject();
    return runModelCall(
        model, method, uid.value(), kwargs.value(QStringLiteral("context")).toObject(),
        [&](const OdooEnv &env, bool *rollback) {
            return m_dispatcher->executeKw(model, method, args, kwargs, env, rollback);
        },
        call);
}

Result<OdooEnv> OdooSimulator::makeEnv(qint64 uid, const QJsonObject &context) const
{
    OdooEnv env;
    env.uid = uid;
    env.context = context;
    env.now = m_clock->now().toUTC();
    const QJsonValue lang = context.value(QStringLiteral("lang"));
    if (lang.isString() && !lang.toString().isEmpty())
        env.lang = lang.toString();
    env.activeTest = context.value(QStringLiteral("active_test")).toBool(true);
    const QString users = QStringLiteral("res.users");
    QList<qint64> userCompanies;
    for (const QJsonValue &id : m_store->value(users, uid, QStringLiteral("company_ids"), env.lang).toArray())
        userCompanies.append(static_cast<qint64>(id.toDouble()));
    const QJsonValue allowed = context.value(QStringLiteral("allowed_company_ids"));
    if (allowed.isArray() && !allowed.toArray().isEmpty()) {
        for (const QJsonValue &id : allowed.toArray()) {
            const qint64 company = static_cast<qint64>(id.toDouble());
            if (!userCompanies.contains(company))
                return OdooFault::accessError(QStringLiteral("Access to unauthorized or invalid companies."));
            env.companyIds.append(company);
        }
    } else {
        env.companyIds.append(static_cast<qint64>(
            m_store->value(users, uid, QStringLiteral("company_id"), env.lang).toDouble()));
    }
    return env;
}

Result<QJsonValue> OdooSimulator::runModelCall(
    const QString &model, const QString &method, qint64 uid, const QJsonObject &context,
    const std::function<Result<QJsonValue>(const OdooEnv &, bool *)> &body, Call &call)
{
    call.label += QLatin1Char(' ') + model + QLatin1Char('.') + method;
    call.fault = m_faults.next(method);
    using Fault = FaultInjector::Fault;
    if (call.fault == Fault::ServerError || call.fault == Fault::RateLimited || call.fault == Fault::Timeout)
        return QJsonValue(QJsonValue::Null); // replaced by finish(); the call never reaches the ORM
    if (call.fault == Fault::SerializationFailure)
        return OdooFault::serializationFailure();
    Result<OdooEnv> env = makeEnv(uid, context);
    if (!env)
        return env.error();
    m_store->begin();
    bool rollback = false;
    Result<QJsonValue> result = body(env.value(), &rollback);
    if (!result || rollback)
        m_store->rollback();
    else
        m_store->commit();
    ++m_modelCalls;
    return result;
}

SimulatedHttpReply OdooSimulator::handleJson2(const SimulatedHttpRequest &request)
{
    Call call;
    call.label = QString::fromUtf8(request.path);
    if (m_options.majorVersion < 19)
        return finish(htmlError(404, "404 Not Found", "The requested URL was not found on the server."),
                      call);
    const auto json2Error = [this](int status, const Error &error) {
        QJsonObject body = errorData(error);
        body.insert(QStringLiteral("arguments"), QJsonArray { error.userMessage(), status });
        return SimulatedHttpReply::json(status, compact(body));
    };
    if (request.method != "POST")
        return finish(
            htmlError(405, "405 Method Not Allowed", "The method is not allowed for the requested URL."),
            call);
    const QStringList parts = QString::fromUtf8(request.path).split(QLatin1Char('/'));
    if (parts.size() != 5 || parts.at(3).isEmpty() || parts.at(4).isEmpty())
        return finish(json2Error(404, notFound()), call);
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization"));
    const QByteArray key =
        authorization.toLower().startsWith("bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    if (key.isEmpty() || QString::fromLatin1(key) != m_apiKey) {
        SimulatedHttpReply reply =
            json2Error(401,
                       Error(Error::Category::Auth, QStringLiteral("Invalid apikey"))
                           .setCode(QStringLiteral("werkzeug.exceptions.Unauthorized")));
        reply.headers.append({ QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("bearer") });
        return finish(reply, call);
    }
    const QByteArray database = request.header(QByteArrayLiteral("X-Odoo-Database"));
    if (!database.isEmpty() && QString::fromUtf8(database) != m_options.database)
        return finish(
            json2Error(
                404,
                Error(Error::Category::NotFound, QStringLiteral("Database not found.")).setCode(kNotFound)),
            call);
    if (!request.header(QByteArrayLiteral("Content-Type")).toLower().contains("json")) {
        return finish(json2Error(415,
                                 Error(Error::Category::Validation, QStringLiteral("Unsupported Media Type"))
                                     .setCode(QStringLiteral("werkzeug.exceptions.UnsupportedMediaType"))),
                      call);
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(request.body.isEmpty() ? QByteArrayLiteral("{}") : request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return finish(json2Error(400,
                                 Error(Error::Category::Validation, QStringLiteral("Invalid JSON data"))
                                     .setCode(QStringLiteral("werkzeug.exceptions.BadRequest"))),
                      call);
    }
    const QString model = parts.at(3);
    const QString method = parts.at(4);
    if (!m_store->modelDef(model)) {
        return finish(json2Error(404,
                                 Error(Error::Category::NotFound,
                                       QStringLiteral("the model '%1' does not exist").arg(model))
                                     .setCode(kNotFound)),
                      call);
    }
    QJsonObject params = document.object();
    const QJsonArray ids = params.take(QStringLiteral("ids")).toArray();
    const QJsonObject context = params.take(QStringLiteral("context")).toObject();
    const Result<QJsonValue> result = runModelCall(
        model, method, adminUid(), context,
        [&](const OdooEnv &env, bool *rollback) {
            return m_dispatcher->executeNamed(model, method, ids, params, env, rollback);
        },
        call);
    if (!result)
        return finish(json2Error(OdooFault::json2Status(result.error()), result.error()), call);
    return finish(SimulatedHttpReply::json(200, compact(result.value())), call);
}

SimulatedHttpReply OdooSimulator::faultReply(FaultInjector::Fault fault, const SimulatedHttpReply &normal)
{
    using Fault = FaultInjector::Fault;
    const QByteArray retryAfter = QByteArray::number(m_faults.spec().retryAfterS);
    switch (fault) {
    case Fault::ServerError: {
        const int status = m_faults.serverErrorStatus();
        SimulatedHttpReply reply = status == 502
            ? htmlError(502, "502 Bad Gateway", "The proxy received an invalid response.")
            : status == 503 ? htmlError(503, "503 Service Unavailable",
                                        "The server is temporarily unable to service your request.")
                            : htmlError(504, "504 Gateway Time-out", "The server did not respond in time.");
        if (status == 503)
            reply.headers.append({ QByteArrayLiteral("Retry-After"), retryAfter });
        return reply;
    }
    case Fault::RateLimited: {
        SimulatedHttpReply reply = htmlError(429, "429 Too Many Requests", "Too many requests, slow down.");
        reply.headers.append({ QByteArrayLiteral("Retry-After"), retryAfter });
        return reply;
    }
    case Fault::Timeout:
        return SimulatedHttpReply::held();
    case Fault::Malformed: {
        SimulatedHttpReply reply = normal;
        reply.body = normal.body.left(std::max<qsizetype>(1, normal.body.size() / 2));
        return reply;
    }
    case Fault::DropAfterCommit:
        return SimulatedHttpReply::dropped();
    case Fault::SerializationFailure:
    case Fault::None:
        break;
    }
    return normal;
}

SimulatedHttpReply OdooSimulator::finish(SimulatedHttpReply reply, const Call &call)
{
    reply = faultReply(call.fault, reply);
    reply.delayMs = m_faults.spec().latencyMs;
    qCDebug(lcSandbox).noquote() << QStringLiteral("[odoo %1] %2 -> %3 (fault %4)")
                                        .arg(m_options.majorVersion)
                                        .arg(call.label)
                                        .arg(reply.status)
                                        .arg(FaultInjector::name(call.fault));
    return reply;
}

} // namespace cw
