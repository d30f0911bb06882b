// OdooSimulator: Odoo's endpoints, envelopes and status codes, versions, sessions, faults and
// saved state, checked request by request through handle().
#include "sandbox/odoo/odooorm.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sandbox/odoo/odoostore.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cw;

namespace {

using Fault = FaultInjector::Fault;

SimulatedHttpRequest post(const char *path, const QByteArray &body,
                          const QByteArray &contentType = QByteArrayLiteral("application/json"))
{
    SimulatedHttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QByteArray(path);
    request.body = body;
    request.headers.append({ QByteArrayLiteral("Content-Type"), contentType });
    return request;
}

QByteArray rpc(const QJsonObject &params, int id = 1)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                                       { QStringLiteral("method"), QStringLiteral("call") },
                                       { QStringLiteral("params"), params },
                                       { QStringLiteral("id"), id } })
        .toJson(QJsonDocument::Compact);
}

QJsonObject body(const SimulatedHttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QByteArray header(const SimulatedHttpReply &reply, const QByteArray &name)
{
    for (const auto &pair : reply.headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

} // namespace

class TestOdooSimulator : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<ManualClock> m_clock =
        std::make_shared<ManualClock>(QDateTime(QDate(2025, 5, 2), QTime(8, 0), QTimeZone::utc()));

    std::unique_ptr<OdooSimulator> make(int version, FaultSpec faults = {})
    {
        OdooSimulatorOptions options;
        options.majorVersion = version;
        options.faults = faults;
        options.password = QStringLiteral("pw");
        options.apiKey = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        return std::make_unique<OdooSimulator>(options, m_clock);
    }

    static QJsonObject executeKw(const QString &secret, const char *model, const char *method,
                                 const QJsonArray &args, const QJsonObject &kwargs = {})
    {
        return { { QStringLiteral("service"), QStringLiteral("object") },
                 { QStringLiteral("method"), QStringLiteral("execute_kw") },
                 { QStringLiteral("args"),
                   QJsonArray { QStringLiteral("crosswalk"), 2, secret, QString::fromLatin1(model),
                                QString::fromLatin1(method), args, kwargs } } };
    }

    static QByteArray sessionCookie(const SimulatedHttpReply &reply)
    {
        return header(reply, QByteArrayLiteral("Set-Cookie")).split(';').first();
    }

private slots:
    void versionInfo_data();
    void versionInfo();
    void jsonRpcEnvelopes();
    void noneResultOmittedUpTo18_data();
    void noneResultOmittedUpTo18();
    void malformedRequests();
    void unknownRouteWithJsonIs404Envelope();
    void commonAuthenticateAndLogin();
    void objectRefusesBadSecret();
    void webSessionCookieAndExpiry();
    void webSessionRefusesApiKey();
    void callKwNeedsKwargs();
    void json2Endpoint();
    void json2StatusCodes_data();
    void json2StatusCodes();
    void json2OnlyOn19();
    void faultsPerCall();
    void faultsByProbabilityAreReproducible();
    void everyCallIsOneTransaction();
    void saveAndLoadState();
};

void TestOdooSimulator::versionInfo_data()
{
    QTest::addColumn<int>("version");
    for (int version : { 16, 17, 18, 19 })
        QTest::newRow(qPrintable(QString::number(version))) << version;
}

void TestOdooSimulator::versionInfo()
{
    QFETCH(int, version);
    auto simulator = make(version);
    const SimulatedHttpReply reply = simulator->handle(post("/web/webclient/version_info", rpc({}, 9)));
    QCOMPARE(reply.status, 200);
    const QJsonObject envelope = body(reply);
    QCOMPARE(envelope.value(QStringLiteral("id")).toInt(), 9);
    const QJsonObject result = envelope.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("server_version")).toString(), QStringLiteral("%1.0").arg(version));
    QCOMPARE(result.value(QStringLiteral("server_version_info")).toArray().at(0).toInt(), version);
    QCOMPARE(result.value(QStringLiteral("protocol_version")).toInt(), 1);
}

