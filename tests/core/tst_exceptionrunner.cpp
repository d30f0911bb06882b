#include "kpi/exceptionlifecycle.h"
#include "kpi/exceptionrunner.h"
#include "kpicachebuilder.h"
#include "tempcache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace cw;
using B = cw::test::KpiCacheBuilder;
using cw::test::TempCache;

namespace {

const QDate kAsOf(2026, 3, 31);

QJsonObject json(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

class TestExceptionRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensNewCases();
    void secondRunChangesNothing();
    void refreshesDataButKeepsStateAndOwner();
    void resolvesClearedCasesKeepingTheOwner();
    void reopensCasesItResolvedWhenTheyHoldAgain();
    void leavesCasesResolvedByAPersonAlone();
    void touchesOnlyTheRulesItRuns();
    void failedEvaluationWritesNothing();

private:
    Result<ExceptionRunner::Summary>
    run(const std::vector<const ExceptionRule *> &rules = ExceptionRuleSet::all());
    QVariant field(const QString &column, qint64 id) const;
    qint64 overdueId() const;

    std::unique_ptr<TempCache> m_cache;
    std::unique_ptr<B> m_b;
    std::shared_ptr<ManualClock> m_clock;
    qint64 m_customer = 0;
    qint64 m_invoice = 0;
};

void TestExceptionRunner::init()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_b = std::make_unique<B>(*m_cache);
    m_clock = std::make_shared<ManualClock>(QDateTime(kAsOf, QTime(6, 0), Qt::UTC));
    m_customer = m_b->add(B::Customer { .name = QStringLiteral("Acme") });
    m_b->link(m_customer);
    m_invoice = m_b->add(B::Invoice { .customer = m_customer,
                                      .date = QStringLiteral("2026-02-01"),
                                      .due = QStringLiteral("2026-03-01"),
                                      .total = 1000,
                                      .residual = 1000 });
    m_b->add(B::Payment { .customer = m_customer, .date = QStringLiteral("2026-03-05"), .amount = 250 });
}

void TestExceptionRunner::cleanup()
{
    m_b.reset();
    m_cache.reset();
}

Result<ExceptionRunner::Summary> TestExceptionRunner::run(const std::vector<const ExceptionRule *> &rules)
{
    return ExceptionRunner(m_cache->db(), m_clock).run(RuleContext { kAsOf, 7 }, rules);
}

QVariant TestExceptionRunner::field(const QString &column, qint64 id) const
{
    return m_cache->scalar(QStringLiteral("SELECT %1 FROM revenue_exception WHERE id = ?").arg(column),
                           { id });
}

qint64 TestExceptionRunner::overdueId() const
{
    return m_cache->scalar(QStringLiteral("SELECT id FROM revenue_exception WHERE rule = 'invoice_overdue'"))
        .toLongLong();
}

void TestExceptionRunner::opensNewCases()
{
    auto summary = run();
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().found, 2);
    QCOMPARE(summary.value().opened, 2);
    const qint64 id = overdueId();
    QVERIFY(id > 0);
    QCOMPARE(field(QStringLiteral("state"), id).toString(), QStringLiteral("open"));
    QCOMPARE(field(QStringLiteral("subject_entity"), id).toString(), QStringLiteral("invoice"));
    QCOMPARE(field(QStringLiteral("subject_id"), id).toLongLong(), m_invoice);
    QCOMPARE(field(QStringLiteral("customer_id"), id).toLongLong(), m_customer);
    QCOMPARE(field(QStringLiteral("amount_minor"), id).toLongLong(), 1000);
    QCOMPARE(field(QStringLiteral("occurred_on"), id).toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(field(QStringLiteral("detected_at"), id).toString(), QStringLiteral("2026-03-31T06:00:00Z"));
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM revenue_exception WHERE rule = 'payment_unmatched'"))
                 .toInt(),
             1);
}

void TestExceptionRunner::secondRunChangesNothing()
{
    QVERIFY(run().ok());
    m_clock->advance(3600 * 1000);
    auto again = run();
    QVERIFY(again.ok());
    QCOMPARE(again.value().opened, 0);
    QCOMPARE(again.value().updated, 0);
    QCOMPARE(again.value().autoResolved, 0);
    QCOMPARE(field(QStringLiteral("updated_at"), overdueId()).toString(),
             QStringLiteral("2026-03-31T06:00:00Z"));
}

void TestExceptionRunner::refreshesDataButKeepsStateAndOwner()
{
    QVERIFY(run().ok());
    const qint64 id = overdueId();
    ExceptionLifecycle lifecycle(m_cache->db(), m_clock);
    QVERIFY(lifecycle.assign(id, QStringLiteral("dana"), QStringLiteral("lee")).ok());
    QVERIFY(
        lifecycle.acknowledge(id, QStringLiteral("customer promised payment"), QStringLiteral("dana")).ok());
    QVERIFY(m_cache->exec(QStringLiteral("UPDATE invoice SET amount_residual_minor = 400 WHERE id = ?"),
                          { m_invoice }));
    auto again = run();
    QVERIFY(again.ok());
    QCOMPARE(again.value().updated, 1);
    QCOMPARE(field(QStringLiteral("amount_minor"), id).toLongLong(), 400);
    QCOMPARE(field(QStringLiteral("state"), id).toString(), QStringLiteral("acknowledged"));
    QCOMPARE(field(QStringLiteral("owner"), id).toString(), QStringLiteral("dana"));
    QCOMPARE(field(QStringLiteral("reason"), id).toString(), QStringLiteral("customer promised payment"));
}

