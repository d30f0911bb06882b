// NetworkJob over real loopback HTTP against HttpSimulatorServer (and a TLS server with an
// untrusted certificate): results, transport failures, status mapping, Retry-After, correlation ids.
#include "connectors/networkjob.h"
#include "sandbox/httpsimulatorserver.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace cw;

namespace {

// A throw-away self-signed test certificate (CN=127.0.0.1); nothing trusts it, which is the point.
const char kCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBgDCCASWgAwIBAgIUA3raEGImGvDNMhmbjh9V6RuKEE0wCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNzA3MjMzMFoYDzIxMjYxMTAz
MDcyMzMwWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAARqZg0iUbflas3XwADMT0muiblC6yeOrWoRSHNMBgsBdfR0kj+SyHaq
rJ3wLt+GNz/xDUQ1u8es11bp88GcpAPto1MwUTAdBgNVHQ4EFgQUaXIvsoLLWl6i
p0KjujVNIGCTlHowHwYDVR0jBBgwFoAUaXIvsoLLWl6ip0KjujVNIGCTlHowDwYD
VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNJADBGAiEA4oYZjFPaWP5VH8C3tcFJ
6YmWmA1PGSlhJrGRuv7ZhV8CIQD68CDoEau9PNZW4ofAP/Y5yunlZXKow+zJqmMm
VX8g4g==
-----END CERTIFICATE-----
)";
const char kKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgcKrnMVfx8th5gQv2
lpzXJQPgpgzwLbT9H9WpOd7qpPuhRANCAARqZg0iUbflas3XwADMT0muiblC6yeO
rWoRSHNMBgsBdfR0kj+SyHaqrJ3wLt+GNz/xDUQ1u8es11bp88GcpAPt
-----END PRIVATE KEY-----
)";

} // namespace

class TestNetworkJob : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpSimulatorServer> m_server;
    SimulatedHttpReply m_next;
    SimulatedHttpRequest m_last;

    void serve(SimulatedHttpReply reply)
    {
        m_next = std::move(reply);
        if (!m_server) {
            m_server = std::make_unique<HttpSimulatorServer>(
                [this](const SimulatedHttpRequest &request) {
                    m_last = request;
                    return m_next;
                },
                QByteArrayLiteral("test"));
            QVERIFY(m_server->listen().ok());
        }
    }

    NetworkRequest request(int timeoutMs = 5000) const
    {
        NetworkRequest r;
        r.url = m_server ? m_server->baseUrl().resolved(QUrl(QStringLiteral("/api"))) : QUrl();
        r.body = QByteArrayLiteral("{}");
        r.timeoutMs = timeoutMs;
        r.systemName = QStringLiteral("Test");
        r.operation = QStringLiteral("probe");
        return r;
    }

    std::unique_ptr<NetworkJob> run(NetworkRequest r)
    {
        auto job = std::make_unique<NetworkJob>(&m_network, std::move(r), &lcSync);
        QSignalSpy finished(job.get(), &NetworkJob::finished);
        job->start();
        if (finished.isEmpty())
            [&] {
                QVERIFY(finished.wait(15000));
            }();
        [&] {
            QCOMPARE(finished.count(), 1);
        }();
        return job;
    }

private slots:
    void cleanup() { m_server.reset(); }
    void parsesJson_data();
    void parsesJson();
    void notJsonQuotesBody();
    void connectorReadsTheBody_data();
    void connectorReadsTheBody();
    void errorStatusIsAResponse();
    void statusMapping_data();
    void statusMapping();
    void retryAfterSecondsAndDate();
    void timeout();
    void droppedConnection();
    void refusedConnection();
    void abortBeforeAndDuringRequest();
    void allowedUrls_data();
    void allowedUrls();
    void insecureUrlRefused();
    void tlsErrorIsAnError();
    void correlationIdSentAndKept();
};

void TestNetworkJob::parsesJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("object") << QByteArray(R"({"a": 1})")
                            << QJsonValue(QJsonObject { { QStringLiteral("a"), 1 } });
    QJsonArray array;
    array.append(1);
    array.append(2);
    QTest::newRow("array") << QByteArray("[1,2]") << QJsonValue(array);
    QTest::newRow("true") << QByteArray("true") << QJsonValue(true);
    QTest::newRow("number") << QByteArray(" 42 ") << QJsonValue(42);
    QTest::newRow("string") << QByteArray(R"("ok")") << QJsonValue(QStringLiteral("ok"));
    QTest::newRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
}

void TestNetworkJob::parsesJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QJsonValue, expected);
    serve(SimulatedHttpReply::json(200, body));
    auto job = run(request());
    QVERIFY2(job->ok(), qPrintable(job->error().toString()));
    QCOMPARE(job->response().status, 200);
    QCOMPARE(job->response().json, expected);
    QCOMPARE(m_last.method, QByteArrayLiteral("POST"));
    QCOMPARE(m_last.path, QByteArrayLiteral("/api"));
}

