#include "connectiondialog.h"

#include "cache/systemrepository.h"
#include "connectors/bullhorn/bullhornconnectiontester.h"
#include "connectors/hubspot/hubspotconnectiontester.h"
#include "connectors/odoo/odooconnectiontester.h"
#include "credentials/credentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

namespace cw {

namespace {

constexpr std::array kKinds { SystemConfig::Kind::Odoo, SystemConfig::Kind::Crm, SystemConfig::Kind::Staffing,
                              SystemConfig::Kind::File };
QStringList allSecretAccounts()
{
    return { SystemConfig::kTokenAccount, SystemConfig::kClientSecretAccount,
             SystemConfig::kPasswordAccount };
}

QString secretLabel(SystemConfig::Kind kind, const QString &account)
{
    if (account == SystemConfig::kTokenAccount)
        return ConnectionDialog::tr("Private app &token:");
    if (account == SystemConfig::kClientSecretAccount)
        return ConnectionDialog::tr("Client &secret:");
    if (kind == SystemConfig::Kind::Odoo)
        return ConnectionDialog::tr("API &key or password:");
    return ConnectionDialog::tr("&Password:");
}

QString secretMissing(SystemConfig::Kind kind, const QString &account)
{
    if (account == SystemConfig::kTokenAccount)
        return ConnectionDialog::tr("Enter the private app token of the CRM.");
    if (account == SystemConfig::kClientSecretAccount)
        return ConnectionDialog::tr("Enter the OAuth client secret of the staffing platform.");
    if (kind == SystemConfig::Kind::Odoo)
        return ConnectionDialog::tr("Enter the API key or password of the Odoo user.");
    return ConnectionDialog::tr("Enter the password of the staffing platform's API user.");
}

QString urlPlaceholder(SystemConfig::Kind kind)
{
    switch (kind) {
    case SystemConfig::Kind::Odoo:
        return QStringLiteral("https://mycompany.odoo.com");
    case SystemConfig::Kind::Crm:
        return QStringLiteral("https://api.hubapi.com");
    case SystemConfig::Kind::Staffing:
        return QStringLiteral("https://auth-emea.bullhornstaffing.com/oauth");
    case SystemConfig::Kind::File:
        break;
    }
    return {};
}

QString urlLabel(SystemConfig::Kind kind)
{
    switch (kind) {
    case SystemConfig::Kind::Crm:
        return ConnectionDialog::tr("&API address:");
    case SystemConfig::Kind::Staffing:
        return ConnectionDialog::tr("&OAuth address:");
    case SystemConfig::Kind::Odoo:
    case SystemConfig::Kind::File:
        break;
    }
    return ConnectionDialog::tr("&Address (URL):");
}

QString testToolTip(SystemConfig::Kind kind)
{
    switch (kind) {
    case SystemConfig::Kind::Odoo:
        return ConnectionDialog::tr("Connect with these settings and report the server, database, user and "
                                    "company reached, without saving anything.");
    case SystemConfig::Kind::Crm:
        return ConnectionDialog::tr("Connect with this token and report the HubSpot account reached and the "
                                    "scopes the token has, without saving anything.");
    case SystemConfig::Kind::Staffing:
        return ConnectionDialog::tr("Sign in with these settings and report the data centre reached, the "
                                    "records the API user sees and whether Time & Expense or pay-and-bill "
                                    "data is visible, without saving anything.");
    case SystemConfig::Kind::File:
        break;
    }
    return ConnectionDialog::tr("Testing this kind of connection is not available; Save stores the settings "
                                "without contacting the system.");
}

QLineEdit *newLineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

ConnectionDialog::ConnectionDialog(SystemRepository &repository, CredentialStore &credentials,
                                   const SystemConfig &system, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_credentials(credentials)
    , m_system(system)
{
    setObjectName(QStringLiteral("connectionDialog"));
    buildForm();
    loadSystem();
    updateForKind();
    m_name->setFocus();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildForm()
{
    setWindowTitle(m_system.id == 0 ? tr("Add connection") : tr("Edit connection"));
    setMinimumWidth(520);

    m_noSecretsNote = new QLabel(tr("File imports need no address and no secret: you choose the files "
                                    "each time you import."),
                                 this);
    m_noSecretsNote->setWordWrap(true);
    m_noSecretsNote->setForegroundRole(QPalette::PlaceholderText);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(buildConnectionBox());
    layout->addWidget(buildCredentialsBox());
    layout->addWidget(m_noSecretsNote);
    layout->addWidget(m_message);
    layout->addWidget(buildBusyRow());
    layout->addStretch(1);
    layout->addLayout(buildButtonRow());

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateForKind);
}

QGroupBox *ConnectionDialog::buildConnectionBox()
{
    auto *box = new QGroupBox(tr("Connection"), this);
    m_connectionForm = new QFormLayout(box);
    m_connectionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const auto kind : kKinds)
        m_kind->addItem(SystemConfig::kindTitle(kind), static_cast<int>(kind));
    m_name = newLineEdit(QStringLiteral("nameEdit"), box);
    m_name->setPlaceholderText(tr("For example: Odoo production"));
    m_url = newLineEdit(QStringLiteral("urlEdit"), box);
    m_loginUrl = newLineEdit(QStringLiteral("loginUrlEdit"), box);
    m_loginUrl->setPlaceholderText(
        QStringLiteral("https://rest-emea.bullhornstaffing.com/rest-services/login"));
    m_database = newLineEdit(QStringLiteral("databaseEdit"), box);
    m_enabled = new QCheckBox(tr("Include in &synchronisation"), box);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_connectionForm->addRow(tr("&Kind:"), m_kind);
    m_connectionForm->addRow(tr("&Name:"), m_name);
    m_connectionForm->addRow(tr("&Address (URL):"), m_url);
    m_connectionForm->addRow(tr("&REST login address:"), m_loginUrl);
    m_connectionForm->addRow(tr("&Database:"), m_database);
    m_connectionForm->addRow(QString(), m_enabled);
    return box;
}

QGroupBox *ConnectionDialog::buildCredentialsBox()
{
    m_credentialsBox = new QGroupBox(tr("Credentials"), this);
    m_credentialsForm = new QFormLayout(m_credentialsBox);
    m_credentialsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_login = newLineEdit(QStringLiteral("loginEdit"), m_credentialsBox);
    m_clientId = newLineEdit(QStringLiteral("clientIdEdit"), m_credentialsBox);
    m_credentialsForm->addRow(tr("&Login:"), m_login);
    m_credentialsForm->addRow(tr("&Client ID:"), m_clientId);
    for (const QString &account : allSecretAccounts())
        m_credentialsForm->addRow(secretLabel(SystemConfig::Kind::Odoo, account), addSecretField(account));
    m_showSecrets = new QCheckBox(tr("Sho&w what I type"), m_credentialsBox);
    m_showSecrets->setObjectName(QStringLiteral("showSecretsCheck"));
    connect(m_showSecrets, &QCheckBox::toggled, this, &ConnectionDialog::setSecretsVisible);
    m_credentialsForm->addRow(QString(), m_showSecrets);
    m_secretHint = new QLabel(m_credentialsBox);
    m_secretHint->setWordWrap(true);
    m_secretHint->setForegroundRole(QPalette::PlaceholderText);
    m_credentialsForm->addRow(m_secretHint);
    return m_credentialsBox;
}

QWidget *ConnectionDialog::buildBusyRow()
{
    m_busyRow = new QWidget(this);
    m_busyRow->setObjectName(QStringLiteral("busyRow"));
    auto *layout = new QHBoxLayout(m_busyRow);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *progress = new QProgressBar(m_busyRow);
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    progress->setMaximumWidth(120);
    progress->setMaximumHeight(12);
    layout->addWidget(progress);
    auto *label = new QLabel(
        tr("Storing the secret in the keychain. Your keychain may ask you to unlock it."), m_busyRow);
    label->setWordWrap(true);
    layout->addWidget(label, 1);
    m_busyRow->hide();
    return m_busyRow;
}

QHBoxLayout *ConnectionDialog::buildButtonRow()
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAutoDefault(false);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    m_tester = new OdooConnectionTester(this);
    connect(m_tester, &OdooConnectionTester::finished, this, &ConnectionDialog::showOdooReport);
    m_hubSpotTester = new HubSpotConnectionTester(this);
    connect(m_hubSpotTester, &HubSpotConnectionTester::finished, this, &ConnectionDialog::showHubSpotReport);
    m_bullhornTester = new BullhornConnectionTester(this);
    connect(m_bullhornTester, &BullhornConnectionTester::finished, this,
            &ConnectionDialog::showBullhornReport);
    auto *row = new QHBoxLayout;
    row->addWidget(m_testButton);
    row->addStretch(1);
    row->addWidget(m_buttons);
    return row;
}

QLineEdit *ConnectionDialog::addSecretField(const QString &account)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("secretEdit_%1").arg(account));
    edit->setEchoMode(QLineEdit::Password);
    // Keep secrets out of input-method history and predictive text.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_secrets.insert(account, edit);
    return edit;
}

