#include "settingspage.h"

#include "cache/database.h"
#include "cache/systemrepository.h"
#include "credentials/credentialstore.h"
#include "dialogs/connectiondialog.h"
#include "util/settings.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cw {

namespace {

enum Column { NameColumn, KindColumn, UrlColumn, DatabaseColumn, LoginColumn, EnabledColumn, ColumnCount };

constexpr int kIdRole = Qt::UserRole;

// Secondary text. Only labels that float freely (the empty-table note) wrap: a wrapped label in a
// nested layout gets the height of a guessed width and sits in a gap.
QLabel *hintLabel(const QString &text, QWidget *parent, bool wrap = true)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(wrap);
    label->setForegroundRole(QPalette::PlaceholderText);
    // Never take more height than the text needs, or the layout centres it in a gap.
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return label;
}

// A labelled field with its note on the same line. The label is made here because QFormLayout
// only sets a buddy (for the mnemonic) when the row's field is a widget, not a layout.
void addRowWithNote(QFormLayout *form, const QString &label, QWidget *field, const QString &note)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    row->addWidget(field);
    row->addWidget(hintLabel(note, field->parentWidget(), false), 1);
    auto *buddy = new QLabel(label, field->parentWidget());
    buddy->setBuddy(field);
    form->addRow(buddy, row);
}

QPushButton *actionButton(const QString &text, const QString &icon, const QString &objectName,
                          QWidget *parent)
{
    auto *button = new QPushButton(QIcon(icon), text, parent);
    button->setObjectName(objectName);
    return button;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

int percent(double score)
{
    return qRound(score * 100.0);
}

} // namespace

SettingsPage::SettingsPage(const Database &db, CredentialStore &credentials, Settings &settings,
                           QWidget *parent)
    : QWidget(parent)
    , m_database(db)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_repository(std::make_unique<SystemRepository>(db))
{
    setObjectName(QStringLiteral("settingsPage"));
    // No scroll area: it would hide the height-for-width of the wrapped hint labels from the
    // layout and leave gaps around them.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addWidget(buildConnections(), 1);
    layout->addWidget(buildGeneral());

    refresh();
}

SettingsPage::~SettingsPage() = default;

QGroupBox *SettingsPage::buildConnections()
{
    auto *box = new QGroupBox(tr("Connections"));
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(10);
    layout->addWidget(
        hintLabel(tr("The systems Crosswalk reads from and writes to. Their secrets are kept in "
                     "the system keychain, never in the cache file."),
                  box, false));
    m_message = new MessageBanner(box);
    m_message->setObjectName(QStringLiteral("connectionsMessage"));
    layout->addWidget(m_message);

    m_table = new QTableWidget(0, ColumnCount, box);
    m_table->setObjectName(QStringLiteral("connectionsTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Kind"), tr("Address"), tr("Database"), tr("Login"), tr("Enabled") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(200);
    m_emptyLabel = hintLabel(tr("No connections yet. Choose Add to connect Odoo, a CRM, a staffing platform "
                                "or a file import."),
                             m_table->viewport());
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMinimumWidth(440);
    auto *overlay = new QVBoxLayout(m_table->viewport());
    overlay->addWidget(m_emptyLabel, 0, Qt::AlignCenter);
    layout->addWidget(m_table, 1);

    m_addButton = actionButton(tr("&Add…"), QStringLiteral(":/icons/add.svg"),
                               QStringLiteral("addConnectionButton"), box);
    m_editButton = actionButton(tr("&Edit…"), QStringLiteral(":/icons/edit.svg"),
                                QStringLiteral("editConnectionButton"), box);
    m_removeButton = actionButton(tr("&Remove…"), QStringLiteral(":/icons/remove.svg"),
                                  QStringLiteral("removeConnectionButton"), box);
    m_importButton = actionButton(tr("&Import File…"), QString(), QStringLiteral("importFileButton"), box);
    m_importButton->setToolTip(tr("Import a CSV or Excel export for the selected file import"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_importButton);
    layout->addLayout(buttons);

    // Enter edits and Delete removes while the table has the focus; the same actions fill the
    // table's context menu.
    auto *addAction = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add…"), m_table);
    m_editAction = new QAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit…"), m_table);
    m_editAction->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_removeAction = new QAction(QIcon(QStringLiteral(":/icons/remove.svg")), tr("Remove…"), m_table);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_importAction = new QAction(tr("Import File…"), m_table);
    for (QAction *action : { addAction, m_editAction, m_removeAction, m_importAction }) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_addButton, &QPushButton::clicked, this, &SettingsPage::addConnection);
    connect(addAction, &QAction::triggered, this, &SettingsPage::addConnection);
    connect(m_editButton, &QPushButton::clicked, this, &SettingsPage::editConnection);
    connect(m_editAction, &QAction::triggered, this, &SettingsPage::editConnection);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SettingsPage::editConnection);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsPage::confirmRemoval);
    connect(m_removeAction, &QAction::triggered, this, &SettingsPage::confirmRemoval);
    connect(m_importButton, &QPushButton::clicked, this, &SettingsPage::requestImport);
    connect(m_importAction, &QAction::triggered, this, &SettingsPage::requestImport);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SettingsPage::updateActions);
    return box;
}