void TestOdooSimulator::jsonRpcEnvelopes()
{
    auto simulator = make(17);
    const SimulatedHttpReply ok = simulator->handle(
        post("/jsonrpc",
             rpc(executeKw(QStringLiteral("pw"), "res.company", "search_read", { QJsonArray() },
                           { { QStringLiteral("fields"), QJsonArray { QStringLiteral("name") } } }))));
    QCOMPARE(ok.status, 200);
    QCOMPARE(header(ok, QByteArrayLiteral("Content-Type")), QByteArrayLiteral("application/json"));
    QCOMPARE(body(ok)
                 .value(QStringLiteral("result"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Crosswalk Demo Ltd"));
    const SimulatedHttpReply failed = simulator->handle(post(
        "/jsonrpc", rpc(executeKw(QStringLiteral("pw"), "res.partner", "read", { QJsonArray { 999999 } }))));
    QCOMPARE(failed.status, 200);
    const QJsonObject error = body(failed).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 200);
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Odoo Server Error"));
    const QJsonObject data = error.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("name")).toString(), QStringLiteral("odoo.exceptions.MissingError"));
    QVERIFY(data.value(QStringLiteral("message"))
                .toString()
                .startsWith(QStringLiteral("Record does not exist or has been deleted.")));
    QCOMPARE(data.value(QStringLiteral("arguments")).toArray().first().toString(),
             data.value(QStringLiteral("message")).toString());
    QVERIFY(data.value(QStringLiteral("debug"))
                .toString()
                .startsWith(QStringLiteral("Traceback (most recent call last):")));
    QVERIFY(data.value(QStringLiteral("context")).isObject());
}

void TestOdooSimulator::noneResultOmittedUpTo18_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("hasResult");
    QTest::newRow("17") << 17 << false;
    QTest::newRow("18") << 18 << false;
    QTest::newRow("19") << 19 << true;
}

void TestOdooSimulator::noneResultOmittedUpTo18()
{
    QFETCH(int, version);
    QFETCH(bool, hasResult);
    auto simulator = make(version);
    const SimulatedHttpReply reply = simulator->handle(post("/web/session/destroy", rpc({})));
    const QJsonObject envelope = body(reply);
    QVERIFY(!envelope.contains(QStringLiteral("error")));
    QCOMPARE(envelope.contains(QStringLiteral("result")), hasResult);
}

void TestOdooSimulator::malformedRequests()
{
    auto simulator = make(17);
    const SimulatedHttpReply notJson = simulator->handle(post("/jsonrpc", QByteArrayLiteral("{not json")));
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.body, QByteArrayLiteral("Invalid JSON data"));
    const SimulatedHttpReply notObject =
        simulator->handle(post("/jsonrpc", QByteArrayLiteral(R"({"jsonrpc":"2.0","params":[1,2]})")));
    QCOMPARE(notObject.status, 400);
    QCOMPARE(notObject.body, QByteArrayLiteral("Invalid JSON-RPC data"));
    SimulatedHttpRequest get = post("/jsonrpc", rpc({}));
    get.method = QByteArrayLiteral("GET");
    QCOMPARE(simulator->handle(get).status, 405);
    QCOMPARE(simulator->handle(post("/jsonrpc", rpc({}), QByteArrayLiteral("text/plain"))).status, 400);
}

void TestOdooSimulator::unknownRouteWithJsonIs404Envelope()
{
    auto simulator = make(17);
    const SimulatedHttpReply json = simulator->handle(post("/web/nothing/here", rpc({})));
    QCOMPARE(json.status, 200);
    QCOMPARE(body(json).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 404);
    QCOMPARE(body(json).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("404: Not Found"));
    const SimulatedHttpReply html =
        simulator->handle(post("/web/nothing/here", {}, QByteArrayLiteral("text/html")));
    QCOMPARE(html.status, 404);
}

