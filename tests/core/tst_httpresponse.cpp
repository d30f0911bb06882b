// HttpResponse: Retry-After parsing (seconds and the three HTTP date forms) and body excerpts.
#include "connectors/httpresponse.h"

#include <QTest>
#include <QTimeZone>

using namespace cw;

class TestHttpResponse : public QObject
{
    Q_OBJECT

private slots:
    void retryAfter_data();
    void retryAfter();
    void headerIsCaseInsensitive();
    void excerptCutsAndCleans();
};

void TestHttpResponse::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addColumn<bool>("valid");
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000) << true;
    QTest::newRow("zero") << QByteArray("0") << qint64(0) << true;
    QTest::newRow("padded") << QByteArray("  5 ") << qint64(5000) << true;
    QTest::newRow("negative") << QByteArray("-5") << qint64(0) << false;
    QTest::newRow("garbage") << QByteArray("soon") << qint64(0) << false;
    QTest::newRow("empty") << QByteArray() << qint64(0) << false;
    QTest::newRow("imf-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:10 GMT") << qint64(10000) << true;
    QTest::newRow("rfc850") << QByteArray("Wednesday, 21-Oct-15 07:29:00 GMT") << qint64(60000) << true;
    QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:30 2015") << qint64(30000) << true;
    QTest::newRow("past date") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << qint64(0) << true;
}

void TestHttpResponse::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    QFETCH(bool, valid);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
    const std::optional<qint64> parsed = HttpResponse::parseRetryAfter(value, now);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, expectedMs);
}

void TestHttpResponse::headerIsCaseInsensitive()
{
    HttpResponse response;
    response.headers = { { QByteArrayLiteral("content-type"), QByteArrayLiteral("text/html") },
                         { QByteArrayLiteral("Retry-After"), QByteArrayLiteral("3") } };
    QCOMPARE(response.header(QByteArrayLiteral("Content-Type")), QByteArrayLiteral("text/html"));
    QCOMPARE(response.header(QByteArrayLiteral("RETRY-AFTER")), QByteArrayLiteral("3"));
    QCOMPARE(response.header(QByteArrayLiteral("X-Missing")), QByteArray());
}

void TestHttpResponse::excerptCutsAndCleans()
{
    QCOMPARE(HttpResponse::excerpt(QByteArrayLiteral("<html>\r\n<body>Bad Gateway</body>")),
             QStringLiteral("<html>  <body>Bad Gateway</body>"));
    const QString cut = HttpResponse::excerpt(QByteArray(300, 'x'));
    QCOMPARE(cut.size(), 201);
    QVERIFY(cut.endsWith(QChar(0x2026)));
    QCOMPARE(HttpResponse::excerpt(QByteArrayLiteral("abcdef"), 3), QStringLiteral("abc") + QChar(0x2026));
}

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_httpresponse.moc"