QGroupBox *SettingsPage::buildGeneral()
{
    auto *box = new QGroupBox(tr("General"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(8);

    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    //: Name of the English language in English; keep it untranslated.
    m_language->addItem(tr("English"), QStringLiteral("en"));
    //: Name of the German language in German; keep it untranslated.
    m_language->addItem(tr("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addRowWithNote(form, tr("&Language:"), m_language, tr("Takes effect when Crosswalk next starts."));

    m_mask = new QCheckBox(tr("&Mask pay rates and other personal data"), box);
    m_mask->setObjectName(QStringLiteral("maskPersonalDataCheck"));
    m_mask->setChecked(m_settings.maskPersonalData());
    form->addRow(tr("Privacy:"), m_mask);

    m_autoLink = new QSpinBox(box);
    m_autoLink->setObjectName(QStringLiteral("autoLinkSpin"));
    m_review = new QSpinBox(box);
    m_review->setObjectName(QStringLiteral("reviewSpin"));
    for (QSpinBox *spin : { m_autoLink, m_review }) {
        spin->setSuffix(tr(" %"));
        spin->setRange(0, 100);
        spin->setMinimumWidth(90);
    }
    // Review must stay below auto-link, so each box bounds the other (see saveThresholds()).
    m_autoLink->setValue(qMax(1, percent(m_settings.autoLinkThreshold())));
    m_review->setValue(qMin(m_autoLink->value() - 1, percent(m_settings.reviewThreshold())));
    m_review->setMaximum(m_autoLink->value() - 1);
    m_autoLink->setMinimum(m_review->value() + 1);
    addRowWithNote(form, tr("Link &automatically from:"), m_autoLink,
                   tr("Customer pairs scoring at least this are linked without review."));
    addRowWithNote(form, tr("Send to re&view from:"), m_review,
                   tr("Pairs from here up to the value above wait in the review queue."));

    m_cachePath = new QLineEdit(QDir::toNativeSeparators(m_database.path()), box);
    m_cachePath->setObjectName(QStringLiteral("cachePathEdit"));
    m_cachePath->setReadOnly(true);
    m_cachePath->setCursorPosition(0);
    auto *openFolder = new QPushButton(tr("&Open folder"), box);
    openFolder->setObjectName(QStringLiteral("openCacheFolderButton"));
    auto *cacheRow = new QHBoxLayout;
    cacheRow->setSpacing(6);
    cacheRow->addWidget(m_cachePath, 1);
    cacheRow->addWidget(openFolder);
    auto *cacheLabel = new QLabel(tr("&Cache file:"), box);
    cacheLabel->setBuddy(m_cachePath);
    form->addRow(cacheLabel, cacheRow);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setLanguage(m_language->currentData().toString());
        m_settings.sync();
    });
    connect(m_mask, &QCheckBox::toggled, this, [this](bool mask) {
        m_settings.setMaskPersonalData(mask);
        m_settings.sync();
        emit maskPersonalDataChanged(mask);
    });
    connect(m_autoLink, &QSpinBox::valueChanged, this, &SettingsPage::saveThresholds);
    connect(m_review, &QSpinBox::valueChanged, this, &SettingsPage::saveThresholds);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_database.path()).absolutePath()));
    });
    return box;
}

void SettingsPage::saveThresholds()
{
    m_review->setMaximum(m_autoLink->value() - 1);
    m_autoLink->setMinimum(m_review->value() + 1);
    const double autoLink = m_autoLink->value() / 100.0;
    const double review = m_review->value() / 100.0;
    m_settings.setAutoLinkThreshold(autoLink);
    m_settings.setReviewThreshold(review);
    m_settings.sync();
    emit matchingThresholdsChanged(autoLink, review);
}