void TestExceptionRunner::resolvesClearedCasesKeepingTheOwner()
{
    QVERIFY(run().ok());
    const qint64 id = overdueId();
    QVERIFY(ExceptionLifecycle(m_cache->db(), m_clock)
                .assign(id, QStringLiteral("dana"), QStringLiteral("lee"))
                .ok());
    QVERIFY(m_cache->exec(QStringLiteral("UPDATE invoice SET amount_residual_minor = 0 WHERE id = ?"),
                          { m_invoice }));
    m_clock->advance(3600 * 1000);
    auto again = run();
    QVERIFY(again.ok());
    QCOMPARE(again.value().autoResolved, 1);
    QCOMPARE(field(QStringLiteral("state"), id).toString(), QStringLiteral("resolved"));
    QCOMPARE(field(QStringLiteral("reason"), id).toString(), QStringLiteral("condition cleared"));
    QCOMPARE(field(QStringLiteral("owner"), id).toString(), QStringLiteral("dana"));
    QCOMPARE(field(QStringLiteral("updated_at"), id).toString(), QStringLiteral("2026-03-31T07:00:00Z"));
    QSqlQuery audit(m_cache->db().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT actor, before_state, after_state, at FROM audit_log "
                                      "WHERE action = 'exception.auto_resolve' AND subject_id = '%1'")
                           .arg(id)));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("crosswalk"));
    QCOMPARE(json(audit.value(1)).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(json(audit.value(2)).value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
    QCOMPARE(json(audit.value(2)).value(QStringLiteral("owner")).toString(), QStringLiteral("dana"));
    QCOMPARE(audit.value(3).toString(), QStringLiteral("2026-03-31T07:00:00Z"));
    QVERIFY(!audit.next());
    auto third = run();
    QVERIFY(third.ok());
    QCOMPARE(third.value().autoResolved, 0);
}

void TestExceptionRunner::reopensCasesItResolvedWhenTheyHoldAgain()
{
    QVERIFY(run().ok());
    const qint64 id = overdueId();
    QVERIFY(ExceptionLifecycle(m_cache->db(), m_clock)
                .assign(id, QStringLiteral("dana"), QStringLiteral("lee"))
                .ok());
    QVERIFY(m_cache->exec(QStringLiteral("UPDATE invoice SET amount_residual_minor = 0 WHERE id = ?"),
                          { m_invoice }));
    QVERIFY(run().ok());
    QVERIFY(m_cache->exec(QStringLiteral("UPDATE invoice SET amount_residual_minor = 300 WHERE id = ?"),
                          { m_invoice }));
    auto again = run();
    QVERIFY(again.ok());
    QCOMPARE(again.value().autoReopened, 1);
    QCOMPARE(field(QStringLiteral("state"), id).toString(), QStringLiteral("open"));
    QCOMPARE(field(QStringLiteral("reason"), id).toString(), QString());
    QCOMPARE(field(QStringLiteral("owner"), id).toString(), QStringLiteral("dana"));
    QCOMPARE(field(QStringLiteral("amount_minor"), id).toLongLong(), 300);
    QCOMPARE(
        m_cache
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'exception.auto_reopen'"))
            .toInt(),
        1);
}

void TestExceptionRunner::leavesCasesResolvedByAPersonAlone()
{
    QVERIFY(run().ok());
    const qint64 id = overdueId();
    ExceptionLifecycle lifecycle(m_cache->db(), m_clock);
    QVERIFY(lifecycle.resolve(id, QStringLiteral("written off"), QStringLiteral("dana")).ok());
    auto again = run();
    QVERIFY(again.ok());
    QCOMPARE(again.value().autoReopened, 0);
    QCOMPARE(field(QStringLiteral("state"), id).toString(), QStringLiteral("resolved"));
    QCOMPARE(field(QStringLiteral("reason"), id).toString(), QStringLiteral("written off"));
    QVERIFY(m_cache->exec(QStringLiteral("UPDATE invoice SET amount_residual_minor = 0 WHERE id = ?"),
                          { m_invoice }));
    auto cleared = run();
    QVERIFY(cleared.ok());
    QCOMPARE(cleared.value().autoResolved, 0);
    QCOMPARE(field(QStringLiteral("reason"), id).toString(), QStringLiteral("written off"));
}

void TestExceptionRunner::touchesOnlyTheRulesItRuns()
{
    QVERIFY(run().ok());
    QVERIFY(m_cache->exec(QStringLiteral("UPDATE invoice SET amount_residual_minor = 0 WHERE id = ?"),
                          { m_invoice }));
    auto partial = run({ ExceptionRuleSet::find(QStringLiteral("payment_unmatched")) });
    QVERIFY(partial.ok());
    QCOMPARE(partial.value().autoResolved, 0);
    QCOMPARE(field(QStringLiteral("state"), overdueId()).toString(), QStringLiteral("open"));
}

void TestExceptionRunner::failedEvaluationWritesNothing()
{
    QVERIFY(m_cache->exec(QStringLiteral("DROP INDEX timesheet_unbilled")));
    auto failed = run();
    QVERIFY(!failed.ok());
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM revenue_exception")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestExceptionRunner)
#include "tst_exceptionrunner.moc"
