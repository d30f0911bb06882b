#include "cache/systemrepository.h"
#include "credentials/memorycredentialstore.h"
#include "credentialwaiter.h"
#include "dialogs/connectiondialog.h"
#include "pages/settingspage.h"
#include "sandbox/odoo/odoosimulator.h"
#include "tempcache.h"
#include "util/settings.h"
#include "widgetlookup.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw;

namespace {

QString outputFolder()
{
    QString folder = qEnvironmentVariable("CW_TEST_OUTPUT");
    if (folder.isEmpty())
        folder = QDir::current().filePath(QStringLiteral("test-output"));
    QDir().mkpath(folder);
    return folder;
}

bool folderContains(const QString &folder, const QByteArray &needle)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

using test::child;
using test::setText;

bool rowVisible(QWidget *field)
{
    auto *form = qobject_cast<QFormLayout *>(field->parentWidget()->layout());
    return form && form->isRowVisible(field);
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addConnectionThroughDialog();
    void keychainFailureKeepsInputAndRetries();
    void validationErrorShownInline();
    void dialogFieldsFollowKind_data();
    void dialogFieldsFollowKind();
    void testConnectionReportsWhatItReached();
    void testConnectionExplainsRefusedKey();
    void testConnectionUsesStoredSecretWhenEditing();
    void testConnectionNotOfferedWithoutConnector();
    void enterEditsAndEmptySecretKeepsStoredOne();
    void deleteRemovesConnectionAndSecret();
    void keychainFailureKeepsConnectionOnRemove();
    void generalSettingsAreSaved();
    void screenshots();

private:
    ConnectionDialog *openAddDialog();
    ConnectionDialog *openDialog(QPushButton *button);
    void save(ConnectionDialog *dialog);
    qint64 addSystem(const SystemConfig &system, const QString &secret);
    QTableWidget *table() const { return child<QTableWidget>(m_page.get(), "connectionsTable"); }
    void focusTable();
    MessageBanner *runTest(ConnectionDialog *dialog);
    void fillOdooForm(ConnectionDialog *dialog, const OdooSimulator &simulator, const QString &secret);

    std::unique_ptr<test::TempCache> m_cache;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SettingsPage> m_page;
};

void TestSettingsPage::init()
{
    m_cache = std::make_unique<test::TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_store = std::make_unique<MemoryCredentialStore>();
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_settingsDir->filePath(QStringLiteral("crosswalk.ini")));
    m_page = std::make_unique<SettingsPage>(m_cache->db(), *m_store, *m_settings);
    m_page->resize(1000, 760);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestSettingsPage::cleanup()
{
    m_page.reset();
    m_settings.reset();
    m_store.reset();
    m_cache.reset();
}

ConnectionDialog *TestSettingsPage::openDialog(QPushButton *button)
{
    if (!button || !button->isEnabled())
        return nullptr;
    button->click();
    return m_page->findChild<ConnectionDialog *>();
}

ConnectionDialog *TestSettingsPage::openAddDialog()
{
    return openDialog(child<QPushButton>(m_page.get(), "addConnectionButton"));
}

void TestSettingsPage::save(ConnectionDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
}

qint64 TestSettingsPage::addSystem(const SystemConfig &system, const QString &secret)
{
    SystemRepository repository(m_cache->db());
    const auto id = repository.insert(system);
    if (!id)
        return -1;
    test::CredentialWaiter waiter(*m_store);
    for (const QString &account : SystemConfig::secretAccounts(system.kind)) {
        if (!waiter.write(CredentialStore::keyFor(id.value(), account), secret))
            return -1;
    }
    m_page->refresh();
    return id.value();
}

void TestSettingsPage::focusTable()
{
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
}

void TestSettingsPage::addConnectionThroughDialog()
{
    QCOMPARE(table()->rowCount(), 0);
    QPointer<ConnectionDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *kind = child<QComboBox>(dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(SystemConfig::Kind::Odoo)));
    setText(dialog, "nameEdit", QStringLiteral("Odoo sandbox"));
    setText(dialog, "urlEdit", QStringLiteral("http://127.0.0.1:8069"));
    setText(dialog, "databaseEdit", QStringLiteral("demo"));
    setText(dialog, "loginEdit", QStringLiteral("admin"));
    setText(dialog, "secretEdit_password", QStringLiteral("odoo-api-key-4711"));
    QCOMPARE(child<QLineEdit>(dialog, "secretEdit_password")->echoMode(), QLineEdit::Password);
    QSignalSpy changed(m_page.get(), &SettingsPage::systemsChanged);
    save(dialog);
    // The keychain answers on a later event-loop turn; until then the dialog is busy and stays.
    QVERIFY(dialog->isBusy());
    QVERIFY(child<QWidget>(dialog, "busyRow")->isVisible());
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    dialog->reject();
    QVERIFY(dialog->isVisible());

