#include "cache/systemrepository.h"
#include "credentials/keychaincredentialstore.h"
#include "credentialwaiter.h"
#include "privatekeyring.h"
#include "tempcache.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace cw;

namespace {

// Set in the child process that checks the behaviour without a reachable D-Bus session.
const char *const kNoBusChild = "CW_TEST_KEYCHAIN_NO_BUS";

bool isNoBusChild()
{
    return qEnvironmentVariableIsSet(kNoBusChild);
}

bool filesContain(const QString &folder, const QByteArray &needle)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteRemove();
    void readMissingIsNotFound();
    void removeMissingSucceeds();
    void unusualKeysAndSecrets_data();
    void unusualKeysAndSecrets();
    void manyRequestsInFlight();
    void secretNeverReachesCacheOrSettings();
    // Locks the private keyring for good: keep it the last test that uses the keyring.
    void lockedKeychainRefusesWrites();
    void unreachableKeychainIsConfigError();

private:
    std::unique_ptr<test::PrivateKeyring> m_keyring;
};

void TestKeychainCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (isNoBusChild())
        return;
    m_keyring = std::make_unique<test::PrivateKeyring>();
    QVERIFY2(m_keyring->start(), qPrintable(m_keyring->error()));
}

void TestKeychainCredentialStore::writeReadOverwriteRemove()
{
    KeychainCredentialStore store;
    test::CredentialWaiter waiter(store);
    const QString key = CredentialStore::keyFor(1, SystemConfig::kPasswordAccount);

    const auto written = waiter.write(key, QStringLiteral("first-secret"));
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    QCOMPARE(waiter.read(key).valueOr({}), QStringLiteral("first-secret"));
    QVERIFY(waiter.write(key, QStringLiteral("second-secret")).ok());
    QCOMPARE(waiter.read(key).valueOr({}), QStringLiteral("second-secret"));
    QVERIFY(waiter.remove(key).ok());
    const auto gone = waiter.read(key);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().category(), Error::Category::NotFound);
    QCOMPARE(waiter.contractBroken(), QString());
}

void TestKeychainCredentialStore::readMissingIsNotFound()
{
    KeychainCredentialStore store;
    test::CredentialWaiter waiter(store);
    const auto secret = waiter.read(CredentialStore::keyFor(999, SystemConfig::kTokenAccount));
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error().category(), Error::Category::NotFound);
    QCOMPARE(secret.error().code(), KeychainCredentialStore::kNotFound);
    QVERIFY(!secret.error().userMessage().isEmpty());
}

void TestKeychainCredentialStore::removeMissingSucceeds()
{
    KeychainCredentialStore store;
    test::CredentialWaiter waiter(store);
    const auto removed = waiter.remove(CredentialStore::keyFor(998, SystemConfig::kTokenAccount));
    QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().toString()));
}

void TestKeychainCredentialStore::unusualKeysAndSecrets_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("secret");

    QTest::newRow("plain") << QStringLiteral("password") << QStringLiteral("s3cr3t");
    QTest::newRow("umlauts") << QStringLiteral("müller@bücher.de") << QStringLiteral("Grüße-äöüß");
    QTest::newRow("quotes") << QStringLiteral("o'brien \"admin\"") << QStringLiteral("it's \"quoted\" `x`");
    QTest::newRow("emoji") << QStringLiteral("team-🚀") << QStringLiteral("🔑🔒 key with spaces");
    QTest::newRow("cjk and rtl") << QStringLiteral("用户") << QStringLiteral("كلمة-密码");
    QTest::newRow("separators") << QStringLiteral("a/b\\c:d;e") << QStringLiteral("line1\nline2\ttab");
    QTest::newRow("long") << QStringLiteral("long") << QString(4096, QLatin1Char('x'));
}

void TestKeychainCredentialStore::unusualKeysAndSecrets()
{
    QFETCH(QString, account);
    QFETCH(QString, secret);
    KeychainCredentialStore store;
    test::CredentialWaiter waiter(store);
    const QString key = CredentialStore::keyFor(2, account);

    const auto written = waiter.write(key, secret);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    QCOMPARE(waiter.read(key).valueOr({}), secret);
    // A neighbouring key must not answer for this one.
    QCOMPARE(waiter.read(CredentialStore::keyFor(3, account)).ok(), false);
    QVERIFY(waiter.remove(key).ok());
    QCOMPARE(waiter.read(key).ok(), false);
}

