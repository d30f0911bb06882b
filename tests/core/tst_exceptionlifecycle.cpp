#include "kpi/exceptionlifecycle.h"
#include "kpicachebuilder.h"
#include "tempcache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace cw;
using B = cw::test::KpiCacheBuilder;
using cw::test::TempCache;

class TestExceptionLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void acknowledgeNeedsAReason_data();
    void acknowledgeNeedsAReason();
    void walksTheWholeLifecycleWithAudit();
    void rejectsTransitionsTheStateDoesNotAllow_data();
    void rejectsTransitionsTheStateDoesNotAllow();
    void unknownIdIsNotFound();

private:
    struct Audit
    {
        QString actor;
        QString action;
        QJsonObject before;
        QJsonObject after;
    };
    QList<Audit> audit() const;

    std::unique_ptr<TempCache> m_cache;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<ExceptionLifecycle> m_lifecycle;
    qint64 m_id = 0;
};

void TestExceptionLifecycle::init()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    B b(*m_cache);
    m_id = b.add(B::Exception {});
    m_clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 31), QTime(9, 0), Qt::UTC));
    m_lifecycle = std::make_unique<ExceptionLifecycle>(m_cache->db(), m_clock);
}

void TestExceptionLifecycle::cleanup()
{
    m_lifecycle.reset();
    m_cache.reset();
}

QList<TestExceptionLifecycle::Audit> TestExceptionLifecycle::audit() const
{
    QList<Audit> rows;
    QSqlQuery query(m_cache->db().connection());
    query.prepare(QStringLiteral("SELECT actor, action, before_state, after_state FROM audit_log "
                                 "WHERE subject_type = 'revenue_exception' AND subject_id = ? ORDER BY id"));
    query.addBindValue(QString::number(m_id));
    if (!query.exec())
        return rows;
    while (query.next()) {
        rows.append({ query.value(0).toString(), query.value(1).toString(),
                      QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(),
                      QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object() });
    }
    return rows;
}

void TestExceptionLifecycle::acknowledgeNeedsAReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("  \t ") << false;
    QTest::newRow("given") << QStringLiteral("waiting for the PO") << true;
}

void TestExceptionLifecycle::acknowledgeNeedsAReason()
{
    QFETCH(QString, reason);
    QFETCH(bool, accepted);
    auto done = m_lifecycle->acknowledge(m_id, reason, QStringLiteral("dana"));
    QCOMPARE(done.ok(), accepted);
    if (!accepted) {
        QCOMPARE(done.error().category(), Error::Category::Validation);
        QVERIFY(audit().isEmpty());
        QCOMPARE(m_lifecycle->state(m_id).value().state, QStringLiteral("open"));
    }
}

void TestExceptionLifecycle::walksTheWholeLifecycleWithAudit()
{
    QVERIFY(m_lifecycle->assign(m_id, QStringLiteral("dana"), QStringLiteral("lee")).ok());
    QVERIFY(
        m_lifecycle->acknowledge(m_id, QStringLiteral(" waiting for the PO "), QStringLiteral("dana")).ok());
    auto state = m_lifecycle->state(m_id);
    QCOMPARE(state.value().state, QStringLiteral("acknowledged"));
    QCOMPARE(state.value().reason, QStringLiteral("waiting for the PO"));
    QCOMPARE(state.value().owner, QStringLiteral("dana"));
    m_clock->advance(60 * 1000);
    QVERIFY(m_lifecycle->resolve(m_id, QStringLiteral("credit note issued"), QStringLiteral("dana")).ok());
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT updated_at FROM revenue_exception WHERE id = ?"), { m_id })
            .toString(),
        QStringLiteral("2026-03-31T09:01:00Z"));
    QVERIFY(m_lifecycle->reopen(m_id, QStringLiteral("lee")).ok());
    state = m_lifecycle->state(m_id);
    QCOMPARE(state.value().state, QStringLiteral("open"));
    QCOMPARE(state.value().owner, QStringLiteral("dana"));
    QVERIFY(state.value().reason.isEmpty());
    QVERIFY(m_lifecycle->assign(m_id, QString(), QStringLiteral("lee")).ok());
    QVERIFY(m_lifecycle->state(m_id).value().owner.isEmpty());

    const QList<Audit> rows = audit();
    QCOMPARE(rows.size(), 5);
    const QStringList actions { QStringLiteral("exception.assign"), QStringLiteral("exception.acknowledge"),
                                QStringLiteral("exception.resolve"), QStringLiteral("exception.reopen"),
                                QStringLiteral("exception.assign") };
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i].action, actions[i]);
    QCOMPARE(rows[0].actor, QStringLiteral("lee"));
    QCOMPARE(rows[0].before.value(QStringLiteral("owner")).toString(), QString());
    QCOMPARE(rows[0].after.value(QStringLiteral("owner")).toString(), QStringLiteral("dana"));
    QCOMPARE(rows[2].before.value(QStringLiteral("state")).toString(), QStringLiteral("acknowledged"));
    QCOMPARE(rows[2].after.value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
    QCOMPARE(rows[2].after.value(QStringLiteral("reason")).toString(), QStringLiteral("credit note issued"));
    QCOMPARE(rows[3].after.value(QStringLiteral("owner")).toString(), QStringLiteral("dana"));
}

void TestExceptionLifecycle::rejectsTransitionsTheStateDoesNotAllow_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("action");
    QTest::newRow("reopen an open case") << "open"
                                         << "reopen";
    QTest::newRow("resolve a resolved case") << "resolved"
                                             << "resolve";
    QTest::newRow("acknowledge a resolved case") << "resolved"
                                                 << "acknowledge";
    QTest::newRow("assign a resolved case") << "resolved"
                                            << "assign";
}

void TestExceptionLifecycle::rejectsTransitionsTheStateDoesNotAllow()
{
    QFETCH(QString, from);
    QFETCH(QString, action);
    QVERIFY(
        m_cache->exec(QStringLiteral("UPDATE revenue_exception SET state = ? WHERE id = ?"), { from, m_id }));
    const QString actor = QStringLiteral("dana");
    Result<void> done;
    if (action == QLatin1String("reopen"))
        done = m_lifecycle->reopen(m_id, actor);
    else if (action == QLatin1String("resolve"))
        done = m_lifecycle->resolve(m_id, QStringLiteral("again"), actor);
    else if (action == QLatin1String("acknowledge"))
        done = m_lifecycle->acknowledge(m_id, QStringLiteral("why"), actor);
    else
        done = m_lifecycle->assign(m_id, actor, actor);
    QVERIFY(!done.ok());
    QCOMPARE(done.error().category(), Error::Category::Conflict);
    QVERIFY(!done.error().userMessage().isEmpty());
    QCOMPARE(m_lifecycle->state(m_id).value().state, from);
    QVERIFY(audit().isEmpty());
}

void TestExceptionLifecycle::unknownIdIsNotFound()
{
    auto done = m_lifecycle->resolve(m_id + 100, QStringLiteral("gone"), QStringLiteral("dana"));
    QVERIFY(!done.ok());
    QCOMPARE(done.error().category(), Error::Category::NotFound);
}

QTEST_GUILESS_MAIN(TestExceptionLifecycle)
#include "tst_exceptionlifecycle.moc"