void TestNetworkJob::notJsonQuotesBody()
{
    serve(SimulatedHttpReply::text(
        200, QByteArrayLiteral("<html><body>Proxy login page</body></html>") + QByteArray(400, ' '),
        QByteArrayLiteral("text/html")));
    auto job = run(request());
    QVERIFY(!job->ok());
    QCOMPARE(job->error().code(), QStringLiteral("net.not_json"));
    QVERIFY(job->error().detail().contains(QStringLiteral("<html><body>Proxy login page</body></html>")));
    QVERIFY(job->error().detail().contains(QStringLiteral("text/html")));
    QVERIFY(job->error().detail().endsWith(QChar(0x2026)));
}

void TestNetworkJob::connectorReadsTheBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<int>("reads");
    QTest::addColumn<QString>("code");
    QTest::newRow("page read") << 200 << true << 1 << QString();
    QTest::newRow("page refused") << 200 << false << 1 << QStringLiteral("net.not_json");
    // An error status is parsed for its error body, never given to the connector's reader.
    QTest::newRow("error status") << 503 << true << 0 << QString();
}

void TestNetworkJob::connectorReadsTheBody()
{
    QFETCH(int, status);
    QFETCH(bool, readable);
    QFETCH(int, reads);
    QFETCH(QString, code);
    const QByteArray body = QByteArrayLiteral(R"({"results": [1, 2]})");
    serve(SimulatedHttpReply::json(status, body));
    NetworkRequest r = request();
    QList<QByteArray> read;
    r.readJson = [&read, readable](const QByteArray &received) {
        read.append(received);
        return readable;
    };
    auto job = run(r);
    QCOMPARE(read.size(), reads);
    if (reads > 0)
        QCOMPARE(read.first(), body);
    QCOMPARE(job->ok(), code.isEmpty());
    if (!code.isEmpty()) {
        QCOMPARE(job->error().code(), code);
        return;
    }
    QCOMPARE(job->response().status, status);
    QCOMPARE(job->response().body, body);
    // Read by the connector, the body is not parsed a second time.
    QCOMPARE(job->response().json.isUndefined(), status == 200);
}

void TestNetworkJob::errorStatusIsAResponse()
{
    serve(SimulatedHttpReply::json(422, QByteArrayLiteral(R"({"name": "odoo.exceptions.UserError"})")));
    auto job = run(request());
    QVERIFY(job->ok());
    QCOMPARE(job->response().status, 422);
    QCOMPARE(job->response().json.toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("odoo.exceptions.UserError"));
    serve(SimulatedHttpReply::text(502, QByteArrayLiteral("<html>Bad Gateway</html>")));
    auto html = run(request());
    QVERIFY(html->ok());
    QCOMPARE(html->response().status, 502);
    QVERIFY(html->response().json.isUndefined());
}

void TestNetworkJob::statusMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("401") << 401 << int(Error::Category::Auth) << false;
    QTest::newRow("403") << 403 << int(Error::Category::Auth) << false;
    QTest::newRow("404") << 404 << int(Error::Category::NotFound) << false;
    QTest::newRow("408") << 408 << int(Error::Category::Timeout) << true;
    QTest::newRow("409") << 409 << int(Error::Category::Conflict) << false;
    QTest::newRow("422") << 422 << int(Error::Category::Validation) << false;
    QTest::newRow("429") << 429 << int(Error::Category::RateLimited) << true;
    QTest::newRow("500") << 500 << int(Error::Category::Network) << false;
    QTest::newRow("502") << 502 << int(Error::Category::Network) << true;
    QTest::newRow("503") << 503 << int(Error::Category::Network) << true;
    QTest::newRow("504") << 504 << int(Error::Category::Network) << true;
}

void TestNetworkJob::statusMapping()
{
    QFETCH(int, status);
    QFETCH(int, category);
    QFETCH(bool, retryable);
    HttpResponse response;
    response.status = status;
    response.body = QByteArrayLiteral("oops");
    const Error error = NetworkJob::errorForStatus(response, QStringLiteral("Odoo"));
    QCOMPARE(int(error.category()), category);
    QCOMPARE(error.isRetryable(), retryable);
    QCOMPARE(error.code(), QStringLiteral("http.%1").arg(status));
    QVERIFY(error.detail().contains(QStringLiteral("oops")));
}

void TestNetworkJob::retryAfterSecondsAndDate()
{
    SimulatedHttpReply reply = SimulatedHttpReply::text(429, QByteArrayLiteral("slow down"));
    reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("12") });
    serve(reply);
    auto seconds = run(request());
    QCOMPARE(seconds->response().retryAfterMs, std::optional<qint64>(12000));
    QVERIFY(NetworkJob::errorForStatus(seconds->response(), QStringLiteral("X"))
                .detail()
                .contains(QStringLiteral("Retry-After 12.0 s")));
    reply.headers = { { QByteArrayLiteral("Retry-After"),
                        QByteArrayLiteral("Fri, 14 Mar 2025 09:00:30 GMT") } };
    serve(reply);
    auto job = std::make_unique<NetworkJob>(&m_network, request(), &lcSync);
    job->setClock(
        std::make_shared<ManualClock>(QDateTime(QDate(2025, 3, 14), QTime(9, 0), QTimeZone::utc())));
    QSignalSpy finished(job.get(), &NetworkJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->response().retryAfterMs, std::optional<qint64>(30000));
}