    QTRY_VERIFY(!dialog);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(table()->item(0, 0)->text(), QStringLiteral("Odoo sandbox"));
    QCOMPARE(table()->item(0, 1)->text(), SystemConfig::kindTitle(SystemConfig::Kind::Odoo));
    QCOMPARE(table()->item(0, 2)->text(), QStringLiteral("http://127.0.0.1:8069"));
    QCOMPARE(table()->item(0, 3)->text(), QStringLiteral("demo"));
    QCOMPARE(table()->item(0, 4)->text(), QStringLiteral("admin"));

    const auto systems = SystemRepository(m_cache->db()).list();
    QCOMPARE(systems.value().size(), 1);
    const qint64 id = systems.value().constFirst().id;
    test::CredentialWaiter waiter(*m_store);
    QCOMPARE(waiter.read(CredentialStore::keyFor(id, SystemConfig::kPasswordAccount)).valueOr({}),
             QStringLiteral("odoo-api-key-4711"));

    // The secret went to the credential store only.
    m_page.reset();
    m_cache->close();
    QVERIFY(!folderContains(m_cache->folder(), "odoo-api-key-4711"));
    QVERIFY(!folderContains(m_settingsDir->path(), "odoo-api-key-4711"));
}

void TestSettingsPage::keychainFailureKeepsInputAndRetries()
{
    m_store->failWith(
        Error(Error::Category::Config,
              QStringLiteral("No keychain is available: install and start a Secret Service provider "
                             "such as GNOME Keyring or KWallet.")));
    QPointer<ConnectionDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    auto *kind = child<QComboBox>(dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(SystemConfig::Kind::Crm)));
    setText(dialog, "nameEdit", QStringLiteral("HubSpot"));
    setText(dialog, "urlEdit", QStringLiteral("https://api.hubapi.com"));
    setText(dialog, "secretEdit_token", QStringLiteral("pat-eu1-secret"));
    save(dialog);

    auto *message = child<MessageBanner>(dialog, "dialogMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("No keychain is available")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("HubSpot"));
    QCOMPARE(child<QLineEdit>(dialog, "secretEdit_token")->text(), QStringLiteral("pat-eu1-secret"));
    QVERIFY(!kind->isEnabled());

    m_store->clearFailure();
    save(dialog);
    QTRY_VERIFY(!dialog);
    const auto systems = SystemRepository(m_cache->db()).list().value();
    QCOMPARE(systems.size(), 1);
    QCOMPARE(m_store->keys(),
             QStringList { CredentialStore::keyFor(systems.constFirst().id, SystemConfig::kTokenAccount) });
    QCOMPARE(table()->rowCount(), 1);
}

