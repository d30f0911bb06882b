#include "domain/error.h"
#include "domain/result.h"

#include <QTest>

using namespace cw;

class TestError : public QObject
{
    Q_OBJECT

private slots:
    void categoryNamesRoundTrip_data();
    void categoryNamesRoundTrip();
    void unknownCategoryNameIsRejected();
    void retryableOverride();
    void toStringJoinsMessageAndDetail();
    void resultHoldsValueOrError();
    void voidResult();
};

void TestError::categoryNamesRoundTrip_data()
{
    QTest::addColumn<Error::Category>("category");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("network") << Error::Category::Network << "network" << true;
    QTest::newRow("timeout") << Error::Category::Timeout << "timeout" << true;
    QTest::newRow("auth") << Error::Category::Auth << "auth" << false;
    QTest::newRow("rate_limited") << Error::Category::RateLimited << "rate_limited" << true;
    QTest::newRow("validation") << Error::Category::Validation << "validation" << false;
    QTest::newRow("not_found") << Error::Category::NotFound << "not_found" << false;
    QTest::newRow("conflict") << Error::Category::Conflict << "conflict" << false;
    QTest::newRow("duplicate") << Error::Category::Duplicate << "duplicate" << false;
    QTest::newRow("mapping") << Error::Category::Mapping << "mapping" << false;
    QTest::newRow("config") << Error::Category::Config << "config" << false;
    QTest::newRow("internal") << Error::Category::Internal << "internal" << false;
}

void TestError::categoryNamesRoundTrip()
{
    QFETCH(Error::Category, category);
    QFETCH(QString, name);
    QFETCH(bool, retryable);
    QCOMPARE(Error::categoryName(category), name);
    Error::Category parsed = Error::Category::Internal;
    QVERIFY(Error::categoryFromName(name, &parsed));
    QCOMPARE(parsed, category);
    QCOMPARE(Error(category, QStringLiteral("m")).isRetryable(), retryable);
    QVERIFY(!Error::categoryTitle(category).isEmpty());
}

void TestError::unknownCategoryNameIsRejected()
{
    Error::Category parsed = Error::Category::Auth;
    QVERIFY(!Error::categoryFromName(QStringLiteral("bogus"), &parsed));
    QCOMPARE(parsed, Error::Category::Auth);
}

void TestError::retryableOverride()
{
    Error error(Error::Category::Validation, QStringLiteral("Period locked"));
    QVERIFY(!error.isRetryable());
    error.setRetryable(true)
        .setCorrelationId(QStringLiteral("c-1"))
        .setCode(QStringLiteral("odoo.UserError"));
    QVERIFY(error.isRetryable());
    QCOMPARE(error.correlationId(), QStringLiteral("c-1"));
    QCOMPARE(error.code(), QStringLiteral("odoo.UserError"));
}

void TestError::toStringJoinsMessageAndDetail()
{
    QCOMPARE(Error(Error::Category::Network, QStringLiteral("Odoo is unreachable")).toString(),
             QStringLiteral("Odoo is unreachable"));
    const QString both =
        Error(Error::Category::Network, QStringLiteral("Odoo is unreachable"), QStringLiteral("HTTP 502"))
            .toString();
    QVERIFY(both.contains(QStringLiteral("Odoo is unreachable")));
    QVERIFY(both.contains(QStringLiteral("HTTP 502")));
}

void TestError::resultHoldsValueOrError()
{
    Result<int> good(42);
    QVERIFY(good.ok());
    QCOMPARE(good.value(), 42);
    Result<int> bad(Error(Error::Category::NotFound, QStringLiteral("gone")));
    QVERIFY(!bad);
    QCOMPARE(bad.error().category(), Error::Category::NotFound);
    QCOMPARE(bad.valueOr(7), 7);
}

void TestError::voidResult()
{
    Result<void> good;
    QVERIFY(good.ok());
    Result<void> bad(Error(Error::Category::Auth, QStringLiteral("denied")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().userMessage(), QStringLiteral("denied"));
}

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
