#pragma once

#include "domain/systemconfig.h"

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cw {

class CredentialStore;
class Database;
class MessageBanner;
class Settings;
class SystemRepository;

/// The Settings page: the connections to Odoo, the CRM, the staffing platform and file imports
/// (add, edit, remove; secrets go to the CredentialStore only), and general preferences
/// (language, masking of personal data, matching thresholds, where the cache lives).
///
/// Preferences are written to Settings as soon as they change. The database, credential store
/// and settings must outlive the page.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const Database &db, CredentialStore &credentials, Settings &settings,
                 QWidget *parent = nullptr);
    ~SettingsPage() override;

    /// The selected connection when it is a file import; 0 otherwise.
    qint64 selectedFileSystem() const;

public slots:
    /// Reloads the connections from the cache.
    void refresh();

signals:
    /// A connection was added, changed or removed.
    void systemsChanged();
    /// The user asked to import a file for the file-import connection @p systemId.
    void importRequested(qint64 systemId);
    void maskPersonalDataChanged(bool mask);
    /// Both thresholds as scores between 0 and 1.
    void matchingThresholdsChanged(double autoLink, double review);

private:
    QGroupBox *buildConnections();
    QGroupBox *buildGeneral();
    void addConnection();
    void editConnection();
    void confirmRemoval();
    void requestImport();
    void removeSecrets(const SystemConfig &system, QStringList keys);
    void removeRow(const SystemConfig &system);
    void openDialog(const SystemConfig &system);
    void selectSystem(qint64 id);
    void updateActions();
    void saveThresholds();
    SystemConfig currentSystem() const;

    const Database &m_database;
    CredentialStore &m_credentials;
    Settings &m_settings;
    std::unique_ptr<SystemRepository> m_repository;
    QList<SystemConfig> m_systems;
    bool m_removing = false;

    MessageBanner *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_removeAction = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_mask = nullptr;
    QSpinBox *m_autoLink = nullptr;
    QSpinBox *m_review = nullptr;
    QLineEdit *m_cachePath = nullptr;
};

} // namespace cw