void TestOdooSimulator::commonAuthenticateAndLogin()
{
    auto simulator = make(17);
    const auto call = [&](const char *method, const QString &secret,
                          const QString &db = QStringLiteral("crosswalk")) {
        QJsonArray args { db, QStringLiteral("admin"), secret };
        if (QByteArray(method) == "authenticate")
            args.append(QJsonObject());
        return body(simulator->handle(post("/jsonrpc",
                                           rpc({ { QStringLiteral("service"), QStringLiteral("common") },
                                                 { QStringLiteral("method"), QString::fromLatin1(method) },
                                                 { QStringLiteral("args"), args } }))));
    };
    QCOMPARE(call("authenticate", QStringLiteral("pw")).value(QStringLiteral("result")).toInt(), 2);
    QCOMPARE(call("authenticate", simulator->apiKey()).value(QStringLiteral("result")).toInt(), 2);
    QCOMPARE(call("login", QStringLiteral("pw")).value(QStringLiteral("result")).toInt(), 2);
    QCOMPARE(call("authenticate", QStringLiteral("wrong")).value(QStringLiteral("result")),
             QJsonValue(false));
    QCOMPARE(call("authenticate", QStringLiteral("pw"), QStringLiteral("other"))
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("psycopg2.OperationalError"));
    const QJsonObject list =
        body(simulator->handle(post("/jsonrpc",
                                    rpc({ { QStringLiteral("service"), QStringLiteral("db") },
                                          { QStringLiteral("method"), QStringLiteral("list") },
                                          { QStringLiteral("args"), QJsonArray() } }))));
    QCOMPARE(list.value(QStringLiteral("result")).toArray(), QJsonArray { QStringLiteral("crosswalk") });
}

void TestOdooSimulator::objectRefusesBadSecret()
{
    auto simulator = make(18);
    const QJsonObject reply = body(simulator->handle(
        post("/jsonrpc", rpc(executeKw(QStringLiteral("nope"), "res.partner", "search", { QJsonArray() })))));
    QCOMPARE(reply.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("odoo.exceptions.AccessDenied"));
}

void TestOdooSimulator::webSessionCookieAndExpiry()
{
    FaultSpec spec;
    spec.sessionTtlS = 60;
    auto simulator = make(17, spec);
    const SimulatedHttpReply login =
        simulator->handle(post("/web/session/authenticate",
                               rpc({ { QStringLiteral("db"), QStringLiteral("crosswalk") },
                                     { QStringLiteral("login"), QStringLiteral("admin") },
                                     { QStringLiteral("password"), QStringLiteral("pw") } })));
    const QJsonObject info = body(login).value(QStringLiteral("result")).toObject();
    QCOMPARE(info.value(QStringLiteral("uid")).toInt(), 2);
    QCOMPARE(info.value(QStringLiteral("user_context")).toObject().value(QStringLiteral("tz")).toString(),
             QStringLiteral("Europe/Brussels"));
    QVERIFY(!info.contains(QStringLiteral("session_id")));
    const QByteArray cookie = header(login, QByteArrayLiteral("Set-Cookie"));
    QVERIFY(cookie.startsWith("session_id="));
    QVERIFY(cookie.contains("HttpOnly"));
    SimulatedHttpRequest call = post("/web/dataset/call_kw/res.partner.search_count",
                                     rpc({ { QStringLiteral("model"), QStringLiteral("res.partner") },
                                           { QStringLiteral("method"), QStringLiteral("search_count") },
                                           { QStringLiteral("args"), QJsonArray { QJsonArray() } },
                                           { QStringLiteral("kwargs"), QJsonObject() } }));
    SimulatedHttpRequest withHeader = call;
    withHeader.headers.append({ QByteArrayLiteral("X-Openerp-Session-Id"), sessionCookie(login).mid(11) });
    QCOMPARE(body(simulator->handle(withHeader))
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             100);
    call.headers.append({ QByteArrayLiteral("Cookie"), sessionCookie(login) });
    QVERIFY(body(simulator->handle(call)).value(QStringLiteral("result")).toInt() > 0);
    m_clock->advance(61 * 1000);
    const QJsonObject error = body(simulator->handle(call)).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 100);
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Odoo Session Expired"));
    QCOMPARE(error.value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("odoo.http.SessionExpiredException"));
}