void TestSettingsPage::validationErrorShownInline()
{
    QPointer<ConnectionDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    setText(dialog, "nameEdit", QStringLiteral("Odoo"));
    setText(dialog, "urlEdit", QStringLiteral("http://odoo.example.com"));
    setText(dialog, "databaseEdit", QStringLiteral("prod"));
    setText(dialog, "loginEdit", QStringLiteral("admin"));
    setText(dialog, "secretEdit_password", QStringLiteral("k"));
    save(dialog);
    auto *message = child<MessageBanner>(dialog, "dialogMessage");
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("https")));
    QTRY_VERIFY(child<QLineEdit>(dialog, "urlEdit")->hasFocus());

    setText(dialog, "urlEdit", QStringLiteral("https://odoo.example.com"));
    child<QLineEdit>(dialog, "secretEdit_password")->clear();
    save(dialog);
    QVERIFY(message->text().contains(QStringLiteral("API key or password")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(SystemRepository(m_cache->db()).list().value().size(), 0);
    QCOMPARE(m_store->requestCount(), 0);
    dialog->reject();
}

void TestSettingsPage::dialogFieldsFollowKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("url");
    QTest::addColumn<bool>("database");
    QTest::addColumn<bool>("login");
    QTest::addColumn<bool>("clientId");
    QTest::addColumn<QStringList>("secrets");

    QTest::newRow("odoo") << static_cast<int>(SystemConfig::Kind::Odoo) << true << true << true << false
                          << QStringList { QStringLiteral("password") };
    QTest::newRow("crm") << static_cast<int>(SystemConfig::Kind::Crm) << true << false << false << false
                         << QStringList { QStringLiteral("token") };
    QTest::newRow("staffing") << static_cast<int>(SystemConfig::Kind::Staffing) << true << false << true
                              << true
                              << QStringList { QStringLiteral("client_secret"), QStringLiteral("password") };
    QTest::newRow("file") << static_cast<int>(SystemConfig::Kind::File) << false << false << false << false
                          << QStringList {};
}

void TestSettingsPage::dialogFieldsFollowKind()
{
    QFETCH(int, kind);
    QFETCH(bool, url);
    QFETCH(bool, database);
    QFETCH(bool, login);
    QFETCH(bool, clientId);
    QFETCH(QStringList, secrets);

    QPointer<ConnectionDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    auto *combo = child<QComboBox>(dialog, "kindCombo");
    combo->setCurrentIndex(combo->findData(kind));
    QCOMPARE(rowVisible(child<QLineEdit>(dialog, "urlEdit")), url);
    QCOMPARE(rowVisible(child<QLineEdit>(dialog, "databaseEdit")), database);
    QCOMPARE(rowVisible(child<QLineEdit>(dialog, "loginEdit")), login);
    QCOMPARE(rowVisible(child<QLineEdit>(dialog, "clientIdEdit")), clientId);
    for (const QString &account :
         { QStringLiteral("password"), QStringLiteral("token"), QStringLiteral("client_secret") }) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit_") + account);
        QCOMPARE(rowVisible(edit) && edit->parentWidget()->isVisibleTo(dialog), secrets.contains(account));
    }
    child<QCheckBox>(dialog, "showSecretsCheck")->setChecked(true);
    QCOMPARE(child<QLineEdit>(dialog, "secretEdit_password")->echoMode(), QLineEdit::Normal);
    child<QCheckBox>(dialog, "showSecretsCheck")->setChecked(false);
    QCOMPARE(child<QLineEdit>(dialog, "secretEdit_password")->echoMode(), QLineEdit::Password);
    dialog->reject();
}

MessageBanner *TestSettingsPage::runTest(ConnectionDialog *dialog)
{
    auto *test = child<QPushButton>(dialog, "testConnectionButton");
    auto *banner = child<MessageBanner>(dialog, "dialogMessage");
    if (!test || !banner || !test->isEnabled())
        return nullptr;
    test->click();
    // The report arrives asynchronously; the button is usable again when it has.
    if (!QTest::qWaitFor(
            [&] { return test->isEnabled() && !dialog->isTesting() && !banner->text().isEmpty(); }, 20000))
        return nullptr;
    return banner;
}