void TestKeychainCredentialStore::manyRequestsInFlight()
{
    KeychainCredentialStore store;
    QObject context;
    constexpr int kCount = 20;
    QHash<QString, QString> read;
    int writes = 0;
    for (int i = 0; i < kCount; ++i) {
        const QString key = CredentialStore::keyFor(100 + i, SystemConfig::kPasswordAccount);
        store.writeSecret(key, QStringLiteral("secret-%1").arg(i), &context,
                          [&writes](const Result<void> &done) {
                              if (done)
                                  ++writes;
                          });
        store.readSecret(key, &context, [&read, key](const Result<QString> &secret) {
            read.insert(key, secret.valueOr({}));
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), kCount, 60000);
    QCOMPARE(writes, kCount);
    for (int i = 0; i < kCount; ++i)
        QCOMPARE(read.value(CredentialStore::keyFor(100 + i, SystemConfig::kPasswordAccount)),
                 QStringLiteral("secret-%1").arg(i));

    test::CredentialWaiter waiter(store);
    for (int i = 0; i < kCount; ++i)
        QVERIFY(waiter.remove(CredentialStore::keyFor(100 + i, SystemConfig::kPasswordAccount)).ok());
}

void TestKeychainCredentialStore::secretNeverReachesCacheOrSettings()
{
    const QString secret = QStringLiteral("unmistakable-secret-7f3a9c");
    test::TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    SystemRepository systems(cache.db());
    SystemConfig odoo;
    odoo.name = QStringLiteral("Odoo");
    odoo.url = QStringLiteral("https://odoo.example.com");
    odoo.databaseName = QStringLiteral("prod");
    odoo.login = QStringLiteral("integration");
    const auto id = systems.insert(odoo);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));

    KeychainCredentialStore store;
    test::CredentialWaiter waiter(store);
    const QString key = CredentialStore::keyFor(id.value(), SystemConfig::kPasswordAccount);
    QVERIFY(waiter.write(key, secret).ok());
    QCOMPARE(waiter.read(key).valueOr({}), secret);

    cache.close();
    QVERIFY(!filesContain(cache.folder(), secret.toUtf8()));
    QVERIFY(!filesContain(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                          secret.toUtf8()));
    // GNOME Keyring keeps it encrypted on disk, too.
    QVERIFY(!filesContain(m_keyring->keyringFolder(), secret.toUtf8()));
    QVERIFY(waiter.remove(key).ok());
}

void TestKeychainCredentialStore::lockedKeychainRefusesWrites()
{
    KeychainCredentialStore store;
    test::CredentialWaiter waiter(store);
    const QString key = CredentialStore::keyFor(4, SystemConfig::kPasswordAccount);
    QVERIFY(waiter.write(key, QStringLiteral("before-lock")).ok());
    QVERIFY(m_keyring->lock());

    const auto written = waiter.write(key, QStringLiteral("after-lock"));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().category(), Error::Category::Auth);
    QCOMPARE(written.error().code(), KeychainCredentialStore::kAccessDenied);
    QVERIFY(written.error().userMessage().contains(QStringLiteral("Unlock")));
    // The Secret Service hides locked items, so a read cannot tell "locked" from "missing"; the
    // message names both.
    const auto read = waiter.read(key);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().category(), Error::Category::NotFound);
    QVERIFY(read.error().userMessage().contains(QStringLiteral("locked")));
}

void TestKeychainCredentialStore::unreachableKeychainIsConfigError()
{
    if (isNoBusChild()) {
        KeychainCredentialStore store;
        test::CredentialWaiter waiter(store);
        const QString key = CredentialStore::keyFor(5, SystemConfig::kPasswordAccount);
        const auto written = waiter.write(key, QStringLiteral("never-stored"));
        QVERIFY(!written.ok());
        qInfo() << "write:" << written.error().toString();
        QCOMPARE(written.error().category(), Error::Category::Config);
        QCOMPARE(written.error().code(), KeychainCredentialStore::kUnavailable);
        QVERIFY2(written.error().userMessage().contains(QStringLiteral("Secret Service")),
                 qPrintable(written.error().userMessage()));
        QVERIFY(written.error().userMessage().contains(QStringLiteral("GNOME Keyring")));
        const auto read = waiter.read(key);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().category(), Error::Category::Config);
        const auto removed = waiter.remove(key);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().category(), Error::Category::Config);
        // Insecure fallback is off: nothing was written to a settings file instead.
        QVERIFY(!filesContain(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                              "never-stored"));
        return;
    }

    // D-Bus connections are cached per process, so the check runs in a child process whose
    // session bus address points at a socket that does not exist.
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kNoBusChild), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=%1").arg(dir.filePath(QStringLiteral("no-such-bus"))));
    for (const char *desktop : { "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                                 "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID" })
        env.remove(QString::fromLatin1(desktop));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("unreachableKeychainIsConfigError") });
    QVERIFY(child.waitForFinished(120000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(
                 QStringLiteral("PASS   : TestKeychainCredentialStore::unreachableKeychainIsConfigError()")),
             qPrintable(output));
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
