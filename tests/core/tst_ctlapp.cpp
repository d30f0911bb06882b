#include "ctlprocess.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Run = cw::test::CtlProcess::Run;

/// crosswalkctl as a user runs it: the built binary in a child process (found through
/// CW_BINARY_DIR, which ctest sets), with a temporary cache.
class TestCtlApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsVersion();
    void usageErrors_data();
    void usageErrors();
    void helpNeedsNoCache();
    void infoRefusesMissingCache();
    void demoDataFillsThenRefuses();
    void cacheFromEnvironment();

private:
    Run run(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    cw::test::CtlProcess m_ctl;
    QTemporaryDir m_dir;
};

void TestCtlApp::initTestCase()
{
    QVERIFY2(m_ctl.isValid(), qPrintable(m_ctl.error()));
    QVERIFY(m_dir.isValid());
}

Run TestCtlApp::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcessEnvironment env = environment;
    // Never touch the user's own cache or settings.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return m_ctl.run(arguments, env);
}

void TestCtlApp::printsVersion()
{
    const Run version = run({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("crosswalkctl ")));
    const Run help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("demo-data")));
    QVERIFY(help.out.contains(QLatin1String("info")));
}

void TestCtlApp::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
    QTest::newRow("unknown global option")
        << QStringList { QStringLiteral("--bogus"), QStringLiteral("info") };
    QTest::newRow("customers not a number")
        << QStringList { QStringLiteral("demo-data"), QStringLiteral("--customers"), QStringLiteral("many") };
    QTest::newRow("customers zero") << QStringList { QStringLiteral("demo-data"),
                                                     QStringLiteral("--customers"), QStringLiteral("0") };
    QTest::newRow("seed negative") << QStringList { QStringLiteral("demo-data"), QStringLiteral("--seed"),
                                                    QStringLiteral("-1") };
    QTest::newRow("bad date") << QStringList { QStringLiteral("demo-data"), QStringLiteral("--as-of"),
                                               QStringLiteral("2025-02-30") };
    QTest::newRow("stray word") << QStringList { QStringLiteral("info"), QStringLiteral("now") };
}

void TestCtlApp::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QString cache = m_dir.filePath(QStringLiteral("usage.sqlite"));
    const Run result = run(QStringList { QStringLiteral("--cache"), cache } + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.out.isEmpty());
}

void TestCtlApp::helpNeedsNoCache()
{
    const QString cache = m_dir.filePath(QStringLiteral("help.sqlite"));
    for (const char *command :
         { "demo-data", "info", "kpi", "match", "dedupe", "sandbox", "sync", "failed", "import" }) {
        const Run help =
            run({ QStringLiteral("--cache"), cache, QLatin1String(command), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--help")));
        // A usage line that can be copied: the program's name and the command, not a build path.
        const QString usage = help.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(usage.contains(
                     QStringLiteral("crosswalkctl [--cache PATH] %1 [options]").arg(QLatin1String(command))),
                 qPrintable(usage));
        QVERIFY2(!usage.contains(QLatin1Char('/')), qPrintable(usage));
    }
    QVERIFY(run({ QStringLiteral("help"), QStringLiteral("demo-data") })
                .out.contains(QLatin1String("--customers")));
    QVERIFY(!QFileInfo::exists(cache));
}

void TestCtlApp::infoRefusesMissingCache()
{
    const QString cache = m_dir.filePath(QStringLiteral("missing.sqlite"));
    const Run info = run({ QStringLiteral("--cache"), cache, QStringLiteral("info") });
    QCOMPARE(info.exitCode, 1);
    QVERIFY(info.err.contains(cache));
    QVERIFY(!QFileInfo::exists(cache));
}

void TestCtlApp::demoDataFillsThenRefuses()
{
    const QString cache = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QStringList fill { QStringLiteral("--cache"),   cache,
                             QStringLiteral("demo-data"), QStringLiteral("--customers"),
                             QStringLiteral("40"),        QStringLiteral("--seed"),
                             QStringLiteral("9"),         QStringLiteral("--as-of"),
                             QStringLiteral("2025-05-20") };
    const Run filled = run(fill);
    QCOMPARE(filled.exitCode, 0);
    QVERIFY(filled.out.contains(QLatin1String("timesheet_line")));
    QVERIFY(filled.out.contains(QLatin1String("rows/s")));
    QVERIFY(filled.err.contains(QLatin1String("100 %")));

    const Run again = run(fill);
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(cache));

    const Run info = run({ QStringLiteral("--cache"), cache, QStringLiteral("info") });
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(cache));
    const QString customers =
        filled.out.section(QStringLiteral("customer"), 1, 1).section(QLatin1Char('\n'), 0, 0).trimmed();
    QVERIFY(!customers.isEmpty());
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("\\n\\s+customer\\s+%1\\n").arg(customers))),
             qPrintable(info.out));
}

void TestCtlApp::cacheFromEnvironment()
{
    const QString cache = m_dir.filePath(QStringLiteral("env.sqlite"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CROSSWALK_CACHE"), cache);
    const Run filled =
        run({ QStringLiteral("demo-data"), QStringLiteral("--customers"), QStringLiteral("5") }, environment);
    QCOMPARE(filled.exitCode, 0);
    QVERIFY(QFileInfo::exists(cache));
    const Run info = run({ QStringLiteral("info") }, environment);
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(cache));
}

QTEST_GUILESS_MAIN(TestCtlApp)
#include "tst_ctlapp.moc"