void TestSettingsPage::fillOdooForm(ConnectionDialog *dialog, const OdooSimulator &simulator,
                                    const QString &secret)
{
    auto *kind = child<QComboBox>(dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(SystemConfig::Kind::Odoo)));
    setText(dialog, "nameEdit", QStringLiteral("Odoo sandbox"));
    setText(dialog, "urlEdit", simulator.url().toString());
    setText(dialog, "databaseEdit", simulator.options().database);
    setText(dialog, "loginEdit", simulator.options().login);
    setText(dialog, "secretEdit_password", secret);
}

void TestSettingsPage::testConnectionReportsWhatItReached()
{
    OdooSimulator simulator { OdooSimulatorOptions {} };
    QVERIFY(simulator.listen().ok());
    QPointer<ConnectionDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    fillOdooForm(dialog, simulator, simulator.apiKey());

    MessageBanner *banner = runTest(dialog);
    QVERIFY(banner);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Information);
    QVERIFY2(banner->text().contains(simulator.options().database), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Mitchell Admin")), qPrintable(banner->text()));
    QVERIFY(
        dialog->grab().save(QDir(outputFolder()).filePath(QStringLiteral("connectiondialog-tested.png"))));
    // Testing saves nothing: no row, no secret.
    QCOMPARE(dialog->system().id, qint64(0));
    QCOMPARE(SystemRepository(m_cache->db()).list().value().size(), qsizetype(0));
    dialog->reject();
}

void TestSettingsPage::testConnectionExplainsRefusedKey()
{
    OdooSimulator simulator { OdooSimulatorOptions {} };
    QVERIFY(simulator.listen().ok());
    QPointer<ConnectionDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    fillOdooForm(dialog, simulator, QStringLiteral("not-the-key"));

    MessageBanner *banner = runTest(dialog);
    QVERIFY(banner);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(simulator.options().login), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("refused")), qPrintable(banner->text()));
    dialog->reject();
}

void TestSettingsPage::testConnectionUsesStoredSecretWhenEditing()
{
    OdooSimulator simulator { OdooSimulatorOptions {} };
    QVERIFY(simulator.listen().ok());
    SystemConfig odoo;
    odoo.kind = SystemConfig::Kind::Odoo;
    odoo.name = QStringLiteral("Odoo sandbox");
    odoo.url = simulator.url().toString();
    odoo.databaseName = simulator.options().database;
    odoo.login = simulator.options().login;
    QVERIFY(addSystem(odoo, simulator.apiKey()) > 0);
    table()->selectRow(0);
    QPointer<ConnectionDialog> dialog = openDialog(child<QPushButton>(m_page.get(), "editConnectionButton"));
    QVERIFY(dialog);
    QVERIFY(child<QLineEdit>(dialog, "secretEdit_password")->text().isEmpty());

    MessageBanner *banner = runTest(dialog);
    QVERIFY(banner);
    QVERIFY2(banner->kind() == MessageBanner::Kind::Information, qPrintable(banner->text()));
    dialog->reject();
}

void TestSettingsPage::testConnectionNotOfferedWithoutConnector()
{
    QPointer<ConnectionDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    auto *kind = child<QComboBox>(dialog, "kindCombo");
    auto *test = child<QPushButton>(dialog, "testConnectionButton");
    kind->setCurrentIndex(kind->findData(static_cast<int>(SystemConfig::Kind::File)));
    QVERIFY(!test->isEnabled());
    QVERIFY(test->toolTip().contains(QStringLiteral("not available")));
    kind->setCurrentIndex(kind->findData(static_cast<int>(SystemConfig::Kind::Odoo)));
    QVERIFY(test->isEnabled());
    dialog->reject();
}

