// `crosswalkctl --cache C --profile P sync` as a user runs it: the built binary in a child process
// (found through CW_BINARY_DIR, which ctest sets) against the Odoo simulator of this process,
// seeded from the same demo data as the cache.
#include "sandbox/demodatagenerator.h"
#include "sandbox/democachewriter.h"
#include "sandbox/odoo/odooseeder.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sync/connectionprofile.h"
#include "tempcache.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace cw;

class TestSyncCommand : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<test::TempCache> m_cache;
    std::unique_ptr<OdooSimulator> m_simulator;
    QString m_profile;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run ctl(const QStringList &arguments, const QString &secret)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(ConnectionProfile::kDefaultSecretEnv);
        // No session bus: the keychain fallback fails fast instead of prompting.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        if (!secret.isEmpty())
            env.insert(ConnectionProfile::kDefaultSecretEnv, secret);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_binary, arguments);
        // The simulator answers from this thread's event loop while the child runs.
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    QStringList sync(const QStringList &flows) const
    {
        QStringList arguments { QStringLiteral("--cache"), m_cache->path(), QStringLiteral("--profile"), m_profile,
                                QStringLiteral("sync") };
        for (const QString &flow : flows)
            arguments << QStringLiteral("--flow") << flow;
        return arguments;
    }

private slots:
    void initTestCase()
    {
        const QString binaryDir = qEnvironmentVariable("CW_BINARY_DIR");
        QVERIFY2(!binaryDir.isEmpty(), "CW_BINARY_DIR is not set; run the test through ctest");
        m_binary = binaryDir + QStringLiteral("/app/ctl/crosswalkctl");
        QVERIFY(QFile::exists(m_binary));
    }

    void init()
    {
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY(m_cache->database());
        DemoDataOptions demo;
        demo.customers = 20;
        demo.seed = 5;
        const DemoDataset dataset = DemoDataGenerator::generate(demo);
        QVERIFY(DemoCacheWriter(m_cache->db(), dataset).write().ok());
        m_simulator = std::make_unique<OdooSimulator>(OdooSimulatorOptions {});
        OdooSeeder(m_simulator->orm(), QDateTime::currentDateTimeUtc()).seedDemo(dataset);
        QVERIFY(m_simulator->listen().ok());
        ConnectionProfile profile;
        profile.odoo.url = m_simulator->url();
        profile.odoo.database = m_simulator->options().database;
        profile.odoo.login = m_simulator->options().login;
        m_profile = m_cache->folder() + QStringLiteral("/profile.json");
        QVERIFY(profile.save(m_profile).ok());
        QVERIFY(!QString::fromUtf8([this] {
                     QFile file(m_profile);
                     return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                 }())
                     .contains(m_simulator->apiKey()));
    }

    void pushesAndSaysWhatIsLeft()
    {
        Run run = ctl(sync({ QStringLiteral("timesheets") }), m_simulator->apiKey());
        // The demo data has customers without an Odoo partner: their invoices wait for a person.
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("timesheets: partial")), qPrintable(run.out + run.err));
        const qint64 done = m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'done' AND "
                                                           "remote_id <> ''"))
                                .toLongLong();
        QVERIFY(done > 0);
        run = ctl(sync({ QStringLiteral("customers,timesheets,invoices"), QStringLiteral("payments") }),
                  m_simulator->apiKey());
        QCOMPARE(run.code, 0);
        // The unmapped customers of the demo data are in no canonical customer: nothing to create in Odoo.
        QVERIFY2(run.out.contains(QStringLiteral("customers: succeeded")), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("invoices: succeeded")), qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("payments: succeeded")));
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'done' AND remote_id <> ''"))
                     .toLongLong(),
                 done);
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow = 'timesheets'")).toLongLong(), 2);
    }

    void refusesWhatItCannotUse_data()
    {
        QTest::addColumn<QString>("profileText");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QString>("said");
        QTest::newRow("secret in the profile")
            << R"({"format": "crosswalk-profile/1", "odoo": {"url": "http://127.0.0.1:1", "database": "d", "login": "l", "password": "x"}})"
            << "key" << "timesheets" << "holds a secret";
        QTest::newRow("not a profile") << R"({"odoo": {}})" << "key" << "timesheets" << "not a Crosswalk connection profile";
        QTest::newRow("unknown flow") << QString() << "key" << "invoicing" << "Unknown flow";
        QTest::newRow("no secret anywhere") << QString() << QString() << "timesheets" << "CROSSWALK_ODOO_SECRET";
    }

    void refusesWhatItCannotUse()
    {
        QFETCH(QString, profileText);
        QFETCH(QString, secret);
        QFETCH(QString, flow);
        QFETCH(QString, said);
        if (!profileText.isEmpty()) {
            QFile file(m_profile);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(profileText.toUtf8());
        }
        const Run run = ctl(sync({ flow }), secret);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow = 'timesheets'")).toLongLong(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