void ConnectionDialog::loadSystem()
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_system.kind)));
    m_kind->setEnabled(m_system.id == 0);
    m_name->setText(m_system.name);
    m_url->setText(m_system.url);
    m_loginUrl->setText(m_system.options.value(BullhornConfig::kLoginUrlOption).toString());
    m_database->setText(m_system.databaseName);
    m_login->setText(m_system.login);
    m_clientId->setText(m_system.options.value(SystemConfig::kClientIdOption).toString());
    m_enabled->setChecked(m_system.enabled);
}

SystemConfig::Kind ConnectionDialog::currentKind() const
{
    return static_cast<SystemConfig::Kind>(m_kind->currentData().toInt());
}

void ConnectionDialog::updateForKind()
{
    const SystemConfig::Kind kind = currentKind();
    m_connectionForm->setRowVisible(m_url, SystemConfig::hasAddress(kind));
    m_connectionForm->setRowVisible(m_database, SystemConfig::hasDatabase(kind));
    m_connectionForm->setRowVisible(m_loginUrl, kind == SystemConfig::Kind::Staffing);
    if (auto *label = qobject_cast<QLabel *>(m_connectionForm->labelForField(m_url)))
        label->setText(urlLabel(kind));
    m_credentialsForm->setRowVisible(m_login, SystemConfig::hasLogin(kind));
    m_credentialsForm->setRowVisible(m_clientId, SystemConfig::hasClientId(kind));
    m_url->setPlaceholderText(urlPlaceholder(kind));
    if (auto *label = qobject_cast<QLabel *>(m_credentialsForm->labelForField(m_login)))
        label->setText(kind == SystemConfig::Kind::Staffing ? tr("API &user:") : tr("&Login:"));

    const QStringList accounts = SystemConfig::secretAccounts(kind);
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        m_credentialsForm->setRowVisible(it.value(), accounts.contains(it.key()));
        if (auto *label = qobject_cast<QLabel *>(m_credentialsForm->labelForField(it.value())))
            label->setText(secretLabel(kind, it.key()));
        it.value()->setPlaceholderText(m_system.id == 0 ? QString() : tr("Stored in the keychain"));
    }
    m_secretHint->setText(m_system.id == 0
                              ? tr("Secrets are stored in the system keychain, never in the cache file.")
                              : tr("Secrets are stored in the system keychain. Leave a field empty to keep "
                                   "the stored secret."));
    m_credentialsBox->setVisible(!accounts.isEmpty());
    m_noSecretsNote->setVisible(accounts.isEmpty());
    updateTestButton();
    alignLabelColumns();
    adjustSize();
}

