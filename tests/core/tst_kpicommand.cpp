#include "ctlprocess.h"
#include "kpicachebuilder.h"
#include "tempcache.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using B = cw::test::KpiCacheBuilder;
using cw::test::TempCache;
using Run = cw::test::CtlProcess::Run;

/// `crosswalkctl --cache C kpi` as a user runs it: the built binary in a child process (found
/// through CW_BINARY_DIR, which ctest sets) on a small hand-built cache.
class TestKpiCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsTheFiguresAsJson();
    void printsATextReport();
    void appliesFilters();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
    void showsHelpWithoutACache();

private:
    Run run(const QStringList &arguments);
    QJsonObject tile(const QJsonObject &json, const QString &key) const;
    cw::test::CtlProcess m_ctl;
    std::unique_ptr<TempCache> m_cache;
};

void TestKpiCommand::initTestCase()
{
    QVERIFY2(m_ctl.isValid(), qPrintable(m_ctl.error()));
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    B b(*m_cache);
    const qint64 acme = b.add(B::Customer { .name = QStringLiteral("Acme") });
    const qint64 globex =
        b.add(B::Customer { .name = QStringLiteral("Globex"), .currency = QStringLiteral("USD") });
    const qint64 p1 = b.add(B::Placement { .customer = acme, .costCenter = QStringLiteral("North") });
    const qint64 p2 = b.add(B::Placement { .customer = globex, .currency = QStringLiteral("USD") });
    b.add(B::Line { .placement = p1, .date = QStringLiteral("2026-03-30") });
    b.add(B::Line { .placement = p1, .date = QStringLiteral("2026-01-15"), .minutes = 240 });
    b.add(B::Line { .placement = p2, .date = QStringLiteral("2026-03-20"), .minutes = 60 });
    b.currencyRate(QStringLiteral("USD"), QStringLiteral("2026-01-01"), QStringLiteral("EUR"), 900000);
    b.add(B::FailedPush { .firstSeen = QStringLiteral("2026-03-29T10:00:00Z") });
}

Run TestKpiCommand::run(const QStringList &arguments)
{
    return m_ctl.run(arguments);
}

QJsonObject TestKpiCommand::tile(const QJsonObject &json, const QString &key) const
{
    for (const QJsonValue &value : json.value(QStringLiteral("tiles")).toArray()) {
        if (value.toObject().value(QStringLiteral("key")).toString() == key)
            return value.toObject();
    }
    return {};
}

void TestKpiCommand::printsTheFiguresAsJson()
{
    const Run r =
        run({ QStringLiteral("--cache"), m_cache->path(), QStringLiteral("kpi"), QStringLiteral("--as-of"),
              QStringLiteral("2026-03-31"), QStringLiteral("--json"), QStringLiteral("--finance") });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("filter")).toObject().value(QStringLiteral("as_of")).toString(),
             QStringLiteral("2026-03-31"));
    QCOMPARE(json.value(QStringLiteral("company_currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(tile(json, QStringLiteral("unbilled_hours")).value(QStringLiteral("value")).toDouble(), 780.0);
    // 480 + 240 minutes at 60.00 EUR, 60 minutes at 60.00 USD converted at 0.90.
    QCOMPARE(tile(json, QStringLiteral("unbilled_value")).value(QStringLiteral("value")).toDouble(),
             72000.0 + 5400.0);
    QCOMPARE(tile(json, QStringLiteral("failed_pushes")).value(QStringLiteral("value")).toDouble(), 1.0);
    QCOMPARE(tile(json, QStringLiteral("oldest_unbilled_age")).value(QStringLiteral("value")).toDouble(),
             75.0);
    const QJsonObject drill =
        tile(json, QStringLiteral("unbilled_hours")).value(QStringLiteral("drill")).toObject();
    QCOMPARE(drill.value(QStringLiteral("entity")).toString(), QStringLiteral("timesheet_line"));
    QVERIFY(!drill.value(QStringLiteral("where")).toString().isEmpty());
    const QJsonObject buckets =
        json.value(QStringLiteral("unbilled")).toObject().value(QStringLiteral("buckets")).toObject();
    QCOMPARE(buckets.value(QStringLiteral("61-90")).toObject().value(QStringLiteral("minutes")).toInt(), 240);
    QCOMPARE(
        json.value(QStringLiteral("finance")).toObject().value(QStringLiteral("approved_minutes")).toInt(),
        540);
}

void TestKpiCommand::printsATextReport()
{
    const Run r = run({ QStringLiteral("--cache"), m_cache->path(), QStringLiteral("kpi"),
                        QStringLiteral("--as-of"), QStringLiteral("2026-03-31") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("2026-03-31")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Unbilled hours")));
    QVERIFY(r.out.contains(QLatin1String("13.00 h")));
    QVERIFY(r.out.contains(QLatin1String("774.00 EUR")));
    QVERIFY(r.out.contains(QLatin1String("Acme")));
    QVERIFY(r.out.contains(QLatin1String("Invoice overdue")));
}

void TestKpiCommand::appliesFilters()
{
    const Run r = run({ QStringLiteral("--cache"), m_cache->path(), QStringLiteral("kpi"),
                        QStringLiteral("--as-of"), QStringLiteral("2026-03-31"), QStringLiteral("--currency"),
                        QStringLiteral("usd"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(tile(json, QStringLiteral("unbilled_value")).value(QStringLiteral("currency")).toString(),
             QStringLiteral("USD"));
    QCOMPARE(tile(json, QStringLiteral("unbilled_value")).value(QStringLiteral("value")).toDouble(), 6000.0);
    const Run north =
        run({ QStringLiteral("--cache"), m_cache->path(), QStringLiteral("kpi"), QStringLiteral("--as-of"),
              QStringLiteral("2026-03-31"), QStringLiteral("--cost-center"), QStringLiteral("North"),
              QStringLiteral("--json") });
    QCOMPARE(north.exitCode, 0);
    QCOMPARE(tile(QJsonDocument::fromJson(north.out.toUtf8()).object(), QStringLiteral("unbilled_hours"))
                 .value(QStringLiteral("value"))
                 .toDouble(),
             720.0);
}

void TestKpiCommand::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("date") << QStringList { QStringLiteral("--as-of"), QStringLiteral("31/03/2026") };
    QTest::newRow("period") << QStringList { QStringLiteral("--period"), QStringLiteral("0") };
    QTest::newRow("customer") << QStringList { QStringLiteral("--customer"), QStringLiteral("acme") };
    QTest::newRow("stray word") << QStringList { QStringLiteral("now") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--fast") };
}

void TestKpiCommand::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    const Run r =
        run(QStringList { QStringLiteral("--cache"), m_cache->path(), QStringLiteral("kpi") } + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void TestKpiCommand::showsHelpWithoutACache()
{
    const Run r = run({ QStringLiteral("--cache"), m_cache->folder() + QStringLiteral("/none.sqlite"),
                        QStringLiteral("kpi"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("--as-of")));
    QVERIFY(!QFileInfo::exists(m_cache->folder() + QStringLiteral("/none.sqlite")));
    const Run missing = run({ QStringLiteral("--cache"), m_cache->folder() + QStringLiteral("/none.sqlite"),
                              QStringLiteral("kpi") });
    QCOMPARE(missing.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestKpiCommand)
#include "tst_kpicommand.moc"
