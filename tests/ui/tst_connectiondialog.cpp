#include "cache/systemrepository.h"
#include "connectors/bullhorn/bullhornconfig.h"
#include "credentials/memorycredentialstore.h"
#include "credentialwaiter.h"
#include "dialogs/connectiondialog.h"
#include "sandbox/bullhorn/bullhornsimulator.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/hubspot/hubspotsimulator.h"
#include "tempcache.h"
#include "uitestwait.h"
#include "widgetlookup.h"
#include "widgets/messagebanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

#include <memory>

using namespace cw;

using test::child;
using test::setText;

/// Test connection of the HubSpot and Bullhorn kinds against their simulators over loopback.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hubSpotReportsAccountAndScopes();
    void hubSpotMissingScopesWarn();
    void hubSpotRefusedToken();
    void bullhornReportsTimeData();
    void bullhornWithoutPayAndBillSaysSo();
    void bullhornRefusedPassword();
    void bullhornLoginAddressChecked();
    void bullhornEditTestsWithStoredSecrets();
    void bullhornSavesTheLoginAddress();

private:
    std::unique_ptr<ConnectionDialog> open(const SystemConfig &system = {});
    MessageBanner *runTest(ConnectionDialog &dialog);
    void chooseKind(ConnectionDialog &dialog, SystemConfig::Kind kind);
    void fillHubSpot(ConnectionDialog &dialog, const QString &token);
    void fillBullhorn(ConnectionDialog &dialog, const BullhornSimulator &simulator, const QString &password);
    void screenshot(ConnectionDialog &dialog, const QString &name);
    /// Nothing was saved: no connection row, no secret.
    void verifyNothingSaved();

    std::unique_ptr<DemoDataset> m_data;
    std::unique_ptr<test::TempCache> m_cache;
    std::unique_ptr<SystemRepository> m_repository;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<HubSpotSimulator> m_hubSpot;
    std::unique_ptr<BullhornSimulator> m_bullhorn;
};

void TestConnectionDialog::initTestCase()
{
    DemoDataOptions options;
    options.customers = 40;
    m_data = std::make_unique<DemoDataset>(DemoDataGenerator::generate(options));
}

void TestConnectionDialog::init()
{
    m_cache = std::make_unique<test::TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_repository = std::make_unique<SystemRepository>(m_cache->db());
    m_store = std::make_unique<MemoryCredentialStore>();
    m_hubSpot = std::make_unique<HubSpotSimulator>(*m_data, HubSpotSimulator::Options {});
    QVERIFY(m_hubSpot->listen());
    BullhornSimulator::Options options;
    options.maxTimeEntries = 600;
    m_bullhorn = std::make_unique<BullhornSimulator>(*m_data, options);
    QVERIFY(m_bullhorn->listen());
}

void TestConnectionDialog::cleanup()
{
    m_bullhorn.reset();
    m_hubSpot.reset();
    m_store.reset();
    m_repository.reset();
    m_cache.reset();
}

std::unique_ptr<ConnectionDialog> TestConnectionDialog::open(const SystemConfig &system)
{
    auto dialog = std::make_unique<ConnectionDialog>(*m_repository, *m_store, system);
    dialog->show();
    return dialog;
}

MessageBanner *TestConnectionDialog::runTest(ConnectionDialog &dialog)
{
    auto *test = child<QPushButton>(&dialog, "testConnectionButton");
    auto *banner = child<MessageBanner>(&dialog, "dialogMessage");
    if (!test || !banner || !test->isEnabled())
        return nullptr;
    test->click();
    // The report arrives asynchronously; the button is usable again when it has.
    if (!QTest::qWaitFor(
            [&] { return test->isEnabled() && !dialog.isTesting() && !banner->text().isEmpty(); }, 20000))
        return nullptr;
    return banner;
}