void ConnectionDialog::alignLabelColumns()
{
    // The two group boxes read as one form when their label columns share a width.
    QList<QLabel *> labels;
    for (QFormLayout *form : { m_connectionForm, m_credentialsForm }) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
                label && form->isRowVisible(row))
                labels.append(label);
        }
    }
    int width = 0;
    for (QLabel *label : std::as_const(labels)) {
        label->setMinimumWidth(0);
        width = qMax(width, label->sizeHint().width());
    }
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void ConnectionDialog::setSecretsVisible(bool visible)
{
    for (QLineEdit *edit : std::as_const(m_secrets))
        edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
}

SystemConfig ConnectionDialog::systemFromForm() const
{
    SystemConfig system = m_system;
    system.kind = currentKind();
    system.name = m_name->text();
    system.enabled = m_enabled->isChecked();
    system.url = SystemConfig::hasAddress(system.kind) ? m_url->text() : QString();
    system.databaseName = SystemConfig::hasDatabase(system.kind) ? m_database->text() : QString();
    system.login = SystemConfig::hasLogin(system.kind) ? m_login->text() : QString();
    if (SystemConfig::hasClientId(system.kind))
        system.options.insert(SystemConfig::kClientIdOption, m_clientId->text().trimmed());
    else
        system.options.remove(SystemConfig::kClientIdOption);
    if (system.kind == SystemConfig::Kind::Staffing)
        system.options.insert(BullhornConfig::kLoginUrlOption, m_loginUrl->text().trimmed());
    else
        system.options.remove(BullhornConfig::kLoginUrlOption);
    return system;
}

