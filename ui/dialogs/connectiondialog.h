#pragma once

#include "domain/systemconfig.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>

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

class CredentialStore;
class Error;
class MessageBanner;
class OdooConnectionTester;
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
/// Test connection (Odoo) tries the settings as typed, with the typed secret or, when editing and
/// the field is empty, the stored one, and reports what it reached or exactly why it failed.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits @p system, or adds a new connection when its id is 0.
    ConnectionDialog(SystemRepository &repository, CredentialStore &credentials,
                     const SystemConfig &system = {}, QWidget *parent = nullptr);

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
    void runTest(const QString &secret);
    void showTestReport(const OdooConnectionReport &report);
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
};

} // namespace cw