void TestOdooSimulator::webSessionRefusesApiKey()
{
    auto simulator = make(17);
    const QJsonObject reply =
        body(simulator->handle(post("/web/session/authenticate",
                                    rpc({ { QStringLiteral("db"), QStringLiteral("crosswalk") },
                                          { QStringLiteral("login"), QStringLiteral("admin") },
                                          { QStringLiteral("password"), simulator->apiKey() } }))));
    QCOMPARE(reply.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("odoo.exceptions.AccessDenied"));
}

void TestOdooSimulator::callKwNeedsKwargs()
{
    auto simulator = make(17);
    const SimulatedHttpReply login =
        simulator->handle(post("/web/session/authenticate",
                               rpc({ { QStringLiteral("db"), QStringLiteral("crosswalk") },
                                     { QStringLiteral("login"), QStringLiteral("admin") },
                                     { QStringLiteral("password"), QStringLiteral("pw") } })));
    SimulatedHttpRequest call = post("/web/dataset/call_kw",
                                     rpc({ { QStringLiteral("model"), QStringLiteral("res.partner") },
                                           { QStringLiteral("method"), QStringLiteral("search") },
                                           { QStringLiteral("args"), QJsonArray { QJsonArray() } } }));
    call.headers.append({ QByteArrayLiteral("Cookie"), sessionCookie(login) });
    QCOMPARE(body(simulator->handle(call))
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("builtins.TypeError"));
}

void TestOdooSimulator::json2Endpoint()
{
    auto simulator = make(19);
    SimulatedHttpRequest request = post(
        "/json/2/res.partner/search_read",
        QByteArrayLiteral(
            R"({"domain": [["is_company","=",true]], "fields": ["name"], "limit": 1, "context": {"lang": "en_US"}})"));
    request.headers.append({ QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + simulator->apiKey().toLatin1() });
    const SimulatedHttpReply reply = simulator->handle(request);
    QCOMPARE(reply.status, 200);
    const QJsonArray records = QJsonDocument::fromJson(reply.body).array();
    QCOMPARE(records.size(), 1);
    QVERIFY(records.first().toObject().contains(QStringLiteral("name")));
    SimulatedHttpRequest create =
        post("/json/2/res.partner/create", QByteArrayLiteral(R"({"vals_list": [{"name": "Json2"}]})"));
    create.headers = request.headers;
    const QJsonArray ids = QJsonDocument::fromJson(simulator->handle(create).body).array();
    QCOMPARE(ids.size(), 1);
    SimulatedHttpRequest count =
        post("/json/2/res.partner/search_count", QByteArrayLiteral(R"({"domain": [["name","=","Json2"]]})"));
    count.headers = request.headers;
    QCOMPARE(simulator->handle(count).body, QByteArrayLiteral("1"));
}