bool ConnectionDialog::checkSecretsPresent()
{
    // A new connection cannot work without its secrets; an edited one keeps the stored ones.
    if (m_system.id != 0)
        return true;
    const SystemConfig::Kind kind = currentKind();
    for (const QString &account : SystemConfig::secretAccounts(kind)) {
        QLineEdit *edit = m_secrets.value(account);
        if (edit->text().isEmpty()) {
            m_message->showMessage(MessageBanner::Kind::Warning, secretMissing(kind, account));
            growToFit();
            edit->setFocus();
            return false;
        }
    }
    return true;
}

void ConnectionDialog::save()
{
    if (m_busy)
        return;
    m_message->clear();
    const SystemConfig system = systemFromForm();
    if (auto valid = SystemRepository::validate(system); !valid) {
        showError(valid.error());
        return;
    }
    if (!checkSecretsPresent())
        return;

    if (system.id == 0) {
        const auto id = m_repository.insert(system);
        if (!id) {
            showError(id.error());
            return;
        }
        m_system = system;
        m_system.id = id.value();
        m_kind->setEnabled(false);
        setWindowTitle(tr("Edit connection"));
    } else {
        if (auto updated = m_repository.update(system); !updated) {
            showError(updated.error());
            return;
        }
        m_system = system;
    }
    if (auto stored = m_repository.find(m_system.id))
        m_system = stored.value();

    m_pendingSecrets.clear();
    for (const QString &account : SystemConfig::secretAccounts(m_system.kind)) {
        const QString secret = m_secrets.value(account)->text();
        if (!secret.isEmpty())
            m_pendingSecrets.append({ CredentialStore::keyFor(m_system.id, account), secret });
    }
    setBusy(true);
    storeNextSecret();
}

void ConnectionDialog::storeNextSecret()
{
    if (m_pendingSecrets.isEmpty()) {
        setBusy(false);
        accept();
        return;
    }
    const auto &[key, secret] = m_pendingSecrets.constFirst();
    m_credentials.writeSecret(key, secret, this, [this](const Result<void> &stored) {
        if (!stored) {
            setBusy(false);
            m_message->showError(stored.error(),
                                 tr("%1\n\nThe connection itself was saved. Fix the keychain and choose Save "
                                    "again, or enter the secret later with Edit.")
                                     .arg(stored.error().userMessage()));
            growToFit();
            return;
        }
        m_pendingSecrets.removeFirst();
        storeNextSecret();
    });
}

void ConnectionDialog::growToFit()
{
    // A message or the busy row appearing must make the window taller, not squeeze the fields.
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ConnectionDialog::showError(const Error &error)
{
    m_message->showError(error);
    growToFit();
    if (QWidget *field = fieldFor(error.code()))
        field->setFocus();
}

QWidget *ConnectionDialog::fieldFor(const QString &code) const
{
    const QHash<QString, QWidget *> fields {
        { SystemRepository::kFieldName, m_name },         { SystemRepository::kFieldUrl, m_url },
        { SystemRepository::kFieldDatabase, m_database }, { SystemRepository::kFieldLogin, m_login },
        { SystemRepository::kFieldClientId, m_clientId }, { SystemRepository::kFieldKind, m_kind },
        { BullhornConfig::kFieldLoginUrl, m_loginUrl },
    };
    return fields.value(code);
}

void ConnectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyRow->setVisible(busy);
    growToFit();
    for (auto *box : findChildren<QGroupBox *>())
        box->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
}

bool ConnectionDialog::isTesting() const
{
    return m_tester->isRunning() || m_hubSpotTester->isRunning() || m_bullhornTester->isRunning();
}

void ConnectionDialog::updateTestButton()
{
    const SystemConfig::Kind kind = currentKind();
    m_testButton->setEnabled(kind != SystemConfig::Kind::File && !isTesting());
    m_testButton->setToolTip(testToolTip(kind));
}