void TestNetworkJob::timeout()
{
    serve(SimulatedHttpReply::held());
    auto job = run(request(300));
    QVERIFY(!job->ok());
    QCOMPARE(job->error().category(), Error::Category::Timeout);
    QCOMPARE(job->error().code(), QStringLiteral("net.timeout"));
    QVERIFY(job->error().isRetryable());
}

void TestNetworkJob::droppedConnection()
{
    serve(SimulatedHttpReply::dropped());
    auto job = run(request());
    QVERIFY(!job->ok());
    QCOMPARE(job->error().code(), QStringLiteral("net.connection_dropped"));
    QCOMPARE(job->error().category(), Error::Category::Network);
    QVERIFY(job->error().isRetryable());
    QCOMPARE(m_last.path, QByteArrayLiteral("/api")); // the server did receive the request
}

void TestNetworkJob::refusedConnection()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    NetworkRequest r = request();
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(port));
    auto job = run(r);
    QCOMPARE(job->error().code(), QStringLiteral("net.connection_refused"));
    QVERIFY(job->error().isRetryable());
}

void TestNetworkJob::abortBeforeAndDuringRequest()
{
    serve(SimulatedHttpReply::held());
    NetworkJob early(&m_network, request(), &lcSync);
    QSignalSpy earlyFinished(&early, &NetworkJob::finished);
    early.abort();
    QCOMPARE(earlyFinished.count(), 1);
    QCOMPARE(early.error().code(), QStringLiteral("net.cancelled"));
    early.start();
    QCOMPARE(earlyFinished.count(), 1);
    NetworkJob running(&m_network, request(), &lcSync);
    QSignalSpy finished(&running, &NetworkJob::finished);
    running.start();
    QTRY_VERIFY(!m_last.path.isEmpty());
    running.abort();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(running.error().code(), QStringLiteral("net.cancelled"));
    QVERIFY(!running.error().isRetryable());
}

void TestNetworkJob::allowedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://acme.odoo.com") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8069") << true;
    QTest::newRow("http loopback range") << QStringLiteral("http://127.2.3.4") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8069") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8069") << true;
    QTest::newRow("http lan") << QStringLiteral("http://10.0.0.5:8069") << false;
    QTest::newRow("http public") << QStringLiteral("http://acme.odoo.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
}

void TestNetworkJob::allowedUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(NetworkJob::isAllowedUrl(QUrl(url)), allowed);
}

void TestNetworkJob::insecureUrlRefused()
{
    NetworkRequest r;
    r.url = QUrl(QStringLiteral("http://odoo.example.com/jsonrpc"));
    r.systemName = QStringLiteral("Odoo");
    NetworkJob job(&m_network, r, &lcSync);
    QSignalSpy finished(&job, &NetworkJob::finished);
    job.start();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().category(), Error::Category::Config);
    QCOMPARE(job.error().code(), QStringLiteral("net.insecure_url"));
}

void TestNetworkJob::tlsErrorIsAnError()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(QByteArray(kCertificate)));
    configuration.setPrivateKey(QSslKey(QByteArray(kKey), QSsl::Ec));
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    NetworkRequest r = request();
    r.url = QUrl(QStringLiteral("https://127.0.0.1:%1/jsonrpc").arg(server.serverPort()));
    auto job = run(r);
    QVERIFY(!job->ok());
    QCOMPARE(job->error().code(), QStringLiteral("net.tls"));
    QVERIFY(!job->error().isRetryable());
    QVERIFY(!job->error().detail().isEmpty());
}

void TestNetworkJob::correlationIdSentAndKept()
{
    serve(SimulatedHttpReply::dropped());
    NetworkRequest r = request();
    auto job = std::make_unique<NetworkJob>(&m_network, r, &lcSync);
    job->setCorrelationId(QStringLiteral("c0ffee42"));
    QSignalSpy finished(job.get(), &NetworkJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_last.header(QByteArrayLiteral("X-Request-Id")), QByteArrayLiteral("c0ffee42"));
    QCOMPARE(job->error().correlationId(), QStringLiteral("c0ffee42"));
    QCOMPARE(NetworkJob::newCorrelationId().size(), 8);
    QVERIFY(NetworkJob::newCorrelationId() != NetworkJob::newCorrelationId());
}

QTEST_GUILESS_MAIN(TestNetworkJob)
#include "tst_networkjob.moc"