void TestConnectionDialog::chooseKind(ConnectionDialog &dialog, SystemConfig::Kind kind)
{
    auto *combo = child<QComboBox>(&dialog, "kindCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(kind)));
}

void TestConnectionDialog::fillHubSpot(ConnectionDialog &dialog, const QString &token)
{
    chooseKind(dialog, SystemConfig::Kind::Crm);
    setText(&dialog, "nameEdit", QStringLiteral("HubSpot sandbox"));
    setText(&dialog, "urlEdit", m_hubSpot->baseUrl().toString());
    setText(&dialog, "secretEdit_token", token);
}

void TestConnectionDialog::fillBullhorn(ConnectionDialog &dialog, const BullhornSimulator &simulator,
                                        const QString &password)
{
    chooseKind(dialog, SystemConfig::Kind::Staffing);
    setText(&dialog, "nameEdit", QStringLiteral("Bullhorn sandbox"));
    setText(&dialog, "urlEdit", simulator.authUrl().toString());
    setText(&dialog, "loginUrlEdit", simulator.loginUrl().toString());
    setText(&dialog, "clientIdEdit", simulator.options().clientId);
    setText(&dialog, "loginEdit", simulator.options().username);
    setText(&dialog, "secretEdit_client_secret", simulator.options().clientSecret);
    setText(&dialog, "secretEdit_password", password);
}

void TestConnectionDialog::screenshot(ConnectionDialog &dialog, const QString &name)
{
    QVERIFY(
        dialog.grab().save(QDir(test::screenshotFolder(QStringLiteral("connectiondialog"))).filePath(name)));
}

void TestConnectionDialog::verifyNothingSaved()
{
    QCOMPARE(m_repository->list().value().size(), qsizetype(0));
    QVERIFY(m_store->keys().isEmpty());
}

void TestConnectionDialog::hubSpotReportsAccountAndScopes()
{
    auto dialog = open();
    fillHubSpot(*dialog, m_hubSpot->token());
    MessageBanner *banner = runTest(*dialog);
    QVERIFY(banner);
    QVERIFY2(banner->kind() == MessageBanner::Kind::Information, qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QString::number(m_hubSpot->options().portalId)),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QLatin1String("every scope")), qPrintable(banner->text()));
    screenshot(*dialog, QStringLiteral("hubspot-tested.png"));
    QCOMPARE(dialog->system().id, qint64(0));
    verifyNothingSaved();
}

void TestConnectionDialog::hubSpotMissingScopesWarn()
{
    m_hubSpot->setMissingScopes({ QStringLiteral("crm.objects.deals.write") });
    auto dialog = open();
    fillHubSpot(*dialog, m_hubSpot->token());
    MessageBanner *banner = runTest(*dialog);
    QVERIFY(banner);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(QLatin1String("crm.objects.deals.write")), qPrintable(banner->text()));
}

void TestConnectionDialog::hubSpotRefusedToken()
{
    auto dialog = open();
    fillHubSpot(*dialog, QStringLiteral("pat-wrong"));
    MessageBanner *banner = runTest(*dialog);
    QVERIFY(banner);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY(!banner->text().isEmpty());
    verifyNothingSaved();
}

void TestConnectionDialog::bullhornReportsTimeData()
{
    auto dialog = open();
    fillBullhorn(*dialog, *m_bullhorn, m_bullhorn->options().password);
    MessageBanner *banner = runTest(*dialog);
    QVERIFY(banner);
    QVERIFY2(banner->kind() == MessageBanner::Kind::Information, qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(m_bullhorn->options().corpToken), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(m_bullhorn->options().corporationName), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QLatin1String("Time & Expense and pay-and-bill data are visible")),
             qPrintable(banner->text()));
    screenshot(*dialog, QStringLiteral("bullhorn-tested.png"));
    // The refresh token Bullhorn issued went to the test's own store, not to the keychain.
    verifyNothingSaved();
}

void TestConnectionDialog::bullhornWithoutPayAndBillSaysSo()
{
    BullhornSimulator::Options options;
    options.maxTimeEntries = 200;
    options.payAndBill = false;
    BullhornSimulator simulator(*m_data, options);
    QVERIFY(simulator.listen());
    auto dialog = open();
    fillBullhorn(*dialog, simulator, options.password);
    MessageBanner *banner = runTest(*dialog);
    QVERIFY(banner);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Information);
    QVERIFY2(banner->text().contains(QLatin1String("pay-and-bill data is not")), qPrintable(banner->text()));
}

