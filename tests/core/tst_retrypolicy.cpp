// RetryPolicy: exponential backoff within +-25 % jitter, capped, Retry-After honoured.
#include "sync/retrypolicy.h"

#include <QTest>

using namespace cw;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoff_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::newRow("first") << 1 << qint64(-1) << qint64(750) << qint64(1250);
        QTest::newRow("third") << 3 << qint64(-1) << qint64(3000) << qint64(5000);
        QTest::newRow("capped") << 20 << qint64(-1) << qint64(7500) << qint64(12500);
        QTest::newRow("retry-after longer") << 1 << qint64(60000) << qint64(60000) << qint64(60000);
        QTest::newRow("retry-after shorter") << 3 << qint64(10) << qint64(3000) << qint64(5000);
    }

    void backoff()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, retryAfterMs);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        PushOptions options;
        options.retryBaseMs = 1000;
        options.retryMaxMs = 10000;
        RetryPolicy policy(options, 42);
        QSet<qint64> seen;
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = policy.delayMs(attempts, retryAfterMs < 0 ? std::nullopt : std::optional(retryAfterMs));
            QVERIFY2(delay >= low && delay <= high, qPrintable(QString::number(delay)));
            seen.insert(delay);
        }
        // Jitter spreads rows that failed together, unless the server named the time.
        QCOMPARE(seen.size() > 1, retryAfterMs < low);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
