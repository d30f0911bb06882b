// The secrets of a headless sync: the environment first, then the keychain entries the desktop
// keeps for the cache's systems (a private GNOME Keyring on a private D-Bus session), never the
// profile; and `crosswalkctl sync` pulling the CRM and staffing simulators with secrets that are
// only in the keychain.
#include "cache/systemrepository.h"
#include "credentials/keychaincredentialstore.h"
#include "credentialwaiter.h"
#include "privatekeyring.h"
#include "sandbox/bullhorn/bullhornsimulator.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/hubspot/hubspotsimulator.h"
#include "sync/connectionprofile.h"
#include "sync/headlesssecrets.h"
#include "tempcache.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cw;

namespace {

const QString kOdooEnv = QStringLiteral("CW_TEST_ODOO_SECRET");
const QString kCrmEnv = QStringLiteral("CW_TEST_CRM_TOKEN");
const QString kClientSecretEnv = QStringLiteral("CW_TEST_STAFFING_CLIENT_SECRET");
const QString kPasswordEnv = QStringLiteral("CW_TEST_STAFFING_PASSWORD");

} // namespace

class TestHeadlessSecrets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PrivateKeyring> m_keyring;
    std::unique_ptr<test::TempCache> m_cache;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    qint64 m_odoo = 0;
    qint64 m_crm = 0;
    qint64 m_staffing = 0;

    ConnectionProfile profile() const
    {
        ConnectionProfile p;
        p.odoo.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
        p.odoo.database = QStringLiteral("d");
        p.odoo.login = QStringLiteral("l");
        p.odooSecretEnv = kOdooEnv;
        p.crm = ConnectionProfile::crmSystem(QStringLiteral("http://127.0.0.1:9"));
        p.crmTokenEnv = kCrmEnv;
        p.staffing =
            ConnectionProfile::staffingSystem(QStringLiteral("http://127.0.0.1:9/oauth"),
                                              QStringLiteral("http://127.0.0.1:9/rest-services/login"),
                                              QStringLiteral("client"), QStringLiteral("api.user"));
        p.staffingClientSecretEnv = kClientSecretEnv;
        p.staffingPasswordEnv = kPasswordEnv;
        return p;
    }

    Result<SyncEngineOptions> fill(const ConnectionProfile &p)
    {
        SyncEngineOptions options;
        options.odoo = p.odoo;
        options.odooSystemId = m_odoo;
        p.applyPullSystems(&options);
        HeadlessSecrets secrets(m_cache->db(), m_keychain.get());
        std::optional<Result<SyncEngineOptions>> filled;
        secrets.fill(p, options, [&](const Result<SyncEngineOptions> &result) { filled = result; });
        if (!QTest::qWaitFor([&] { return filled.has_value(); }, 30000))
            return Error(Error::Category::Timeout, QStringLiteral("no answer"));
        return *filled;
    }

    void store(qint64 system, const QString &account, const QString &secret)
    {
        test::CredentialWaiter waiter(*m_keychain);
        QVERIFY(waiter.write(CredentialStore::keyFor(system, account), secret).ok());
    }

    static void clearEnvironment()
    {
        for (const QString &name : { kOdooEnv, kCrmEnv, kClientSecretEnv, kPasswordEnv })
            qunsetenv(name.toLatin1().constData());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_keyring = std::make_unique<test::PrivateKeyring>();
        QVERIFY2(m_keyring->start(), qPrintable(m_keyring->error()));
        m_keychain = std::make_unique<KeychainCredentialStore>();
    }

    void init()
    {
        clearEnvironment();
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
        // The desktop's connections, with the settings the profile names.
        const ConnectionProfile p = profile();
        SystemConfig odoo;
        odoo.name = QStringLiteral("Odoo");
        odoo.url = p.odoo.url.toString();
        odoo.databaseName = p.odoo.database;
        odoo.login = p.odoo.login;
        SystemRepository systems(m_cache->db());
        m_odoo = systems.insert(odoo).valueOr(0);
        m_crm = systems.insert(*p.crm).valueOr(0);
        m_staffing = systems.insert(*p.staffing).valueOr(0);
        QVERIFY(m_odoo > 0 && m_crm > 0 && m_staffing > 0);
    }

    void cleanupTestCase()
    {
        m_keychain.reset();
        clearEnvironment();
    }

    void environmentComesFirst()
    {
        store(m_crm, SystemConfig::kTokenAccount, QStringLiteral("token-in-keychain"));
        qputenv(kOdooEnv.toLatin1().constData(), "odoo-from-env");
        qputenv(kCrmEnv.toLatin1().constData(), "token-from-env");
        qputenv(kClientSecretEnv.toLatin1().constData(), "client-secret-from-env");
        qputenv(kPasswordEnv.toLatin1().constData(), "password-from-env");
        const Result<SyncEngineOptions> filled = fill(profile());
        QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().toString()));
        QCOMPARE(filled.value().odoo.secret, QStringLiteral("odoo-from-env"));
        QCOMPARE(filled.value().crmToken, QStringLiteral("token-from-env"));
        QCOMPARE(filled.value().staffingClientSecret, QStringLiteral("client-secret-from-env"));
        QCOMPARE(filled.value().staffingPassword, QStringLiteral("password-from-env"));
    }

    void keychainOfTheCacheSystemsWhenTheEnvironmentLacksThem()
    {
        store(m_odoo, SystemConfig::kPasswordAccount, QStringLiteral("odoo-in-keychain"));
        store(m_crm, SystemConfig::kTokenAccount, QStringLiteral("token-in-keychain"));
        store(m_staffing, SystemConfig::kClientSecretAccount, QStringLiteral("client-secret-in-keychain"));
        store(m_staffing, SystemConfig::kPasswordAccount, QStringLiteral("password-in-keychain"));
        // An empty variable counts as unset.
        qputenv(kCrmEnv.toLatin1().constData(), "");
        qputenv(kPasswordEnv.toLatin1().constData(), "password-from-env");
        const Result<SyncEngineOptions> filled = fill(profile());
        QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().toString()));
        QCOMPARE(filled.value().odoo.secret, QStringLiteral("odoo-in-keychain"));
        QCOMPARE(filled.value().crmToken, QStringLiteral("token-in-keychain"));
        QCOMPARE(filled.value().staffingClientSecret, QStringLiteral("client-secret-in-keychain"));
        QCOMPARE(filled.value().staffingPassword, QStringLiteral("password-from-env"));
    }

    void missingEverywhereNamesBothPlaces()
    {
        test::CredentialWaiter waiter(*m_keychain);
        QVERIFY(waiter.remove(CredentialStore::keyFor(m_crm, SystemConfig::kTokenAccount)).ok());
        qputenv(kOdooEnv.toLatin1().constData(), "odoo-from-env");
        ConnectionProfile p = profile();
        p.staffing.reset();
        const Result<SyncEngineOptions> filled = fill(p);
        QVERIFY(!filled);
        QCOMPARE(filled.error().category(), Error::Category::Config);
        const QString message = filled.error().userMessage();
        const QString expected =
            QStringLiteral("The CRM token is neither in the environment variable %1 nor in the keychain. ")
                .arg(kCrmEnv);
        QVERIFY2(message.startsWith(expected), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("Odoo")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("staffing")), qPrintable(message));
    }

    void keychainIsNotSentToAnotherConnection()
    {
        store(m_odoo, SystemConfig::kPasswordAccount, QStringLiteral("odoo-in-keychain"));
        store(m_crm, SystemConfig::kTokenAccount, QStringLiteral("token-in-keychain"));
        store(m_staffing, SystemConfig::kClientSecretAccount, QStringLiteral("client-secret-in-keychain"));
        store(m_staffing, SystemConfig::kPasswordAccount, QStringLiteral("password-in-keychain"));
        // A shared profile that names other hosts, or another user of the same staffing host.
        ConnectionProfile p = profile();
        p.odoo.url = QUrl(QStringLiteral("http://odoo.example.net"));
        p.crm = ConnectionProfile::crmSystem(QStringLiteral("https://crm.example.net"));
        p.staffing->login = QStringLiteral("someone.else");
        const Result<SyncEngineOptions> refused = fill(p);
        QVERIFY(!refused);
        QCOMPARE(refused.error().category(), Error::Category::Config);
        const QString message = refused.error().userMessage();
        for (const QString &what :
             { QStringLiteral("The Odoo secret"), QStringLiteral("The CRM token"),
               QStringLiteral("The staffing client secret"), QStringLiteral("The staffing password") })
            QVERIFY2(message.contains(what + QStringLiteral(" is neither in the environment variable")),
                     qPrintable(message));
        QCOMPARE(message.count(QStringLiteral("differ from the profile's, so it is not sent there")), 4);

        // The same staffing host with another client id is another connection too.
        p = profile();
        p.staffing->options.insert(SystemConfig::kClientIdOption, QStringLiteral("other-client"));
        const Result<SyncEngineOptions> otherClient = fill(p);
        QVERIFY(!otherClient);
        const QString staffingOnly = otherClient.error().userMessage();
        QVERIFY2(staffingOnly.startsWith(QStringLiteral("The staffing client secret is neither")),
                 qPrintable(staffingOnly));
        QVERIFY2(!staffingOnly.contains(QLatin1String("Odoo")), qPrintable(staffingOnly));

        // A trailing slash is the same address.
        p = profile();
        p.crm = ConnectionProfile::crmSystem(QStringLiteral("http://127.0.0.1:9/"));
        const Result<SyncEngineOptions> same = fill(p);
        QVERIFY2(same, qPrintable(same ? QString() : same.error().toString()));
        QCOMPARE(same.value().crmToken, QStringLiteral("token-in-keychain"));
    }

    void withoutPullOnlyTheOdooSecretIsNeeded()
    {
        qputenv(kOdooEnv.toLatin1().constData(), "odoo-from-env");
        ConnectionProfile p = profile();
        SyncEngineOptions options;
        options.odooSystemId = m_odoo;
        HeadlessSecrets secrets(m_cache->db(), m_keychain.get());
        std::optional<Result<SyncEngineOptions>> filled;
        secrets.fill(p, options, [&](const Result<SyncEngineOptions> &result) { filled = result; });
        QVERIFY(!filled);
        QTRY_VERIFY(filled.has_value());
        QVERIFY(filled->ok());
        QCOMPARE(filled->value().odoo.secret, QStringLiteral("odoo-from-env"));
        QVERIFY(filled->value().crmToken.isEmpty());
    }

    void ctlPullsWithSecretsFromTheKeychainOnly()
    {
        const QString binaryDir = qEnvironmentVariable("CW_BINARY_DIR");
        QVERIFY2(!binaryDir.isEmpty(), "CW_BINARY_DIR is not set; run the test through ctest");
        DemoDataOptions demo;
        demo.customers = 10;
        demo.seed = 3;
        const DemoDataset data = DemoDataGenerator::generate(demo);
        HubSpotSimulator crm(data, {});
        BullhornSimulator::Options staffingOptions;
        staffingOptions.callsPerMinute = 0;
        BullhornSimulator staffing(data, staffingOptions);
        QVERIFY(crm.listen() && staffing.listen());
        // The desktop's connections: the systems in the cache, their secrets in the keychain.
        m_cache = std::make_unique<test::TempCache>();
        SystemRepository systems(m_cache->db());
        ConnectionProfile p = profile();
        p.crm = ConnectionProfile::crmSystem(crm.baseUrl().toString());
        p.staffing =
            ConnectionProfile::staffingSystem(staffing.authUrl().toString(), staffing.loginUrl().toString(),
                                              staffingOptions.clientId, staffingOptions.username);
        const Result<qint64> crmId = systems.insert(*p.crm);
        const Result<qint64> staffingId = systems.insert(*p.staffing);
        QVERIFY(crmId && staffingId);
        store(crmId.value(), SystemConfig::kTokenAccount, crm.token());
        store(staffingId.value(), SystemConfig::kClientSecretAccount, staffingOptions.clientSecret);
        store(staffingId.value(), SystemConfig::kPasswordAccount, staffingOptions.password);
        const QString profilePath = m_cache->folder() + QStringLiteral("/profile.json");
        QVERIFY(p.save(profilePath).ok());
        QFile saved(profilePath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains(crm.token().toUtf8()));

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kOdooEnv, QStringLiteral("not-used-by-a-pull"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(binaryDir + QStringLiteral("/app/ctl/crosswalkctl"),
                      { QStringLiteral("--cache"), m_cache->path(), QStringLiteral("--profile"), profilePath,
                        QStringLiteral("sync"), QStringLiteral("--flow"), QStringLiteral("pull") });
        // The simulators answer from this thread's event loop while the child runs.
        QVERIFY(finished.wait(120000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("pull: succeeded")), qPrintable(out));
        QVERIFY(m_cache
                    ->scalar(QStringLiteral("SELECT COUNT(*) FROM customer WHERE system_id = ?"),
                             { crmId.value() })
                    .toLongLong()
                > 0);
        QVERIFY(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM placement")).toLongLong() > 0);
    }
};

QTEST_GUILESS_MAIN(TestHeadlessSecrets)
#include "tst_headlesssecrets.moc"
