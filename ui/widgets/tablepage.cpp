#include "tablepage.h"

#include "cachetablemodel.h"
#include "emptystate.h"
#include "messagebanner.h"
#include "util/logging.h"
#include "util/settings.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cw {

namespace {

// Typing pauses shorter than this are one filter; each change restarts the count on big tables.
constexpr int kFilterDelayMs = 200;
// Quick loads never flash a progress bar.
constexpr int kBusyDelayMs = 400;
constexpr int kSaveDelayMs = 500;
// A first fit to contents never makes one long column (messages, JSON) push the others away.
constexpr int kMaxFittedColumnWidth = 360;
// Trimming long columns to fit the window stops at this many characters.
constexpr int kMinTrimmedColumnChars = 16;

// View state (column widths, order, sort) sits next to the user's other preferences. Settings
// has no generic key access, so open the same store by its file name.
std::unique_ptr<QSettings> viewStateStore(const Settings &settings)
{
    const QString file = settings.fileName();
    const bool ini = file.endsWith(QLatin1String(".ini")) || file.endsWith(QLatin1String(".conf"));
    return std::make_unique<QSettings>(file, ini ? QSettings::IniFormat : QSettings::NativeFormat);
}

QString safeFileName(QString text)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : text) {
        if (forbidden.contains(c) || c.isSpace())
            c = u'-';
    }
    return text.toLower();
}

} // namespace