void TestConnectionDialog::bullhornRefusedPassword()
{
    auto dialog = open();
    fillBullhorn(*dialog, *m_bullhorn, QStringLiteral("not-the-password"));
    MessageBanner *banner = runTest(*dialog);
    QVERIFY(banner);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(QLatin1String("user name or password")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(m_bullhorn->options().username), qPrintable(banner->text()));
    screenshot(*dialog, QStringLiteral("bullhorn-refused.png"));
}

void TestConnectionDialog::bullhornLoginAddressChecked()
{
    auto dialog = open();
    fillBullhorn(*dialog, *m_bullhorn, m_bullhorn->options().password);
    child<QLineEdit>(dialog.get(), "loginUrlEdit")->clear();
    MessageBanner *banner = child<MessageBanner>(dialog.get(), "dialogMessage");
    child<QPushButton>(dialog.get(), "testConnectionButton")->click();
    // A form mistake is a warning beside the field, as every validation message of the dialog.
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(QLatin1String("REST login address")), qPrintable(banner->text()));
    QTRY_VERIFY(child<QLineEdit>(dialog.get(), "loginUrlEdit")->hasFocus());
    QVERIFY(!dialog->isTesting());
    QCOMPARE(m_bullhorn->callCount(), 0);
    setText(dialog.get(), "loginUrlEdit", QStringLiteral("http://bullhorn.example.com/rest-services/login"));
    child<QPushButton>(dialog.get(), "testConnectionButton")->click();
    QVERIFY2(banner->text().contains(QLatin1String("Use https")), qPrintable(banner->text()));
    QCOMPARE(m_bullhorn->callCount(), 0);
}

void TestConnectionDialog::bullhornEditTestsWithStoredSecrets()
{
    SystemConfig system;
    system.kind = SystemConfig::Kind::Staffing;
    system.name = QStringLiteral("Bullhorn sandbox");
    system.url = m_bullhorn->authUrl().toString();
    system.login = m_bullhorn->options().username;
    system.options.insert(SystemConfig::kClientIdOption, m_bullhorn->options().clientId);
    system.options.insert(BullhornConfig::kLoginUrlOption, m_bullhorn->loginUrl().toString());
    const auto id = m_repository->insert(system);
    QVERIFY(id);
    system = m_repository->find(id.value()).value();
    test::CredentialWaiter waiter(*m_store);
    QVERIFY(waiter.write(CredentialStore::keyFor(system.id, SystemConfig::kPasswordAccount),
                         m_bullhorn->options().password));
    QVERIFY(waiter.write(CredentialStore::keyFor(system.id, SystemConfig::kClientSecretAccount),
                         m_bullhorn->options().clientSecret));
    const QStringList keys = m_store->keys();

    auto dialog = open(system);
    QCOMPARE(child<QLineEdit>(dialog.get(), "loginUrlEdit")->text(), m_bullhorn->loginUrl().toString());
    QVERIFY(child<QLineEdit>(dialog.get(), "secretEdit_password")->text().isEmpty());
    MessageBanner *banner = runTest(*dialog);
    QVERIFY(banner);
    QVERIFY2(banner->kind() == MessageBanner::Kind::Information, qPrintable(banner->text()));
    // Nothing was added to the keychain: no refresh token, no copy of the secrets.
    QCOMPARE(m_store->keys(), keys);
    screenshot(*dialog, QStringLiteral("bullhorn-edit-tested.png"));
}

void TestConnectionDialog::bullhornSavesTheLoginAddress()
{
    auto dialog = open();
    fillBullhorn(*dialog, *m_bullhorn, m_bullhorn->options().password);
    dialog->resize(dialog->sizeHint());
    screenshot(*dialog, QStringLiteral("bullhorn-form.png"));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(accepted.count() == 1 || accepted.wait(5000));
    const QList<SystemConfig> systems = m_repository->list().value();
    QCOMPARE(systems.size(), qsizetype(1));
    QCOMPARE(systems.first().options.value(BullhornConfig::kLoginUrlOption).toString(),
             m_bullhorn->loginUrl().toString());
    QCOMPARE(m_store->keys().size(), qsizetype(2));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
