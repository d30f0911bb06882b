// OdooRpcCodec: request encodings (execute_kw, call_kw, JSON-2) and answer decoding.
#include "connectors/odoo/odoorpccodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cw;

namespace {

OdooInvocation writeInvocation()
{
    OdooInvocation invocation;
    invocation.model = QStringLiteral("res.partner");
    invocation.method = QStringLiteral("write");
    invocation.recordMethod = true;
    invocation.ids = QJsonArray { 7, 8 };
    invocation.args.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } });
    invocation.named.insert(QStringLiteral("vals"),
                            QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } });
    return invocation;
}

HttpResponse jsonResponse(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.json = QJsonDocument::fromJson(body).object();
    return response;
}

} // namespace

class TestOdooRpcCodec : public QObject
{
    Q_OBJECT

private slots:
    void envelope();
    void executeKw();
    void callKw();
    void json2();
    void decodesResultAndMissingResult();
    void decodesErrors();
    void decodesJson2();
};

void TestOdooRpcCodec::envelope()
{
    const QJsonObject request =
        QJsonDocument::fromJson(OdooRpcCodec::jsonRpcRequest({ { QStringLiteral("a"), 1 } }, 42)).object();
    QCOMPARE(request.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
    QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("call"));
    QCOMPARE(request.value(QStringLiteral("id")).toInt(), 42);
    QCOMPARE(request.value(QStringLiteral("params")).toObject().value(QStringLiteral("a")).toInt(), 1);
}

void TestOdooRpcCodec::executeKw()
{
    const QJsonObject context { { QStringLiteral("lang"), QStringLiteral("de_DE") } };
    const QJsonObject params =
        OdooRpcCodec::executeKw(QStringLiteral("db"), 2, QStringLiteral("key"), writeInvocation(), context);
    QCOMPARE(params.value(QStringLiteral("service")).toString(), QStringLiteral("object"));
    QCOMPARE(params.value(QStringLiteral("method")).toString(), QStringLiteral("execute_kw"));
    const QJsonArray args = params.value(QStringLiteral("args")).toArray();
    QCOMPARE(args.size(), 7);
    QCOMPARE(args.at(0).toString(), QStringLiteral("db"));
    QCOMPARE(args.at(1).toInt(), 2);
    QCOMPARE(args.at(3).toString(), QStringLiteral("res.partner"));
    QCOMPARE(args.at(4).toString(), QStringLiteral("write"));
    QCOMPARE(args.at(5).toArray().at(0).toArray(), (QJsonArray { 7, 8 }));
    QCOMPARE(args.at(5).toArray().at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("x"));
    QCOMPARE(args.at(6).toObject().value(QStringLiteral("context")).toObject(), context);
}

void TestOdooRpcCodec::callKw()
{
    const QJsonObject params = OdooRpcCodec::callKw(writeInvocation(), {});
    QCOMPARE(params.value(QStringLiteral("model")).toString(), QStringLiteral("res.partner"));
    QCOMPARE(params.value(QStringLiteral("args")).toArray().size(), 2);
    QVERIFY(params.value(QStringLiteral("kwargs")).toObject().contains(QStringLiteral("context")));
}

void TestOdooRpcCodec::json2()
{
    const QJsonObject body =
        QJsonDocument::fromJson(OdooRpcCodec::json2Request(
                                    writeInvocation(), { { QStringLiteral("tz"), QStringLiteral("UTC") } }))
            .object();
    QCOMPARE(body.value(QStringLiteral("ids")).toArray(), (QJsonArray { 7, 8 }));
    QCOMPARE(body.value(QStringLiteral("vals")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("x"));
    QCOMPARE(body.value(QStringLiteral("context")).toObject().value(QStringLiteral("tz")).toString(),
             QStringLiteral("UTC"));
    QVERIFY(!body.contains(QStringLiteral("args")));
}

void TestOdooRpcCodec::decodesResultAndMissingResult()
{
    bool expired = true;
    Result<QJsonValue> value =
        OdooRpcCodec::decodeJsonRpc(jsonResponse(200, R"({"jsonrpc":"2.0","id":1,"result":[1,2]})"),
                                    QStringLiteral("/jsonrpc"), &expired);
    QCOMPARE(value.value(), QJsonValue(QJsonArray { 1, 2 }));
    QVERIFY(!expired);
    Result<QJsonValue> none = OdooRpcCodec::decodeJsonRpc(jsonResponse(200, R"({"jsonrpc":"2.0","id":1})"),
                                                          QStringLiteral("/jsonrpc"), &expired);
    QVERIFY(none.ok());
    QVERIFY(none.value().isNull());
}

void TestOdooRpcCodec::decodesErrors()
{
    bool expired = false;
    Result<QJsonValue> session = OdooRpcCodec::decodeJsonRpc(
        jsonResponse(
            200,
            R"({"jsonrpc":"2.0","id":1,"error":{"code":100,"message":"Odoo Session Expired","data":{"name":"odoo.http.SessionExpiredException","message":"Session expired"}}})"),
        QStringLiteral("/web/dataset/call_kw"), &expired);
    QVERIFY(!session.ok());
    QVERIFY(expired);
    HttpResponse text;
    text.status = 400;
    text.body = QByteArrayLiteral("Invalid JSON data");
    Result<QJsonValue> bad = OdooRpcCodec::decodeJsonRpc(text, QStringLiteral("/jsonrpc"), &expired);
    QCOMPARE(bad.error().code(), QStringLiteral("odoo.bad_request"));
    QVERIFY(!expired);
}

void TestOdooRpcCodec::decodesJson2()
{
    HttpResponse ok;
    ok.status = 200;
    ok.json = QJsonValue(true);
    QCOMPARE(OdooRpcCodec::decodeJson2(ok).value(), QJsonValue(true));
    HttpResponse failed =
        jsonResponse(422, R"({"name":"odoo.exceptions.ValidationError","message":"bad vat"})");
    QCOMPARE(OdooRpcCodec::decodeJson2(failed).error().userMessage(), QStringLiteral("bad vat"));
}

QTEST_GUILESS_MAIN(TestOdooRpcCodec)
#include "tst_odoorpccodec.moc"