void TestOdooSimulator::json2StatusCodes_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("requestBody");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    const QByteArray key = QByteArrayLiteral("bearer 0123456789abcdef0123456789abcdef01234567");
    QTest::newRow("no key") << QByteArray("/json/2/res.partner/search") << QByteArray("{}") << QByteArray()
                            << 401 << QStringLiteral("werkzeug.exceptions.Unauthorized");
    QTest::newRow("bad key") << QByteArray("/json/2/res.partner/search") << QByteArray("{}")
                             << QByteArray("bearer x") << 401
                             << QStringLiteral("werkzeug.exceptions.Unauthorized");
    QTest::newRow("user error") << QByteArray("/json/2/account.analytic.line/create")
                                << QByteArray(R"({"vals_list": [{"name": "t", "project_id": 1}]})") << key
                                << 422 << QStringLiteral("odoo.exceptions.ValidationError");
    QTest::newRow("missing") << QByteArray("/json/2/res.partner/read")
                             << QByteArray(R"({"ids": [987654], "fields": ["name"]})") << key << 404
                             << QStringLiteral("odoo.exceptions.MissingError");
    QTest::newRow("unknown model") << QByteArray("/json/2/no.model/search") << QByteArray("{}") << key << 404
                                   << QStringLiteral("werkzeug.exceptions.NotFound");
    QTest::newRow("unknown method") << QByteArray("/json/2/res.partner/frobnicate") << QByteArray("{}") << key
                                    << 404 << QStringLiteral("builtins.AttributeError");
    QTest::newRow("bad argument") << QByteArray("/json/2/res.partner/search") << QByteArray(R"({"bogus": 1})")
                                  << key << 422 << QStringLiteral("builtins.TypeError");
    QTest::newRow("ids to model method")
        << QByteArray("/json/2/res.partner/search") << QByteArray(R"({"ids": [1]})") << key << 422
        << QStringLiteral("builtins.TypeError");
    QTest::newRow("private") << QByteArray("/json/2/res.partner/_write") << QByteArray("{}") << key << 403
                             << QStringLiteral("odoo.exceptions.AccessError");
    QTest::newRow("bad json") << QByteArray("/json/2/res.partner/search") << QByteArray("[1") << key << 400
                              << QStringLiteral("werkzeug.exceptions.BadRequest");
    QTest::newRow("server error") << QByteArray("/json/2/res.partner/create")
                                  << QByteArray(R"({"vals_list": [{"nope": 1}]})") << key << 500
                                  << QStringLiteral("builtins.ValueError");
}

void TestOdooSimulator::json2StatusCodes()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, requestBody);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, name);
    auto simulator = make(19);
    SimulatedHttpRequest request = post(path.constData(), requestBody);
    if (!authorization.isEmpty())
        request.headers.append({ QByteArrayLiteral("Authorization"), authorization });
    const SimulatedHttpReply reply = simulator->handle(request);
    QCOMPARE(reply.status, status);
    QCOMPARE(body(reply).value(QStringLiteral("name")).toString(), name);
    if (status == 401)
        QCOMPARE(header(reply, QByteArrayLiteral("WWW-Authenticate")), QByteArrayLiteral("bearer"));
}

void TestOdooSimulator::json2OnlyOn19()
{
    auto simulator = make(18);
    SimulatedHttpRequest request = post("/json/2/res.partner/search", QByteArrayLiteral("{}"));
    request.headers.append({ QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("bearer ") + simulator->apiKey().toLatin1() });
    QCOMPARE(simulator->handle(request).status, 404);
}

void TestOdooSimulator::faultsPerCall()
{
    FaultSpec spec;
    spec.latencyMs = 25;
    spec.retryAfterS = 3;
    auto simulator = make(17, spec);
    const QByteArray search =
        rpc(executeKw(QStringLiteral("pw"), "res.partner", "search_count", { QJsonArray() }));
    simulator->faults().force(Fault::RateLimited);
    SimulatedHttpReply reply = simulator->handle(post("/jsonrpc", search));
    QCOMPARE(reply.status, 429);
    QCOMPARE(header(reply, QByteArrayLiteral("Retry-After")), QByteArrayLiteral("3"));
    QCOMPARE(reply.delayMs, 25);
    simulator->faults().force(Fault::ServerError);
    QVERIFY(QList<int>({ 502, 503, 504 }).contains(simulator->handle(post("/jsonrpc", search)).status));
    simulator->faults().force(Fault::Timeout);
    QCOMPARE(simulator->handle(post("/jsonrpc", search)).disposition, SimulatedHttpReply::Disposition::Hold);
    simulator->faults().force(Fault::Malformed);
    reply = simulator->handle(post("/jsonrpc", search));
    QCOMPARE(reply.status, 200);
    QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
    simulator->faults().force(Fault::SerializationFailure);
    QCOMPARE(body(simulator->handle(post("/jsonrpc", search)))
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("psycopg2.errors.SerializationFailure"));
    const qint64 before = simulator->store().count(QStringLiteral("res.partner"));
    simulator->faults().force(Fault::DropAfterCommit);
    reply = simulator->handle(
        post("/jsonrpc",
             rpc(executeKw(QStringLiteral("pw"), "res.partner", "create",
                           { QJsonObject { { QStringLiteral("name"), QStringLiteral("Dropped") } } }))));
    QCOMPARE(reply.disposition, SimulatedHttpReply::Disposition::DropConnection);
    QCOMPARE(simulator->store().count(QStringLiteral("res.partner")), before + 1);
    simulator->faults().force(Fault::ServerError, 1, QStringLiteral("version"));
    QVERIFY(simulator->handle(post("/web/webclient/version_info", rpc({}))).status >= 500);
    QCOMPARE(simulator->handle(post("/jsonrpc", search)).status, 200);
}