void TestSettingsPage::enterEditsAndEmptySecretKeepsStoredOne()
{
    SystemConfig staffing;
    staffing.kind = SystemConfig::Kind::Staffing;
    staffing.name = QStringLiteral("Bullhorn");
    staffing.url = QStringLiteral("https://rest.bullhornstaffing.com");
    staffing.login = QStringLiteral("api.user");
    staffing.options.insert(SystemConfig::kClientIdOption, QStringLiteral("client-42"));
    const qint64 id = addSystem(staffing, QStringLiteral("stored-secret"));
    QVERIFY(id > 0);
    QCOMPARE(table()->rowCount(), 1);
    table()->selectRow(0);
    focusTable();

    QTest::keyClick(table(), Qt::Key_Return);
    QPointer<ConnectionDialog> dialog = m_page->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Bullhorn"));
    QCOMPARE(child<QLineEdit>(dialog, "clientIdEdit")->text(), QStringLiteral("client-42"));
    QVERIFY(!child<QComboBox>(dialog, "kindCombo")->isEnabled());
    QVERIFY(child<QLineEdit>(dialog, "secretEdit_password")->text().isEmpty());

    setText(dialog, "loginEdit", QStringLiteral("api.user2"));
    setText(dialog, "secretEdit_password", QStringLiteral("new-password"));
    save(dialog);
    QTRY_VERIFY(!dialog);

    QCOMPARE(table()->item(0, 4)->text(), QStringLiteral("api.user2"));
    test::CredentialWaiter waiter(*m_store);
    QCOMPARE(waiter.read(CredentialStore::keyFor(id, SystemConfig::kPasswordAccount)).valueOr({}),
             QStringLiteral("new-password"));
    QCOMPARE(waiter.read(CredentialStore::keyFor(id, SystemConfig::kClientSecretAccount)).valueOr({}),
             QStringLiteral("stored-secret"));
}

