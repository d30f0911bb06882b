// HttpSimulatorServer: HTTP/1.1 framing on raw sockets — keep-alive, pipelining in order,
// chunked bodies, delays, dropped and held connections, malformed requests.
#include "sandbox/httpsimulatorserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace cw;

class TestHttpSimulatorServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpSimulatorServer> m_server;
    QList<SimulatedHttpRequest> m_requests;
    std::function<SimulatedHttpReply(const SimulatedHttpRequest &)> m_answer;

    // The server runs in this thread, so the client side waits with qWaitFor (event loop running),
    // never with blocking waitFor* calls.
    QByteArray exchange(const QByteArray &raw, int expectedResponses = 1, bool *closed = nullptr)
    {
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return {};
        socket.write(raw);
        const bool answered = QTest::qWaitFor(
            [&] {
                return received.count("HTTP/1.1 ") >= expectedResponses
                    || socket.state() != QAbstractSocket::ConnectedState;
            },
            5000);
        Q_UNUSED(answered) // dropped and held connections legitimately never answer
        QTest::qWait(50);
        if (closed) {
            *closed =
                QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 500);
        }
        return received;
    }

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void parsesRequestAndAnswers();
    void keepAliveAndPipelining();
    void chunkedBody();
    void connectionCloseHonoured();
    void droppedConnection();
    void heldConnection();
    void malformedRequest();
    void listensOnLoopbackOnly();
};

void TestHttpSimulatorServer::init()
{
    m_requests.clear();
    m_answer = [](const SimulatedHttpRequest &request) {
        return SimulatedHttpReply::text(200, request.path + ' ' + request.body);
    };
    m_server = std::make_unique<HttpSimulatorServer>(
        [this](const SimulatedHttpRequest &request) {
            m_requests.append(request);
            return m_answer(request);
        },
        QByteArrayLiteral("Werkzeug/test"));
    QVERIFY(m_server->listen().ok());
}

void TestHttpSimulatorServer::parsesRequestAndAnswers()
{
    const QByteArray response = exchange(
        "POST /web/dataset/call_kw/res%2Epartner?debug=1 HTTP/1.1\r\nHost: x\r\n"
        "Content-Type: application/json\r\nCookie: a=1; session_id=abc\r\nContent-Length: 4\r\n\r\nbody");
    QCOMPARE(m_requests.size(), 1);
    const SimulatedHttpRequest &request = m_requests.first();
    QCOMPARE(request.method, QByteArrayLiteral("POST"));
    QCOMPARE(request.path, QByteArrayLiteral("/web/dataset/call_kw/res.partner"));
    QCOMPARE(request.query, QByteArrayLiteral("debug=1"));
    QCOMPARE(request.header(QByteArrayLiteral("content-type")), QByteArrayLiteral("application/json"));
    QCOMPARE(request.cookie(QByteArrayLiteral("session_id")), QByteArrayLiteral("abc"));
    QCOMPARE(request.body, QByteArrayLiteral("body"));
    QVERIFY(response.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(response.contains("Server: Werkzeug/test\r\n"));
    QVERIFY(response.contains("Content-Length: 37\r\n"));
    QVERIFY(response.endsWith("/web/dataset/call_kw/res.partner body"));
}

void TestHttpSimulatorServer::keepAliveAndPipelining()
{
    m_answer = [](const SimulatedHttpRequest &request) {
        SimulatedHttpReply reply = SimulatedHttpReply::text(200, request.path);
        reply.delayMs = request.path == "/slow" ? 200 : 0; // the slow first answer must still come first
        return reply;
    };
    const QByteArray response =
        exchange("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n", 2);
    QCOMPARE(m_requests.size(), 2);
    QVERIFY(response.indexOf("/slow") < response.indexOf("/fast"));
    QVERIFY(!response.contains("Connection: close"));
}

void TestHttpSimulatorServer::chunkedBody()
{
    exchange(
        "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n");
    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(m_requests.first().body, QByteArrayLiteral("Wikipedia"));
}

void TestHttpSimulatorServer::connectionCloseHonoured()
{
    bool closed = false;
    const QByteArray response = exchange("GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 1, &closed);
    QVERIFY(response.contains("Connection: close\r\n"));
    QVERIFY(closed);
    const QByteArray http10 = exchange("GET / HTTP/1.0\r\n\r\n", 1, &closed);
    QVERIFY(http10.contains("Connection: close\r\n"));
}

void TestHttpSimulatorServer::droppedConnection()
{
    m_answer = [](const SimulatedHttpRequest &) {
        return SimulatedHttpReply::dropped();
    };
    bool closed = false;
    const QByteArray response = exchange("POST /write HTTP/1.1\r\nContent-Length: 0\r\n\r\n", 1, &closed);
    QCOMPARE(m_requests.size(), 1);
    QVERIFY(response.isEmpty());
    QVERIFY(closed);
}

void TestHttpSimulatorServer::heldConnection()
{
    m_answer = [](const SimulatedHttpRequest &) {
        return SimulatedHttpReply::held();
    };
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write("GET /never HTTP/1.1\r\n\r\n");
    QTest::qWait(400);
    QCOMPARE(socket.bytesAvailable(), 0);
    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->connectionCount(), 1);
    socket.disconnectFromHost();
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpSimulatorServer::malformedRequest()
{
    const QByteArray response = exchange("NONSENSE\r\n\r\n");
    QVERIFY(response.startsWith("HTTP/1.1 400 Bad Request"));
    QVERIFY(m_requests.isEmpty());
    const QByteArray badLength = exchange("POST / HTTP/1.1\r\nContent-Length: lots\r\n\r\n");
    QVERIFY(badLength.startsWith("HTTP/1.1 400"));
}

void TestHttpSimulatorServer::listensOnLoopbackOnly()
{
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->isListening());
    HttpSimulatorServer second([](const SimulatedHttpRequest &) { return SimulatedHttpReply(); },
                               QByteArrayLiteral("x"));
    QVERIFY(!second.listen(m_server->port()).ok());
    m_server->close();
    QVERIFY(!m_server->isListening());
}

QTEST_GUILESS_MAIN(TestHttpSimulatorServer)
#include "tst_httpsimulatorserver.moc"