void ConnectionDialog::testConnection()
{
    m_message->clear();
    const SystemConfig system = systemFromForm();
    if (auto valid = SystemRepository::validate(system); !valid) {
        showError(valid.error());
        return;
    }
    if (system.kind == SystemConfig::Kind::Staffing) {
        if (auto config = BullhornConfig::fromSystem(system); !config) {
            showError(config.error());
            return;
        }
    }
    QHash<QString, QString> typed;
    QStringList stored;
    for (const QString &account : SystemConfig::secretAccounts(system.kind)) {
        const QString secret = m_secrets.value(account)->text();
        if (!secret.isEmpty()) {
            typed.insert(account, secret);
            continue;
        }
        // A new connection has nothing stored yet; an edited one tests with what the keychain holds.
        if (m_system.id == 0) {
            m_message->showMessage(MessageBanner::Kind::Warning, secretMissing(system.kind, account));
            growToFit();
            m_secrets.value(account)->setFocus();
            return;
        }
        stored.append(account);
    }
    m_testButton->setEnabled(false);
    collectSecrets(stored, typed);
}

void ConnectionDialog::collectSecrets(QStringList pending, QHash<QString, QString> secrets)
{
    if (pending.isEmpty()) {
        runTest(secrets);
        return;
    }
    const QString account = pending.takeFirst();
    m_credentials.readSecret(CredentialStore::keyFor(m_system.id, account), this,
                             [this, account, pending, secrets](const Result<QString> &stored) mutable {
                                 if (!stored) {
                                     m_message->showError(stored.error());
                                     growToFit();
                                     updateTestButton();
                                     return;
                                 }
                                 secrets.insert(account, stored.value());
                                 collectSecrets(pending, secrets);
                             });
}

void ConnectionDialog::runTest(const QHash<QString, QString> &secrets)
{
    const SystemConfig system = systemFromForm();
    if (system.kind == SystemConfig::Kind::Odoo) {
        runOdooTest(secrets.value(SystemConfig::kPasswordAccount));
        return;
    }
    // The throw-away store: the test's clients read the secrets from it and write what they are
    // issued (Bullhorn's refresh token) to it, never to the keychain.
    m_testCredentials = std::make_unique<MemoryCredentialStore>();
    constexpr qint64 kTestSystem = 0;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        m_testCredentials->writeSecret(CredentialStore::keyFor(kTestSystem, it.key()), it.value(), this,
                                       [](const Result<void> &) {});
    if (system.kind == SystemConfig::Kind::Crm) {
        HubSpotConfig config;
        config.baseUrl = QUrl(system.url.trimmed());
        config.systemId = kTestSystem;
        config.timeoutMs = 15000;
        config.maxAttempts = 2;
        m_hubSpotTester->start(config, m_testCredentials.get());
    } else {
        BullhornConfig config = BullhornConfig::fromSystem(system).value();
        config.systemId = kTestSystem;
        config.timeoutMs = 15000;
        config.maxAttempts = 2;
        m_bullhornTester->start(config, m_testCredentials.get());
    }
    m_testButton->setText(tr("Testing…"));
    updateTestButton();
}

void ConnectionDialog::runOdooTest(const QString &secret)
{
    const SystemConfig system = systemFromForm();
    OdooConnectionSettings settings;
    settings.url = QUrl(system.url.trimmed());
    settings.database = system.databaseName.trimmed();
    settings.login = system.login.trimmed();
    settings.secret = secret;
    settings.timeoutMs = 15000;
    if (auto valid = settings.validate(); !valid) {
        showError(valid.error());
        updateTestButton();
        return;
    }
    m_testButton->setText(tr("Testing…"));
    m_tester->start(settings);
    updateTestButton();
}

void ConnectionDialog::showOdooReport(const OdooConnectionReport &report)
{
    showTestResult(report.ok(), true, report.message, report.detail);
}

void ConnectionDialog::showHubSpotReport(const HubSpotConnectionReport &report)
{
    showTestResult(report.ok(), report.missingScopes.isEmpty(), report.message, report.detail);
}

void ConnectionDialog::showBullhornReport(const BullhornConnectionReport &report)
{
    // Signed in but without any approved-time data: usable, with files as the source of time.
    showTestResult(report.ok(), report.timeAndExpense || report.payAndBill, report.message, report.detail);
}

void ConnectionDialog::showTestResult(bool ok, bool complete, const QString &message, const QString &detail)
{
    m_testButton->setText(tr("&Test connection"));
    updateTestButton();
    if (!ok)
        m_message->showMessage(MessageBanner::Kind::Error, message, detail);
    else
        m_message->showMessage(complete ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning,
                               message, detail);
    growToFit();
}

void ConnectionDialog::reject()
{
    // The keychain request cannot be taken back; closing now would leave the user guessing
    // whether the secret was stored.
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace cw