void TestOdooSimulator::faultsByProbabilityAreReproducible()
{
    Result<FaultSpec> spec = FaultSpec::parse(QStringLiteral("p_5xx=0.2,p_429=0.2,p_malformed=0.1"));
    QVERIFY(spec.ok());
    const QByteArray search =
        rpc(executeKw(QStringLiteral("pw"), "res.partner", "search_count", { QJsonArray() }));
    QList<int> first;
    QList<int> second;
    for (QList<int> *statuses : { &first, &second }) {
        auto simulator = make(17, spec.value());
        for (int i = 0; i < 200; ++i) {
            const SimulatedHttpReply reply = simulator->handle(post("/jsonrpc", search));
            statuses->append(
                QJsonDocument::fromJson(reply.body).isNull() && reply.status == 200 ? 1 : reply.status);
        }
    }
    QCOMPARE(first, second);
    QVERIFY(first.count(200) > 60 && first.count(200) < 140);
    QVERIFY(first.count(429) > 15);
    QVERIFY(first.count(1) > 5);
}

void TestOdooSimulator::everyCallIsOneTransaction()
{
    auto simulator = make(17);
    const qint64 before = simulator->store().count(QStringLiteral("res.partner"));
    const QJsonArray vals { QJsonObject { { QStringLiteral("name"), QStringLiteral("First") } },
                            QJsonObject { { QStringLiteral("name"), QStringLiteral("Second") },
                                          { QStringLiteral("type"), QStringLiteral("bogus") } } };
    const QJsonObject reply = body(simulator->handle(
        post("/jsonrpc", rpc(executeKw(QStringLiteral("pw"), "res.partner", "create", { vals })))));
    QVERIFY(reply.contains(QStringLiteral("error")));
    QCOMPARE(simulator->store().count(QStringLiteral("res.partner")), before);
}

void TestOdooSimulator::saveAndLoadState()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("odoo.json"));
    auto simulator = make(18);
    const QJsonObject created = body(simulator->handle(
        post("/jsonrpc",
             rpc(executeKw(QStringLiteral("pw"), "res.partner", "create",
                           { QJsonObject { { QStringLiteral("name"), QStringLiteral("Persisted") } } })))));
    const qint64 id = created.value(QStringLiteral("result")).toInteger();
    QVERIFY(simulator->saveState(file).ok());
    auto restored = make(18);
    QVERIFY(restored->loadState(file).ok());
    QCOMPARE(restored->store()
                 .value(QStringLiteral("res.partner"), id, QStringLiteral("name"), QStringLiteral("en_US"))
                 .toString(),
             QStringLiteral("Persisted"));
    const QJsonObject next = body(restored->handle(
        post("/jsonrpc",
             rpc(executeKw(QStringLiteral("pw"), "res.partner", "create",
                           { QJsonObject { { QStringLiteral("name"), QStringLiteral("After") } } })))));
    QVERIFY(next.value(QStringLiteral("result")).toInteger() > id);
    auto otherVersion = make(17);
    QVERIFY(!otherVersion->loadState(file).ok());
}

QTEST_GUILESS_MAIN(TestOdooSimulator)
#include "tst_odoosimulator.moc"
