#include "syncpage.h"

#include "cache/database.h"
#include "cache/systemrepository.h"
#include "cachetablemodel.h"
#include "credentials/credentialstore.h"
#include "pagequeries.h"
#include "sync/syncengine.h"
#include "widgets/messagebanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cw {

namespace {

// The overview tables show a handful of systems and entities; more scroll.
constexpr int kOverviewRows = 5;

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : SyncPage::tr("never");
}

QString circuitText(const SyncOverview::SystemHealth &system)
{
    const bool waiting = system.circuitState == QLatin1String("open")
        && system.circuitReopensAt > QDateTime::currentDateTimeUtc();
    if (waiting) {
        // Circuits open for seconds or minutes: the time of day says it, the date only when not today.
        const QDateTime until = system.circuitReopensAt.toLocalTime();
        const QString time = until.date() == QDate::currentDate()
            ? QLocale().toString(until.time(), QLocale::ShortFormat)
            : when(until);
        return SyncPage::tr("Open until %1").arg(time);
    }
    // An open circuit whose wait is over lets the next call through to test the system.
    if (system.circuitState == QLatin1String("open") || system.circuitState == QLatin1String("half_open"))
        return SyncPage::tr("Half-open: the next call tests it");
    return SyncPage::tr("Closed");
}

QTableWidget *overviewTable(const QStringList &titles, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(titles.size()), parent);
    table->setHorizontalHeaderLabels(titles);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setMaximumHeight(table->horizontalHeader()->sizeHint().height()
                            + kOverviewRows * table->verticalHeader()->defaultSectionSize() + 4);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, const QString &tooltip = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(tooltip.isEmpty() ? cells.at(column) : tooltip);
        table->setItem(row, column, item);
    }
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SyncPage::SyncPage(const Database &database, CredentialStore &credentials, Settings &settings,
                   QWidget *parent)
    : TablePage(database, settings, QStringLiteral("sync"), parent)
    , m_database(database)
    , m_credentials(credentials)
    , m_engine(new SyncEngine(database, {}, this))
{
    setHeading(tr("Sync"),
               tr("Each connected system's health, the last pull of every kind of record, and every sync run "
                  "with what it read, created, updated, skipped and failed. Select a run to see its log."));
    setViews(
        { { tr("All runs"), PageQueries::syncRuns(), tr("No sync has run yet"),
            tr("Each sync with Odoo, the CRM or the staffing platform will be listed here with its counts "
               "and outcome. Connect a system in Settings, then press Sync now.") } });
    addToolbarWidget(createSyncControls());
    addHeaderWidget(createOverview());
    setDetailPanel(createRunLog(), Qt::Vertical);

    connect(m_engine, &SyncEngine::progress, this, &SyncPage::onProgress);
    connect(m_engine, &SyncEngine::flowFinished, this, &SyncPage::onFlowFinished);
    connect(m_engine, &SyncEngine::finished, this, &SyncPage::onFinished);
    connect(&m_overview, &QFutureWatcher<Result<SyncOverview::Overview>>::finished, this,
            &SyncPage::showOverview);
    connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncPage::showRunLog);
    // The newest run's log is what a person opening the page looks for first.
    connect(model(), &CacheTableModel::pageLoaded, this, [this](int page) {
        if (page == 0 && !tableView()->currentIndex().isValid() && model()->rowCount() > 0)
            tableView()->selectionModel()->setCurrentIndex(
                model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    m_scheduleTimer = new QTimer(this);
    m_scheduleTimer->setInterval(30 * 1000);
    connect(m_scheduleTimer, &QTimer::timeout, this, &SyncPage::runScheduledFlows);
    m_scheduleTimer->start();
    updateSyncState();
    reloadOverview();
    loadSchedule();
}

SyncPage::~SyncPage()
{
    m_overview.waitForFinished();
}

QWidget *SyncPage::createSyncControls()
{
    auto *controls = new QWidget(this);
    m_syncButton = new QToolButton(controls);
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_syncButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_syncButton->setToolTip(
        tr("Run every flow now; the arrow runs one flow (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S).toString(QKeySequence::NativeText)));
    m_syncButton->setMenu(new QMenu(m_syncButton));
    connect(m_syncButton->menu(), &QMenu::aboutToShow, this, &SyncPage::buildFlowMenu);
    connect(m_syncButton, &QToolButton::clicked, this, [this] { startSync({}); });
    auto *syncKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    syncKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(syncKey, &QShortcut::activated, this, [this] { startSync({}); });

    m_cancelButton = new QPushButton(tr("Cancel"), controls);
    m_cancelButton->setToolTip(tr("Stop the running sync; what is done stays done (Esc)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncPage::cancelSync);
    auto *cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelKey, &QShortcut::activated, this, [this] {
        if (isSyncing())
            cancelSync();
    });
    m_progress = new QProgressBar(controls);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(controls);
    m_progressText->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_syncButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_progress);
    row->addWidget(m_progressText);
    return controls;
}

QWidget *SyncPage::createOverview()
{
    auto *overview = new QWidget(this);
    m_banner = new MessageBanner(overview);
    m_systems = overviewTable(
        { tr("System"), tr("Circuit"), tr("Last success"), tr("Last error"), tr("Latest run") }, overview);
    m_systems->setAccessibleName(tr("System health"));
    m_entities = overviewTable(
        { tr("System"), tr("Kind"), tr("Last pull"), tr("Read"), tr("Errors"), tr("Last error") }, overview);
    m_entities->setAccessibleName(tr("Pulls by kind of record"));

    // One table at a time, at the page's full width: side by side, each needed a horizontal
    // scroll bar at 1280 pixels. System health comes first because it is what people look for.
    auto *tables = new QTabWidget(overview);
    tables->setDocumentMode(true);
    tables->addTab(m_systems, tr("Systems"));
    tables->addTab(m_entities, tr("Pulls by kind of record"));
    tables->addTab(createSchedule(tables), tr("Schedule while Crosswalk is open"));
    // The pages are capped at a few rows, but a tab widget takes all the height it is offered:
    // without its own cap it left an empty band above the run history.
    tables->setMaximumHeight(tables->tabBar()->sizeHint().height() + m_systems->maximumHeight());
    auto *layout = new QVBoxLayout(overview);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_banner);
    layout->addWidget(tables);
    return overview;
}

QWidget *SyncPage::createSchedule(QWidget *parent)
{
    const QList<SyncFlow> flows = SyncFlows::all();
    m_schedule = overviewTable({ tr("Flow"), tr("Every"), tr("Next run") }, parent);
    m_schedule->setAccessibleName(tr("Sync schedule"));
    m_schedule->setSelectionMode(QAbstractItemView::NoSelection);
    m_schedule->setRowCount(int(flows.size()));
    for (int row = 0; row < flows.size(); ++row) {
        const SyncFlow flow = flows.at(row);
        auto *title = new QTableWidgetItem(SyncFlows::title(flow));
        title->setData(Qt::UserRole, int(flow));
        m_schedule->setItem(row, 0, title);
        auto *every = new QSpinBox(m_schedule);
        every->setRange(0, SyncSchedule::kMaxMinutes);
        every->setSingleStep(15);
        every->setSuffix(tr(" min"));
        // 0 reads as what it means rather than "0 min".
        every->setSpecialValueText(tr("when asked"));
        every->setAccessibleName(tr("Minutes between runs of %1").arg(SyncFlows::title(flow)));
        every->setToolTip(
            tr("How often %1 runs by itself while Crosswalk is open; at least %2 minutes, 0 for "
               "only when you press Sync now")
                .arg(SyncFlows::title(flow))
                .arg(SyncSchedule::kMinMinutes));
        every->setEnabled(false);
        connect(every, &QSpinBox::editingFinished, this,
                [this, every, flow] { saveInterval(flow, every->value()); });
        m_schedule->setCellWidget(row, 1, every);
        m_schedule->setItem(row, 2, new QTableWidgetItem);
    }
    m_schedule->resizeColumnsToContents();
    return m_schedule;
}

Result<std::optional<SystemConfig>> SyncPage::odooSystem() const
{
    // The system table has a handful of rows: read on the GUI thread like the Settings page does.
    const auto systems = SystemRepository(m_database).list();
    if (!systems)
        return systems.error();
    for (const SystemConfig &system : systems.value()) {
        if (system.kind == SystemConfig::Kind::Odoo && system.enabled)
            return std::optional<SystemConfig>(system);
    }
    return std::optional<SystemConfig>();
}

void SyncPage::loadSchedule()
{
    const Result<std::optional<SystemConfig>> odoo = odooSystem();
    m_scheduleSystem = odoo && odoo.value() ? odoo.value()->id : 0;
    Result<SyncSchedule> schedule = m_scheduleSystem > 0 ? SyncSchedule::load(m_database, m_scheduleSystem)
                                                         : Result<SyncSchedule>(SyncSchedule());
    if (!schedule)
        m_banner->showError(schedule.error());
    m_scheduleValues = schedule ? schedule.value() : SyncSchedule();
    for (int row = 0; row < m_schedule->rowCount(); ++row) {
        auto *every = qobject_cast<QSpinBox *>(m_schedule->cellWidget(row, 1));
        const auto flow = static_cast<SyncFlow>(m_schedule->item(row, 0)->data(Qt::UserRole).toInt());
        const QSignalBlocker quiet(every);
        every->setValue(m_scheduleValues.intervalMinutes(flow));
        every->setEnabled(m_scheduleSystem > 0);
    }
    showNextRuns();
}

void SyncPage::showNextRuns()
{
    const Result<QMap<SyncFlow, QDateTime>> starts = m_scheduleSystem > 0
        ? SyncSchedule::lastStarts(m_database, m_scheduleSystem)
        : Result<QMap<SyncFlow, QDateTime>>(QMap<SyncFlow, QDateTime>());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_schedule->rowCount(); ++row) {
        const auto flow = static_cast<SyncFlow>(m_schedule->item(row, 0)->data(Qt::UserRole).toInt());
        const std::optional<QDateTime> next =
            starts ? m_scheduleValues.nextRun(flow, starts.value().value(flow), now) : std::nullopt;
        QString text = tr("—");
        if (m_scheduleSystem == 0)
            text = tr("no Odoo connection");
        else if (next)
            text = *next <= now ? tr("due now") : when(*next);
        m_schedule->item(row, 2)->setText(text);
    }
}

void SyncPage::saveInterval(SyncFlow flow, int minutes)
{
    if (m_scheduleSystem == 0 || m_scheduleValues.intervalMinutes(flow) == minutes)
        return;
    m_scheduleValues.setIntervalMinutes(flow, minutes);
    if (Result<void> saved = m_scheduleValues.save(m_database, m_scheduleSystem); !saved)
        m_banner->showError(saved.error());
    loadSchedule(); // shows the value as kept (clamped) and its next run
}

void SyncPage::runScheduledFlows()
{
    if (isSyncing() || m_scheduleSystem == 0 || m_scheduleValues.isEmpty())
        return;
    const Result<QMap<SyncFlow, QDateTime>> starts = SyncSchedule::lastStarts(m_database, m_scheduleSystem);
    if (!starts) {
        m_banner->showError(starts.error());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<SyncFlow> due = m_scheduleValues.due(starts.value(), now);
    // A start that failed before any run (no key in the keychain) is not retried every half minute.
    if (due.isEmpty()
        || (m_scheduledAt.isValid() && m_scheduledAt.secsTo(now) < SyncSchedule::kMinMinutes * 60))
        return;
    m_scheduledAt = now;
    startSync(due);
}

QWidget *SyncPage::createRunLog()
{
    auto *panel = new QWidget(this);
    m_logTitle = sectionTitle(tr("Select a run to see its log."), panel);
    m_logModel = new CacheTableModel(m_database, this);
    m_logView = new QTableView(panel);
    m_logView->setModel(m_logModel);
    m_logView->setAccessibleName(tr("Run log"));
    m_logView->verticalHeader()->hide();
    m_logView->setShowGrid(false);
    m_logView->setAlternatingRowColors(true);
    m_logView->setWordWrap(false);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_logView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Fitted to the first rows of each run, so time, level and record read whole.
    connect(m_logModel, &CacheTableModel::pageLoaded, this, [this](int page) {
        if (page != 0)
            return;
        m_logView->resizeColumnsToContents();
        for (int column = 0; column + 1 < m_logModel->columnCount(); ++column)
            m_logView->setColumnWidth(
                column, std::min(m_logView->columnWidth(column), fontMetrics().averageCharWidth() * 40));
    });
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_logTitle);
    layout->addWidget(m_logView, 1);
    return panel;
}

void SyncPage::buildFlowMenu()
{
    QMenu *menu = m_syncButton->menu();
    menu->clear();
    menu->addAction(tr("Everything"), this, [this] { startSync({}); });
    menu->addSeparator();
    for (SyncFlow flow : SyncFlows::all())
        menu->addAction(SyncFlows::title(flow), this, [this, flow] { startSync({ flow }); });
}

void SyncPage::reloadOverview()
{
    if (m_overview.isRunning()) {
        m_overviewAgain = true;
        return;
    }
    const Database *database = &m_database;
    m_overview.setFuture(QtConcurrent::run([database] {
        auto overview = SyncOverview::compute(*database);
        database->releaseThreadConnection();
        return overview;
    }));
}

void SyncPage::showOverview()
{
    if (m_overviewAgain) {
        m_overviewAgain = false;
        reloadOverview();
        return;
    }
    const auto overview = m_overview.result();
    if (!overview) {
        m_banner->showError(overview.error());
        emit overviewLoaded();
        return;
    }
    m_systems->setRowCount(int(overview.value().systems.size()));
    int row = 0;
    for (const SyncOverview::SystemHealth &system : overview.value().systems) {
        const QString error = system.lastError.isValid()
            ? tr("%1: %2").arg(when(system.lastError), system.lastErrorMessage)
            : tr("none");
        setRow(m_systems, row,
               { system.name, circuitText(system), when(system.lastSuccess), error,
                 system.lastStatus.isEmpty() ? tr("never synced")
                                             : PageQueries::syncStatusTitle(system.lastStatus) },
               system.lastErrorMessage);
        if (!system.circuitState.isEmpty())
            m_systems->item(row, 1)->setToolTip(
                tr("%n failure(s) in a row when it last changed. The last one: %1", nullptr,
                   system.circuitFailures)
                    .arg(system.circuitError.isEmpty() ? tr("none recorded") : system.circuitError));
        ++row;
    }
    m_entities->setRowCount(int(overview.value().entities.size()));
    row = 0;
    for (const SyncOverview::EntityPull &pull : overview.value().entities) {
        const QLocale locale;
        setRow(m_entities, row,
               { pull.systemName, pull.entity, when(pull.lastPull), locale.toString(pull.read),
                 locale.toString(pull.errors), pull.lastErrorMessage });
        m_entities->item(row++, 3)->setToolTip(
            tr("The latest pull read %1 records: %2 new, %3 changed, %4 failed.")
                .arg(locale.toString(pull.read), locale.toString(pull.created), locale.toString(pull.updated),
                     locale.toString(pull.failed)));
    }
    for (QTableWidget *table : { m_systems, m_entities }) {
        table->resizeColumnsToContents();
        for (int column = 0; column + 1 < table->columnCount(); ++column)
            table->setColumnWidth(
                column, std::min(table->columnWidth(column), fontMetrics().averageCharWidth() * 28));
    }
    loadSchedule(); // an Odoo connection added in Settings, or a run just ended
    emit overviewLoaded();
}

void SyncPage::showRunLog()
{
    const QModelIndex current = tableView()->currentIndex();
    const QVariant runId =
        current.isValid() ? current.siblingAtColumn(0).data(CacheTableModel::RowIdRole) : QVariant();
    if (!runId.isValid())
        return;
    m_logTitle->setText(tr("Log of the run started %1").arg(current.siblingAtColumn(0).data().toString()));
    m_logModel->setQuery(SyncOverview::runLog(runId.toLongLong()));
}

bool SyncPage::isSyncing() const
{
    return m_engine->isRunning() || m_readingSecret;
}

void SyncPage::startSync(const QList<SyncFlow> &flows)
{
    if (isSyncing())
        return;
    const Result<std::optional<SystemConfig>> found = odooSystem();
    if (!found) {
        m_banner->showError(found.error());
        return;
    }
    const std::optional<SystemConfig> &odoo = found.value();
    if (!odoo) {
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("There is no Odoo connection to sync with. Add one in Settings > Connections."));
        return;
    }
    m_readingSecret = true;
    m_banner->clear();
    m_progressText->setText(tr("Reading the Odoo key from the keychain…"));
    updateSyncState();
    const qint64 id = odoo->id;
    const QString url = odoo->url;
    const QString databaseName = odoo->databaseName;
    const QString login = odoo->login;
    m_credentials.readSecret(CredentialStore::keyFor(id, SystemConfig::kPasswordAccount), this,
                             [this, flows, id, url, databaseName, login](const Result<QString> &secret) {
                                 m_readingSecret = false;
                                 if (!secret) {
                                     m_progressText->clear();
                                     m_banner->showError(
                                         secret.error(),
                                         tr("The Odoo key could not be read from the keychain. %1")
                                             .arg(secret.error().userMessage()));
                                     updateSyncState();
                                     return;
                                 }
                                 syncWith(flows, secret.value(), id, url, databaseName, login);
                             });
}

void SyncPage::syncWith(const QList<SyncFlow> &flows, const QString &secret, qint64 systemId,
                        const QString &url, const QString &databaseName, const QString &login)
{
    SyncEngineOptions options = m_engine->options();
    options.odoo.url = QUrl(url.trimmed());
    options.odoo.database = databaseName.trimmed();
    options.odoo.login = login.trimmed();
    options.odoo.secret = secret;
    options.odooSystemId = systemId;
    // The pull reads the cache's CRM and staffing systems with their secrets in the keychain.
    options.credentials = &m_credentials;
    if (auto valid = options.odoo.validate(); !valid) {
        m_progressText->clear();
        m_banner->showError(valid.error());
        updateSyncState();
        return;
    }
    m_engine->setOptions(options);
    if (!m_engine->start(flows.isEmpty() ? SyncFlows::all() : flows))
        m_progressText->clear();
    updateSyncState();
}

void SyncPage::cancelSync()
{
    m_engine->cancel();
    m_progressText->setText(tr("Cancelling…"));
}

void SyncPage::onProgress(SyncFlow flow, qint64 done, qint64 total, const QString &message)
{
    if (total < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total == 0 ? 1000 : int(done * 1000 / total));
    }
    m_progressText->setText(tr("%1: %2").arg(SyncFlows::title(flow), message));
}

void SyncPage::onFlowFinished(const SyncFlowResult &result)
{
    Q_UNUSED(result)
    refresh();
    reloadOverview();
}

void SyncPage::onFinished(bool allSucceeded)
{
    QStringList lines;
    for (const SyncFlowResult &result : m_engine->results()) {
        if (result.status != QLatin1String("unavailable"))
            lines << tr("%1: %2").arg(SyncFlows::title(result.flow), result.message);
    }
    const QString message = lines.isEmpty() ? tr("Nothing was synced.") : lines.join(QLatin1Char('\n'));
    m_banner->showMessage(allSucceeded ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning,
                          message);
    m_progressText->clear();
    refresh();
    reloadOverview();
    updateSyncState();
    emit statusMessage(allSucceeded ? tr("Sync finished.")
                                    : tr("Sync finished with problems; see the Sync page."));
    emit syncFinished(allSucceeded, message);
}

void SyncPage::updateSyncState()
{
    const bool running = isSyncing();
    m_syncButton->setEnabled(!running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(m_engine->isRunning());
    m_progress->setVisible(running);
    if (running && m_progress->maximum() != 0)
        m_progress->setRange(0, 0);
}

} // namespace cw
