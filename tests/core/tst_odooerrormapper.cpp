// OdooErrorMapper: every Odoo failure shape to cw::Error, table-driven.
#include "connectors/odoo/odooerrormapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cw;

class TestOdooErrorMapper : public QObject
{
    Q_OBJECT

private slots:
    void exceptions_data();
    void exceptions();
    void validationKeepsOdooMessageVerbatim();
    void jsonRpcErrorObject();
    void sessionExpiredDetected_data();
    void sessionExpiredDetected();
    void json2Responses_data();
    void json2Responses();
    void httpResponses_data();
    void httpResponses();
};

void TestOdooErrorMapper::exceptions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *name, Error::Category category, bool retryable, const char *code) {
        QTest::newRow(name) << QString::fromLatin1(name) << int(category) << retryable
                            << QString::fromLatin1(code);
    };
    row("odoo.exceptions.AccessDenied", Error::Category::Auth, false, "odoo.AccessDenied");
    row("odoo.exceptions.AccessError", Error::Category::Auth, false, "odoo.AccessError");
    row("odoo.exceptions.UserError", Error::Category::Validation, false, "odoo.UserError");
    row("odoo.exceptions.ValidationError", Error::Category::Validation, false, "odoo.ValidationError");
    row("odoo.exceptions.RedirectWarning", Error::Category::Validation, false, "odoo.RedirectWarning");
    row("odoo.exceptions.MissingError", Error::Category::NotFound, false, "odoo.MissingError");
    row("odoo.http.SessionExpiredException", Error::Category::Auth, false, "odoo.SessionExpiredException");
    row("psycopg2.errors.SerializationFailure", Error::Category::Conflict, true, "odoo.SerializationFailure");
    row("psycopg.errors.LockNotAvailable", Error::Category::Conflict, true, "odoo.LockNotAvailable");
    row("psycopg2.errors.DeadlockDetected", Error::Category::Conflict, true, "odoo.DeadlockDetected");
    row("odoo.exceptions.ConcurrencyError", Error::Category::Conflict, true, "odoo.ConcurrencyError");
    row("odoo.exceptions.LockError", Error::Category::Conflict, true, "odoo.LockError");
    row("psycopg2.errors.UniqueViolation", Error::Category::Duplicate, false, "odoo.UniqueViolation");
    row("psycopg2.OperationalError", Error::Category::Network, true, "odoo.OperationalError");
    row("werkzeug.exceptions.NotFound", Error::Category::Config, false, "odoo.NotFound");
    row("builtins.TypeError", Error::Category::Internal, false, "odoo.TypeError");
    row("builtins.ValueError", Error::Category::Internal, false, "odoo.ValueError");
    row("builtins.AttributeError", Error::Category::Internal, false, "odoo.AttributeError");
}

void TestOdooErrorMapper::exceptions()
{
    QFETCH(QString, name);
    QFETCH(int, category);
    QFETCH(bool, retryable);
    QFETCH(QString, code);
    const Error error = OdooErrorMapper::fromException(name, QStringLiteral("some message"));
    QCOMPARE(int(error.category()), category);
    QCOMPARE(error.isRetryable(), retryable);
    QCOMPARE(error.code(), code);
    QVERIFY(error.detail().contains(name));
    QVERIFY(!error.userMessage().isEmpty());
}

void TestOdooErrorMapper::validationKeepsOdooMessageVerbatim()
{
    const QString message = QStringLiteral(
        "The field 'Customer' is required, please complete it to validate the Customer Invoice.");
    QCOMPARE(
        OdooErrorMapper::fromException(QStringLiteral("odoo.exceptions.UserError"), message).userMessage(),
        message);
    QCOMPARE(OdooErrorMapper::fromException(QStringLiteral("odoo.exceptions.ValidationError"), message)
                 .userMessage(),
             message);
    const Error database = OdooErrorMapper::fromException(
        QStringLiteral("psycopg2.OperationalError"), QStringLiteral("FATAL:  database \"x\" does not exist"));
    QCOMPARE(database.category(), Error::Category::Config);
    QVERIFY(!database.isRetryable());
}

