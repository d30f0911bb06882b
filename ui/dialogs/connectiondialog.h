#pragma once

#include "domain/systemconfig.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace cw {

class BullhornConnectionTester;
class CredentialStore;
class Error;
class HubSpotConnectionTester;
class MemoryCredentialStore;
class MessageBanner;
class OdooConnectionTester;
struct BullhornConnectionReport;
struct HubSpotConnectionReport;
struct OdooConnectionReport;
class SystemRepository;

/// Adds or edits one connection: its settings go to the cache through the SystemRepository,
/// its secrets only to the CredentialStore.
///
/// Save validates, writes the row, then stores the typed secrets asynchronously while the dialog
/// shows a busy state; the dialog accepts when everything is stored. A failure is shown inline
/// and nothing typed is lost, so the user can fix the keychain and save again (the row written
/// by the first attempt is then updated, not added twice). In edit mode an empty secret field
/// keeps the stored secret, and the kind cannot change.
///
/// Test connection tries the settings as typed, with the typed secrets or, when editing and a field
/// is empty, the stored one, and reports what it reached or exactly why it failed: Odoo's server,
/// database, user and company; HubSpot's account and the token's scopes; Bullhorn's data centre,
/// the records the API user sees and whether Time & Expense or pay-and-bill data is visible.
/// Testing saves nothing: the secrets go to a throw-away in-memory store (so a Bullhorn refresh
/// token issued during the test never reaches the keychain).
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits @p system, or adds a new connection when its id is 0.
    ConnectionDialog(SystemRepository &repository, CredentialStore &credentials,
                     const SystemConfig &system = {}, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// The connection as last saved (id 0 before the first successful save).
    SystemConfig system() const { return m_system; }
    bool isBusy() const { return m_busy; }
    bool isTesting() const;

public slots:
    void reject() override;

private:
    void buildForm();
    QGroupBox *buildConnectionBox();
    QGroupBox *buildCredentialsBox();
    QWidget *buildBusyRow();
    QHBoxLayout *buildButtonRow();
    QLineEdit *addSecretField(const QString &account);
    void loadSystem();
    void updateForKind();
    void alignLabelColumns();
    void setSecretsVisible(bool visible);
    SystemConfig systemFromForm() const;
    SystemConfig::Kind currentKind() const;
    void save();
    void testConnection();
    /// Reads the stored secret of each account in @p pending whose field is empty, then runs the test.
    void collectSecrets(QStringList pending, QHash<QString, QString> secrets);
    void runTest(const QHash<QString, QString> &secrets);
    void runOdooTest(const QString &secret);
    void showOdooReport(const OdooConnectionReport &report);
    void showHubSpotReport(const HubSpotConnectionReport &report);
    void showBullhornReport(const BullhornConnectionReport &report);
    void showTestResult(bool ok, bool complete, const QString &message, const QString &detail);
    void updateTestButton();
    bool checkSecretsPresent();
    void storeNextSecret();
    void showError(const Error &error);
    void growToFit();
    void setBusy(bool busy);
    QWidget *fieldFor(const QString &code) const;

    SystemRepository &m_repository;
    CredentialStore &m_credentials;
    SystemConfig m_system;
    QList<QPair<QString, QString>> m_pendingSecrets; ///< credential key, secret
    bool m_busy = false;

    QFormLayout *m_connectionForm = nullptr;
    QFormLayout *m_credentialsForm = nullptr;
    QGroupBox *m_credentialsBox = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_loginUrl = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_clientId = nullptr;
    QHash<QString, QLineEdit *> m_secrets; ///< by SystemConfig secret account
    QCheckBox *m_showSecrets = nullptr;
    QLabel *m_secretHint = nullptr;
    QLabel *m_noSecretsNote = nullptr;
    QCheckBox *m_enabled = nullptr;
    MessageBanner *m_message = nullptr;
    QWidget *m_busyRow = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_testButton = nullptr;
    OdooConnectionTester *m_tester = nullptr;
    HubSpotConnectionTester *m_hubSpotTester = nullptr;
    BullhornConnectionTester *m_bullhornTester = nullptr;
    /// Holds the secrets of the test running; replaced by each test.
    std::unique_ptr<MemoryCredentialStore> m_testCredentials;
};

} // namespace cw