void SettingsPage::refresh()
{
    const qint64 selected = currentSystem().id;
    auto systems = m_repository->list();
    if (!systems) {
        m_message->showError(systems.error());
        return;
    }
    m_systems = std::move(systems).value();
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_systems.size()));
    for (int row = 0; row < m_systems.size(); ++row) {
        const SystemConfig &system = m_systems.at(row);
        auto *name = cell(system.name);
        name->setData(kIdRole, system.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, KindColumn, cell(SystemConfig::kindTitle(system.kind)));
        m_table->setItem(row, UrlColumn, cell(system.url));
        m_table->setItem(row, DatabaseColumn, cell(system.databaseName));
        m_table->setItem(row, LoginColumn, cell(system.login));
        m_table->setItem(row, EnabledColumn, cell(system.enabled ? tr("Yes") : tr("No")));
    }
    m_emptyLabel->setVisible(m_systems.isEmpty());
    selectSystem(selected);
    updateActions();
}

SystemConfig SettingsPage::currentSystem() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const qint64 id = m_table->item(rows.first().row(), NameColumn)->data(kIdRole).toLongLong();
    for (const SystemConfig &system : m_systems) {
        if (system.id == id)
            return system;
    }
    return {};
}

void SettingsPage::selectSystem(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(kIdRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void SettingsPage::updateActions()
{
    const bool selected = currentSystem().id != 0 && !m_removing;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_editAction->setEnabled(selected);
    m_removeAction->setEnabled(selected);
    const bool file = selected && currentSystem().kind == SystemConfig::Kind::File;
    m_importButton->setEnabled(file);
    m_importAction->setEnabled(file);
}

qint64 SettingsPage::selectedFileSystem() const
{
    const SystemConfig system = currentSystem();
    return system.kind == SystemConfig::Kind::File && !m_removing ? system.id : 0;
}

void SettingsPage::requestImport()
{
    if (const qint64 id = selectedFileSystem(); id != 0)
        emit importRequested(id);
}

void SettingsPage::addConnection()
{
    openDialog({});
}

void SettingsPage::editConnection()
{
    const SystemConfig system = currentSystem();
    if (system.id != 0 && !m_removing)
        openDialog(system);
}

void SettingsPage::openDialog(const SystemConfig &system)
{
    m_message->clear();
    auto *dialog = new ConnectionDialog(*m_repository, m_credentials, system, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A failed secret write can leave a saved row behind even when the dialog is cancelled, so
    // the list is reloaded however the dialog ends.
    connect(dialog, &QDialog::finished, this, [this, dialog, adding = system.id == 0](int result) {
        const qint64 id = dialog->system().id;
        refresh();
        if (id != 0)
            selectSystem(id);
        if (result == QDialog::Accepted || (adding && id != 0))
            emit systemsChanged();
    });
    dialog->open();
}

void SettingsPage::confirmRemoval()
{
    const SystemConfig system = currentSystem();
    if (system.id == 0 || m_removing)
        return;
    const bool hasSecrets = !SystemConfig::secretAccounts(system.kind).isEmpty();
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Remove connection"),
                        tr("Remove the connection “%1”?").arg(system.name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeConnectionBox"));
    box->setInformativeText(hasSecrets
                                ? tr("Its stored secret is deleted from the keychain too, and the records "
                                     "cached from it are removed from the cache. Nothing changes in "
                                     "the system itself.")
                                : tr("The records cached from it are removed from the cache. Nothing "
                                     "changes in the system itself."));
    auto *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, system](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        m_removing = true;
        updateActions();
        QStringList keys;
        for (const QString &account : SystemConfig::secretAccounts(system.kind))
            keys.append(CredentialStore::keyFor(system.id, account));
        removeSecrets(system, keys);
    });
    box->open();
}

void SettingsPage::removeSecrets(const SystemConfig &system, QStringList keys)
{
    // Secrets go first: if the keychain fails, the connection stays listed so the user can try
    // again, rather than a secret being left behind with nothing pointing at it.
    if (keys.isEmpty()) {
        removeRow(system);
        return;
    }
    const QString key = keys.takeFirst();
    m_credentials.removeSecret(key, this, [this, system, keys](const Result<void> &removed) {
        if (!removed) {
            m_removing = false;
            updateActions();
            m_message->showError(
                removed.error(),
                tr("%1\n\nThe connection “%2” was kept so that no secret is left behind in the "
                   "keychain. Fix the keychain and remove the connection again.")
                    .arg(removed.error().userMessage(), system.name));
            return;
        }
        removeSecrets(system, keys);
    });
}

void SettingsPage::removeRow(const SystemConfig &system)
{
    m_removing = false;
    if (auto removed = m_repository->remove(system.id); !removed)
        m_message->showError(removed.error());
    refresh();
    emit systemsChanged();
}

} // namespace cw
