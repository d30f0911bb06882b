#include "ctlprocess.h"
#include "failedpushcache.h"
#include "tempcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using cw::test::FailedPushCache;
using cw::test::TempCache;
using Run = cw::test::CtlProcess::Run;

/// `crosswalkctl --cache C failed ...` as a user runs it: the built binary in a child process
/// (found through CW_BINARY_DIR, which ctest sets) on a small cache of known failed pushes.
class TestFailedCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsOpenOnesAsJson();
    void listsAsText();
    void retriesById();
    void retriesACategory();
    void retriesAll();
    void resolvesWithAReason();
    void refusesWhatCannotBeDone_data();
    void refusesWhatCannotBeDone();

private:
    Run run(const QStringList &arguments) const;
    QString outboxState(qint64 id) const;
    cw::test::CtlProcess m_ctl;
    std::unique_ptr<TempCache> m_cache;
};

void TestFailedCommand::initTestCase()
{
    QVERIFY2(m_ctl.isValid(), qPrintable(m_ctl.error()));
}

void TestFailedCommand::init()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    QVERIFY(FailedPushCache::fill(*m_cache));
}

Run TestFailedCommand::run(const QStringList &arguments) const
{
    return m_ctl.run(QStringList { QStringLiteral("--cache"), m_cache->path(), QStringLiteral("failed") }
                     + arguments);
}

QString TestFailedCommand::outboxState(qint64 id) const
{
    return m_cache->scalar(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), { id }).toString();
}

void TestFailedCommand::listsOpenOnesAsJson()
{
    const Run open = run({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(open.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(open.out.toUtf8()).array();
    QCOMPARE(rows.size(), FailedPushCache::kOpen);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), FailedPushCache::kUnmapped);
    QCOMPARE(first.value(QStringLiteral("category")).toString(), QStringLiteral("mapping"));
    QCOMPARE(first.value(QStringLiteral("problem")).toString(), QStringLiteral("Customer not mapped"));
    QCOMPARE(first.value(QStringLiteral("remote_message")).toString(),
             QStringLiteral("Field: Customer (partner_id)"));
    QCOMPARE(first.value(QStringLiteral("source")).toObject().value(QStringLiteral("placement")).toString(),
             QStringLiteral("PL-1"));
    QCOMPARE(first.value(QStringLiteral("outbox_state")).toString(), QStringLiteral("dead"));

    const Run all = run({ QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json") });
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 4);
    const Run network = run({ QStringLiteral("list"), QStringLiteral("--category"), QStringLiteral("network"),
                              QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(network.out.toUtf8()).array().size(), 1);
}

void TestFailedCommand::listsAsText()
{
    const Run open = run({ QStringLiteral("list") });
    QCOMPARE(open.exitCode, 0);
    QVERIFY2(open.out.contains(QStringLiteral("Period locked")), qPrintable(open.out));
    QVERIFY(open.out.contains(QStringLiteral("3 failed push(es)")));
}

void TestFailedCommand::retriesById()
{
    const Run retried =
        run({ QStringLiteral("retry"), QStringLiteral("--id"), QString::number(FailedPushCache::kUnmapped) });
    QCOMPARE(retried.exitCode, 0);
    QCOMPARE(outboxState(1), QStringLiteral("pending"));
    QCOMPARE(outboxState(2), QStringLiteral("failed"));
    QCOMPARE(
        m_cache
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'failed_push.retry' AND "
                                    "subject_id = 'odoo:invoice:PL-1:2026-03'"))
            .toInt(),
        1);
    // Nothing left to retry for it: a failure, so a script notices.
    const Run again =
        run({ QStringLiteral("retry"), QStringLiteral("--id"), QString::number(FailedPushCache::kUnmapped) });
    QCOMPARE(again.exitCode, 1);
}

void TestFailedCommand::retriesACategory()
{
    const Run retried =
        run({ QStringLiteral("retry"), QStringLiteral("--category"), QStringLiteral("validation") });
    QCOMPARE(retried.exitCode, 0);
    QVERIFY(retried.out.contains(QStringLiteral("1 write(s)")));
    QCOMPARE(outboxState(3), QStringLiteral("pending"));
    QCOMPARE(outboxState(1), QStringLiteral("dead"));
}

void TestFailedCommand::retriesAll()
{
    const Run retried = run({ QStringLiteral("retry"), QStringLiteral("--all") });
    QCOMPARE(retried.exitCode, 0);
    QVERIFY(retried.out.contains(QStringLiteral("3 write(s)")));
    QCOMPARE(outboxState(1), QStringLiteral("pending"));
    QCOMPARE(outboxState(2), QStringLiteral("pending"));
    QCOMPARE(outboxState(3), QStringLiteral("pending"));
    QCOMPARE(outboxState(4), QStringLiteral("done"));
}

void TestFailedCommand::resolvesWithAReason()
{
    const Run resolved =
        run({ QStringLiteral("resolve"), QStringLiteral("--id"), QString::number(FailedPushCache::kLockDate),
              QStringLiteral("--reason"), QStringLiteral("Billed in April instead") });
    QCOMPARE(resolved.exitCode, 0);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT resolution FROM failed_push WHERE id = ?"),
                          { FailedPushCache::kLockDate })
                 .toString(),
             QStringLiteral("Billed in April instead"));
    QVERIFY(!m_cache
                 ->scalar(QStringLiteral("SELECT resolved_by FROM failed_push WHERE id = ?"),
                          { FailedPushCache::kLockDate })
                 .toString()
                 .isEmpty());
    QCOMPARE(outboxState(3), QStringLiteral("dead"));
    // Resolving it again is refused, and says why.
    const Run again =
        run({ QStringLiteral("resolve"), QStringLiteral("--id"), QString::number(FailedPushCache::kLockDate),
              QStringLiteral("--reason"), QStringLiteral("again") });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("already resolved")));
}

void TestFailedCommand::refusesWhatCannotBeDone_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no action") << QStringList {} << 2;
    QTest::newRow("unknown action") << QStringList { QStringLiteral("delete") } << 2;
    QTest::newRow("retry what") << QStringList { QStringLiteral("retry") } << 2;
    QTest::newRow("retry two ways") << QStringList { QStringLiteral("retry"), QStringLiteral("--all"),
                                                     QStringLiteral("--id"), QStringLiteral("1") }
                                    << 2;
    QTest::newRow("bad id") << QStringList { QStringLiteral("retry"), QStringLiteral("--id"),
                                             QStringLiteral("x") }
                            << 2;
    QTest::newRow("resolve without reason")
        << QStringList { QStringLiteral("resolve"), QStringLiteral("--id"), QStringLiteral("1") } << 2;
    QTest::newRow("blank reason") << QStringList { QStringLiteral("resolve"), QStringLiteral("--id"),
                                                   QStringLiteral("1"), QStringLiteral("--reason"),
                                                   QStringLiteral(" ") }
                                  << 2;
    QTest::newRow("unknown id") << QStringList { QStringLiteral("resolve"), QStringLiteral("--id"),
                                                 QStringLiteral("99"), QStringLiteral("--reason"),
                                                 QStringLiteral("gone") }
                                << 1;
}

void TestFailedCommand::refusesWhatCannotBeDone()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY(!refused.err.trimmed().isEmpty());
    // Nothing changed.
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
    QCOMPARE(outboxState(1), QStringLiteral("dead"));
}

QTEST_GUILESS_MAIN(TestFailedCommand)
#include "tst_failedcommand.moc"