void TestSettingsPage::deleteRemovesConnectionAndSecret()
{
    SystemConfig crm;
    crm.kind = SystemConfig::Kind::Crm;
    crm.name = QStringLiteral("HubSpot EU");
    crm.url = QStringLiteral("https://api.hubapi.com");
    const qint64 id = addSystem(crm, QStringLiteral("pat-secret"));
    QVERIFY(id > 0);
    table()->selectRow(0);
    focusTable();

    QTest::keyClick(table(), Qt::Key_Delete);
    auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("removeConnectionBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("HubSpot EU")));
    QVERIFY(box->informativeText().contains(QStringLiteral("keychain")));
    QSignalSpy changed(m_page.get(), &SettingsPage::systemsChanged);
    child<QPushButton>(box, "confirmRemoveButton")->click();

    QTRY_COMPARE(table()->rowCount(), 0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(SystemRepository(m_cache->db()).list().value().isEmpty());
    QVERIFY(m_store->keys().isEmpty());
}

void TestSettingsPage::keychainFailureKeepsConnectionOnRemove()
{
    SystemConfig crm;
    crm.kind = SystemConfig::Kind::Crm;
    crm.name = QStringLiteral("HubSpot");
    crm.url = QStringLiteral("https://api.hubapi.com");
    QVERIFY(addSystem(crm, QStringLiteral("pat")) > 0);
    table()->selectRow(0);
    m_store->failWith(Error(Error::Category::Auth, QStringLiteral("The keychain refused access.")));

    child<QPushButton>(m_page.get(), "removeConnectionButton")->click();
    auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("removeConnectionBox"));
    QVERIFY(box);
    child<QPushButton>(box, "confirmRemoveButton")->click();

    auto *message = child<MessageBanner>(m_page.get(), "connectionsMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("refused")));
    QVERIFY(message->text().contains(QStringLiteral("HubSpot")));
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(SystemRepository(m_cache->db()).list().value().size(), 1);
    QVERIFY(child<QPushButton>(m_page.get(), "removeConnectionButton")->isEnabled());
}

void TestSettingsPage::generalSettingsAreSaved()
{
    auto *language = child<QComboBox>(m_page.get(), "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QCOMPARE(m_settings->language(), QStringLiteral("de"));

    QSignalSpy masked(m_page.get(), &SettingsPage::maskPersonalDataChanged);
    auto *mask = child<QCheckBox>(m_page.get(), "maskPersonalDataCheck");
    QVERIFY(mask->isChecked());
    mask->setChecked(false);
    QCOMPARE(m_settings->maskPersonalData(), false);
    QCOMPARE(masked.count(), 1);

    auto *autoLink = child<QSpinBox>(m_page.get(), "autoLinkSpin");
    auto *review = child<QSpinBox>(m_page.get(), "reviewSpin");
    QCOMPARE(autoLink->value(), 92);
    QCOMPARE(review->value(), 70);
    autoLink->setValue(95);
    review->setValue(80);
    QCOMPARE(m_settings->autoLinkThreshold(), 0.95);
    QCOMPARE(m_settings->reviewThreshold(), 0.80);
    // Review cannot reach auto-link.
    review->setValue(99);
    QCOMPARE(review->value(), 94);
    autoLink->setValue(10);
    QCOMPARE(autoLink->value(), 95);

    QCOMPARE(child<QLineEdit>(m_page.get(), "cachePathEdit")->text(),
             QDir::toNativeSeparators(m_cache->path()));
    QVERIFY(child<QLineEdit>(m_page.get(), "cachePathEdit")->isReadOnly());

    Settings reread(m_settings->fileName());
    QCOMPARE(reread.language(), QStringLiteral("de"));
    QCOMPARE(reread.maskPersonalData(), false);
}

void TestSettingsPage::screenshots()
{
    const QString folder = outputFolder();
    QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("settingspage-empty.png"))));
    SystemConfig odoo;
    odoo.name = QStringLiteral("Odoo production");
    odoo.url = QStringLiteral("https://erp.example.com");
    odoo.databaseName = QStringLiteral("example-prod");
    odoo.login = QStringLiteral("integration@example.com");
    QVERIFY(addSystem(odoo, QStringLiteral("k")) > 0);
    SystemConfig crm;
    crm.kind = SystemConfig::Kind::Crm;
    crm.name = QStringLiteral("HubSpot");
    crm.url = QStringLiteral("https://api.hubapi.com");
    QVERIFY(addSystem(crm, QStringLiteral("t")) > 0);
    SystemConfig staffing;
    staffing.kind = SystemConfig::Kind::Staffing;
    staffing.name = QStringLiteral("Bullhorn");
    staffing.url = QStringLiteral("https://rest.bullhornstaffing.com");
    staffing.login = QStringLiteral("api.user");
    staffing.enabled = false;
    staffing.options.insert(SystemConfig::kClientIdOption, QStringLiteral("client-42"));
    QVERIFY(addSystem(staffing, QStringLiteral("s")) > 0);
    table()->selectRow(0);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("settingspage.png"))));

    QPointer<ConnectionDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    setText(dialog, "nameEdit", QStringLiteral("Odoo sandbox"));
    setText(dialog, "urlEdit", QStringLiteral("http://odoo.example.com"));
    save(dialog);
    QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("connectiondialog-odoo.png"))));
    dialog->reject();
    QTRY_VERIFY(!dialog);

    m_store->failWith(
        Error(Error::Category::Config,
              QStringLiteral("No keychain is available: install and start a Secret Service provider "
                             "such as GNOME Keyring or KWallet.")));
    dialog = openAddDialog();
    QVERIFY(dialog);
    auto *kind = child<QComboBox>(dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(SystemConfig::Kind::Crm)));
    setText(dialog, "nameEdit", QStringLiteral("HubSpot sandbox"));
    setText(dialog, "urlEdit", QStringLiteral("http://127.0.0.1:8070"));
    setText(dialog, "secretEdit_token", QStringLiteral("pat-secret"));
    save(dialog);
    QTRY_VERIFY(child<MessageBanner>(dialog, "dialogMessage")->isVisible());
    QVERIFY(
        dialog->grab().save(QDir(folder).filePath(QStringLiteral("connectiondialog-keychain-error.png"))));
    dialog->reject();
    QTRY_VERIFY(!dialog);
    m_store->clearFailure();

    table()->selectRow(0); // Bullhorn, first by name
    dialog = openDialog(child<QPushButton>(m_page.get(), "editConnectionButton"));
    QVERIFY(dialog);
    QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("connectiondialog-staffing.png"))));
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