TablePage::TablePage(const Database &database, Settings &settings, const QString &iconName, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_settings(settings)
    , m_iconName(iconName)
    , m_model(new CacheTableModel(database, this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_viewLabel(new QLabel(tr("Show:"), this))
    , m_viewSwitcher(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
    , m_busy(new QProgressBar(this))
    , m_busyDelay(new QTimer(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_error(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(this))
    , m_saveDelay(new QTimer(this))
    , m_layout(new QVBoxLayout(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    configureTable();
    m_empty->setIconName(iconName);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_layout->setContentsMargins(20, 16, 20, 12);
    m_layout->setSpacing(8);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_description);
    m_layout->addSpacing(4);
    m_layout->addWidget(createToolbar());
    m_layout->addWidget(m_error);
    m_layout->addWidget(m_stack, 1);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);
    connect(m_filterDelay, &QTimer::timeout, this, &TablePage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    m_filter->installEventFilter(this);

    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(kBusyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);
    m_saveDelay->setSingleShot(true);
    m_saveDelay->setInterval(kSaveDelayMs);
    connect(m_saveDelay, &QTimer::timeout, this, &TablePage::saveHeaderState);

    connect(m_model, &CacheTableModel::loadingChanged, this, &TablePage::updateState);
    connect(m_model, &CacheTableModel::countChanged, this, &TablePage::updateState);
    connect(m_model, &CacheTableModel::loadFailed, this, &TablePage::showError);
    connect(m_model, &CacheTableModel::pageLoaded, this, &TablePage::firstPageLoaded);
    connect(m_viewSwitcher, &QComboBox::activated, this, &TablePage::setCurrentView);
    auto *exportMenu = new QMenu(m_export);
    connect(exportMenu->addAction(tr("CSV file (Excel, LibreOffice)…")), &QAction::triggered, this,
            &TablePage::exportCsv);
    connect(exportMenu->addAction(tr("Excel workbook (.xlsx)…")), &QAction::triggered, this,
            &TablePage::exportXlsx);
    m_export->setMenu(exportMenu);
    connect(m_empty, &EmptyState::actionTriggered, m_filter, &QLineEdit::clear);
    updateState();
}

TablePage::~TablePage()
{
    saveHeaderState();
}

QWidget *TablePage::createToolbar()
{
    auto *toolbar = new QWidget(this);
    m_viewSwitcher->setAccessibleName(tr("Show"));
    m_viewLabel->setBuddy(m_viewSwitcher);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setToolTip(
        tr("Show only rows containing every word typed here. Put a phrase in double quotes."));
    m_filter->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_filter->setMaximumWidth(fontMetrics().averageCharWidth() * 48);
    if (QFile::exists(QStringLiteral(":/icons/filter.svg")))
        m_filter->addAction(QIcon(QStringLiteral(":/icons/filter.svg")), QLineEdit::LeadingPosition);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->setToolTip(tr("Loading…"));
    m_busy->hide();
    m_count->setForegroundRole(QPalette::PlaceholderText);
    if (QFile::exists(QStringLiteral(":/icons/export.svg")))
        m_export->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_export->setToolTip(tr("Save the rows shown, in this order, as a CSV file or an Excel workbook"));

    auto *row = new QHBoxLayout(toolbar);
    m_toolbarRow = row;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(m_viewLabel);
    row->addWidget(m_viewSwitcher);
    row->addSpacing(4);
    row->addWidget(m_filter, 1);
    row->addStretch(1);
    m_toolbarInsert = row->count() - 1;
    row->addWidget(m_busy);
    row->addWidget(m_count);
    row->addSpacing(4);
    row->addWidget(m_export);
    return toolbar;
}

void TablePage::configureTable()
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Fit to the rows on screen only: measuring more would load pages nobody looks at.
    header->setResizeContentsPrecision(0);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    connect(header, &QHeaderView::sectionResized, m_saveDelay, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionMoved, m_saveDelay, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, m_saveDelay, qOverload<>(&QTimer::start));
}

void TablePage::addHeaderWidget(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_error), widget);
}

void TablePage::setDetailPanel(QWidget *panel, Qt::Orientation orientation)
{
    auto *splitter = new QSplitter(orientation, this);
    splitter->setChildrenCollapsible(false);
    delete m_layout->replaceWidget(m_stack, splitter);
    splitter->addWidget(m_stack);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, orientation == Qt::Horizontal ? 1 : 2);
}

void TablePage::setHeading(const QString &title, const QString &description)
{
    m_title->setText(title);
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
}

QString TablePage::title() const
{
    return m_title->text();
}

void TablePage::setViews(const QList<View> &views)
{
    m_views = views;
    m_viewSwitcher->clear();
    for (const View &view : views)
        m_viewSwitcher->addItem(view.title);
    m_viewSwitcher->setVisible(views.size() > 1);
    m_viewLabel->setVisible(views.size() > 1);
    m_current = -1;
    setCurrentView(0);
}

void TablePage::setCurrentView(int index)
{
    if (index < 0 || index >= m_views.size() || index == m_current)
        return;
    saveHeaderState();
    m_current = index;
    m_viewSwitcher->setCurrentIndex(index);
    applyView(index);
}

void TablePage::applyView(int index)
{
    const View &view = m_views.at(index);
    QHeaderView *header = m_table->horizontalHeader();
    m_table->setSortingEnabled(false);
    m_model->setQuery(view.spec);
    m_model->setFilterText(m_filter->text());
    header->setSortIndicator(view.spec.defaultSortColumn, view.spec.defaultSortOrder);
    const QByteArray state = viewStateStore(m_settings)->value(headerKey()).toByteArray();
    m_fitPending = state.isEmpty() || !header->restoreState(state);
    m_firstPageLoaded = false;
    header->setSortIndicatorShown(true);
    // Enabling sorting sorts by the indicator: the default, or the one restored above.
    m_table->setSortingEnabled(true);
    m_error->clear();
    updateState();
}

void TablePage::sortBy(int column, Qt::SortOrder order)
{
    m_table->sortByColumn(column, order);
}

QString TablePage::headerKey() const
{
    if (m_current < 0)
        return {};
    const QuerySpec &spec = m_views.at(m_current).spec;
    // The column count is part of the key: a view whose columns follow the configured systems
    // must not restore a state saved for other columns.
    return QStringLiteral("views/%1/%2/header").arg(spec.id).arg(spec.columns.size());
}

void TablePage::saveHeaderState() const
{
    if (m_current < 0 || m_fitPending)
        return;
    viewStateStore(m_settings)->setValue(headerKey(), m_table->horizontalHeader()->saveState());
}

void TablePage::firstPageLoaded(int page)
{
    if (page != 0)
        return;
    m_firstPageLoaded = true;
    fitColumnsWhenReady();
}

void TablePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitColumnsWhenReady();
}

void TablePage::fitColumnsWhenReady()
{
    // Measured on the rows on screen, at the width the table really has: a page loaded while
    // hidden is fitted when it is first shown.
    if (!m_fitPending || !m_firstPageLoaded || !m_table->isVisible())
        return;
    m_fitPending = false;
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    const int padding = fontMetrics().averageCharWidth() * 2;
    QList<int> wanted;
    for (int column = 0; column < header->count(); ++column)
        wanted << std::min(header->sectionSize(column) + padding, kMaxFittedColumnWidth);
    // When the columns do not fit, trim the widest ones first, down to a readable minimum, so
    // that short columns (amounts, dates, states) stay whole and every column stays in view. The
    // last column stretches into whatever is left, so it only needs its minimum.
    const int floor = fontMetrics().averageCharWidth() * kMinTrimmedColumnChars;
    const int reserve = wanted.isEmpty() ? 0 : std::min(wanted.last(), floor);
    const auto totalUpTo = [&wanted](int cap) {
        int total = 0;
        for (qsizetype column = 0; column + 1 < wanted.size(); ++column)
            total += std::min(wanted.at(column), cap);
        return total;
    };
    const int available = m_table->viewport()->width() - reserve;
    int cap = kMaxFittedColumnWidth;
    while (cap > floor && totalUpTo(cap) > available)
        cap -= 4;
    int used = 0;
    for (int column = 0; column + 1 < wanted.size(); ++column) {
        header->resizeSection(column, std::min(wanted.at(column), cap));
        used += header->sectionSize(column);
    }
    if (!wanted.isEmpty()) {
        const int room = std::max(reserve, m_table->viewport()->width() - used);
        header->resizeSection(int(wanted.size()) - 1, std::min(wanted.last(), room));
    }
}

void TablePage::applyFilter()
{
    m_filterDelay->stop();
    m_model->setFilterText(m_filter->text());
    updateState();
}

void TablePage::refresh()
{
    m_error->clear();
    m_model->refresh();
    updateState();
}

void TablePage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool TablePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (m_filter->text().isEmpty()) {
            m_table->setFocus(Qt::OtherFocusReason);
        } else {
            m_filter->clear();
            applyFilter();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool TablePage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString TablePage::countText() const
{
    return m_count->text();
}

void TablePage::updateState()
{
    const bool loading = m_model->isLoading();
    if (loading && m_busy->isHidden() && !m_busyDelay->isActive())
        m_busyDelay->start();
    if (!loading) {
        m_busyDelay->stop();
        m_busy->hide();
    }
    const bool filtered = !m_model->filterText().trimmed().isEmpty();
    if (!m_model->isCountKnown()) {
        m_count->setText(!m_error->isHidden() ? QString() : tr("Counting…"));
    } else if (filtered) {
        m_count->setText(tr("%Ln matching record(s)", nullptr, int(m_model->totalCount())));
    } else {
        m_count->setText(tr("%Ln record(s)", nullptr, int(m_model->totalCount())));
    }
    m_export->setEnabled(m_model->isCountKnown() && m_model->totalCount() > 0);

    const bool empty = m_model->isCountKnown() && m_model->totalCount() == 0 && m_error->isHidden();
    if (empty && filtered) {
        m_empty->setMessage(tr("No matching records"),
                            tr("Nothing here contains “%1”. Check the spelling, use fewer words, or clear "
                               "the filter to see every record.")
                                .arg(m_model->filterText().trimmed()));
        m_empty->setAction(tr("Clear filter"));
    } else if (empty && m_current >= 0) {
        m_empty->setMessage(m_views.at(m_current).emptyTitle, m_views.at(m_current).emptyText);
        m_empty->setAction(QString());
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
}

void TablePage::showError(const Error &error)
{
    qCWarning(lcUi) << "list" << (m_current >= 0 ? m_views.at(m_current).spec.id : QString())
                    << "failed:" << error.toString();
    m_error->showError(
        error, tr("This list could not be loaded. %1 Press F5 to try again.").arg(error.userMessage()));
    updateState();
}

void TablePage::setMaskPersonalData(bool mask)
{
    m_model->setMaskPersonalData(mask);
}

void TablePage::addToolbarWidget(QWidget *widget)
{
    m_toolbarRow->insertWidget(m_toolbarInsert++, widget);
}

void TablePage::exportCsv()
{
    exportAs(QStringLiteral("csv"), tr("CSV files (*.csv)"));
}

void TablePage::exportXlsx()
{
    exportAs(QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx)"));
}

void TablePage::exportAs(const QString &suffix, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(QStringLiteral("%1-%2.%3").arg(
        safeFileName(title()), QDate::currentDate().toString(Qt::ISODate), suffix));
    QString path = QFileDialog::getSaveFileName(this, tr("Export list"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    exportTo(path);
}

void TablePage::exportTo(const QString &path)
{
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Result<qint64> written = watcher->result();
        if (!written) {
            qCWarning(lcUi) << "export failed:" << written.error().toString();
            emit exportFinished(path, false, written.error().userMessage());
            QMessageBox::warning(this, tr("Export failed"), written.error().userMessage());
            return;
        }
        const QString message = tr("Exported %Ln record(s) to %1.", nullptr, int(written.value()))
                                    .arg(QDir::toNativeSeparators(path));
        emit statusMessage(message);
        emit exportFinished(path, true, message);
    });
    watcher->setFuture(m_model->exportTo(path, TableExporter::formatOf(path)));
}

} // namespace cw