void TestOdooErrorMapper::jsonRpcErrorObject()
{
    const QJsonObject error = QJsonDocument::fromJson(R"({"code": 200, "message": "Odoo Server Error",
        "data": {"name": "odoo.exceptions.UserError", "message": "Nope", "arguments": ["Nope"], "context": {},
                 "debug": "Traceback (most recent call last): secret stack"}})")
                                  .object();
    const Error mapped = OdooErrorMapper::fromJsonRpcError(error);
    QCOMPARE(mapped.userMessage(), QStringLiteral("Nope"));
    QVERIFY(mapped.detail().contains(QStringLiteral("JSON-RPC error code 200")));
    QVERIFY(!mapped.detail().contains(QStringLiteral("Traceback")));
    const Error notFound = OdooErrorMapper::fromJsonRpcError(
        QJsonDocument::fromJson(R"({"code": 404, "message": "404: Not Found"})").object());
    QCOMPARE(notFound.category(), Error::Category::Config);
}

void TestOdooErrorMapper::sessionExpiredDetected_data()
{
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<bool>("expired");
    QTest::newRow("code 100") << QByteArray(R"({"code": 100, "message": "Odoo Session Expired"})") << true;
    QTest::newRow("name only") << QByteArray(
        R"({"code": 200, "data": {"name": "odoo.service.security.SessionExpiredException"}})")
                               << true;
    QTest::newRow("user error") << QByteArray(
        R"({"code": 200, "data": {"name": "odoo.exceptions.UserError"}})")
                                << false;
}

void TestOdooErrorMapper::sessionExpiredDetected()
{
    QFETCH(QByteArray, error);
    QFETCH(bool, expired);
    QCOMPARE(OdooErrorMapper::isSessionExpired(QJsonDocument::fromJson(error).object()), expired);
}

void TestOdooErrorMapper::json2Responses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("message");
    QTest::newRow("422 user error")
        << 422 << QByteArray(R"({"name": "odoo.exceptions.UserError", "message": "Period locked"})")
        << int(Error::Category::Validation) << QStringLiteral("Period locked");
    QTest::newRow("401 object")
        << 401 << QByteArray(R"({"name": "werkzeug.exceptions.Unauthorized", "message": "Invalid apikey"})")
        << int(Error::Category::Auth) << QString();
    QTest::newRow("401 string") << 401 << QByteArray(R"("Invalid apikey")") << int(Error::Category::Auth)
                                << QString();
    QTest::newRow("404 missing") << 404
                                 << QByteArray(
                                        R"({"name": "odoo.exceptions.MissingError", "message": "gone"})")
                                 << int(Error::Category::NotFound) << QString();
    QTest::newRow("503 html") << 503 << QByteArray("<html>down</html>") << int(Error::Category::Network)
                              << QString();
}

void TestOdooErrorMapper::json2Responses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, category);
    QFETCH(QString, message);
    HttpResponse response;
    response.status = status;
    response.body = body;
    const QJsonDocument document =
        QJsonDocument::fromJson(body.startsWith('"') ? QByteArray('[' + body + ']') : body);
    if (document.isObject())
        response.json = document.object();
    else if (document.isArray())
        response.json = document.array().first();
    const Error error = OdooErrorMapper::fromJson2Response(response);
    QCOMPARE(int(error.category()), category);
    if (!message.isEmpty())
        QCOMPARE(error.userMessage(), message);
}

void TestOdooErrorMapper::httpResponses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("code");
    QTest::newRow("400") << 400 << int(Error::Category::Internal) << QStringLiteral("odoo.bad_request");
    QTest::newRow("404") << 404 << int(Error::Category::Config) << QStringLiteral("odoo.endpoint_not_found");
    QTest::newRow("429") << 429 << int(Error::Category::RateLimited) << QStringLiteral("http.429");
    QTest::newRow("502") << 502 << int(Error::Category::Network) << QStringLiteral("http.502");
}

void TestOdooErrorMapper::httpResponses()
{
    QFETCH(int, status);
    QFETCH(int, category);
    QFETCH(QString, code);
    HttpResponse response;
    response.status = status;
    response.body = QByteArrayLiteral("Invalid JSON data");
    const Error error = OdooErrorMapper::fromHttpResponse(response, QStringLiteral("/jsonrpc"));
    QCOMPARE(int(error.category()), category);
    QCOMPARE(error.code(), code);
    QVERIFY(error.detail().contains(QStringLiteral("Invalid JSON data")));
}

QTEST_GUILESS_MAIN(TestOdooErrorMapper)
#include "tst_odooerrormapper.moc"
