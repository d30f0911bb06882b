#include "dashboardpage.h"

#include "agebucketchartmodel.h"
#include "cellformatter.h"
#include "charts/chartcard.h"
#include "charts/chartstyle.h"
#include "charts/dashboardreport.h"
#include "charts/paretochart.h"
#include "charts/stackedbarchart.h"
#include "dialogs/drilldowndialog.h"
#include "exceptiontrendmodel.h"
#include "failedpushparetomodel.h"
#include "kpi/agebuckets.h"
#include "kpi/kpidrilldowns.h"
#include "kpi/kpiservice.h"
#include "util/logging.h"
#include "widgets/messagebanner.h"
#include "widgets/summarytile.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace cw {

namespace {

constexpr int kTileColumns = 4;
// Typing in a filter box or stepping through dates fires many changes; compute once it settles.
constexpr int kFilterDelayMs = 120;
constexpr int kTopCustomers = 8;

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A combo whose first entry (no data) means "no filter".
QComboBox *choiceBox(const QString &allText, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(allText);
    box->setAccessibleName(accessibleName);
    box->setMinimumContentsLength(9);
    box->setToolTip(accessibleName);
    return box;
}

// Replaces the choices after the first ("All …") through one model insertion: thousands of
// customers or cost centers added by one addItem() each (a view update each) held the UI thread
// for a quarter of a second. The current choice stays if it is still offered.
void setChoices(QComboBox *box, const QList<std::pair<QString, QVariant>> &choices)
{
    const QVariant current = box->currentData();
    QList<QStandardItem *> items;
    items.reserve(choices.size() + 1);
    items << new QStandardItem(box->itemText(0));
    for (const auto &[text, data] : choices) {
        auto *item = new QStandardItem(text);
        item->setData(data, Qt::UserRole);
        items << item;
    }
    auto *model = new QStandardItemModel(box);
    model->appendColumn(items);
    box->setModel(model);
    box->setCurrentIndex(current.isValid() ? std::max(0, box->findData(current)) : 0);
}

void setChoices(QComboBox *box, const QStringList &values)
{
    QList<std::pair<QString, QVariant>> choices;
    choices.reserve(values.size());
    for (const QString &value : values)
        choices.emplace_back(value, value);
    setChoices(box, choices);
}

} // namespace

DashboardPage::DashboardPage(const Database &database, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_settings(settings)
    , m_service(new KpiService(database, this))
    , m_options(new KpiFilterOptions(database, this))
    , m_ageModel(new AgeBucketChartModel(this))
    , m_exceptionModel(new ExceptionTrendModel(this))
    , m_paretoModel(new FailedPushParetoModel(this))
    , m_subtitle(new QLabel(this))
    , m_busy(new QLabel(tr("Updating…"), this))
    , m_banner(new MessageBanner(this))
    , m_asOf(new QDateEdit(this))
    , m_period(new QComboBox(this))
    , m_customer(choiceBox(tr("All customers"), tr("Customer"), this))
    , m_businessUnit(choiceBox(tr("All units"), tr("Business unit"), this))
    , m_costCenter(choiceBox(tr("All cost centers"), tr("Cost center"), this))
    , m_currency(choiceBox(tr("All, converted"), tr("Currency"), this))
    , m_reset(new QPushButton(tr("Reset"), this))
    , m_syncLine(new QLabel(this))
    , m_filterDelay(new QTimer(this))
{
    auto *title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setText(tr("What needs attention, from the local cache."));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->hide();
    m_syncLine->setForegroundRole(QPalette::PlaceholderText);
    m_syncLine->setWordWrap(true);

    auto *report = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Report PDF…"), this);
    report->setToolTip(tr("Save this dashboard as a printable one-page PDF report"));
    auto *refreshButton = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this);
    refreshButton->setToolTip(tr("Compute the figures again from the cache (F5)"));
    auto *heading = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(m_subtitle);
    heading->addLayout(titles, 1);
    heading->addWidget(m_busy, 0, Qt::AlignBottom);
    heading->addWidget(refreshButton, 0, Qt::AlignBottom);
    heading->addWidget(report, 0, Qt::AlignBottom);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(heading);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_banner);
    layout->addWidget(createTiles());
    layout->addWidget(createCharts(), 1);
    layout->addWidget(m_syncLine);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);
    connect(m_filterDelay, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(report, &QPushButton::clicked, this, &DashboardPage::printReport);
    connect(m_service, &KpiService::snapshotReady, this, &DashboardPage::showSnapshot);
    connect(m_service, &KpiService::failed, this, &DashboardPage::showFailure);
    connect(m_options, &KpiFilterOptions::ready, this, &DashboardPage::fillFilterOptions);
    connect(m_options, &KpiFilterOptions::failed, this,
            [this](const Error &error) { m_banner->showError(error, error.userMessage()); });
}

QWidget *DashboardPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_asOf->setDate(QDate::currentDate());
    m_asOf->setAccessibleName(tr("As of"));
    m_asOf->setToolTip(tr("Figures count everything dated on or before this day"));
    m_period->addItem(tr("7 days earlier"), 7);
    m_period->addItem(tr("30 days earlier"), 30);
    m_period->addItem(tr("90 days earlier"), 90);
    m_period->addItem(tr("a year earlier"), 365);
    m_period->setCurrentIndex(1);
    m_period->setAccessibleName(tr("Compare with"));
    m_period->setToolTip(tr("The trend on each tile compares with the figures as of this earlier day"));
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_customer->setMinimumContentsLength(14);
    m_customer->setToolTip(tr("One customer, with its records in every linked system (Alt+U)"));
    auto *customerShortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_U), this);
    connect(customerShortcut, &QShortcut::activated, m_customer, qOverload<>(&QWidget::setFocus));
    m_currency->setToolTip(
        tr("Only amounts in one currency, unconverted; or every currency converted into the "
           "company currency"));
    m_reset->setToolTip(tr("Show the whole business as of today"));
    m_period->setMinimumContentsLength(9);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    // The slice filters name themselves ("All customers"), so only the dates need a label: the
    // bar fits beside the navigation at 1280 pixels.
    row->addWidget(fieldLabel(tr("&As of"), m_asOf, bar));
    row->addWidget(m_asOf);
    row->addWidget(fieldLabel(tr("co&mpared with"), m_period, bar));
    row->addWidget(m_period);
    row->addSpacing(12);
    for (QComboBox *box : { m_customer, m_businessUnit, m_costCenter, m_currency }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row->addWidget(box, box == m_customer ? 2 : 1);
    }
    row->addWidget(m_reset);

    connect(m_asOf, &QDateEdit::dateChanged, this, &DashboardPage::scheduleRefresh);
    for (QComboBox *box : { m_period, m_businessUnit, m_costCenter, m_currency })
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_customer, &QComboBox::activated, this, &DashboardPage::scheduleRefresh);
    connect(m_customer->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Text that names no customer means all customers, not the last one picked.
        if (m_customer->findText(m_customer->currentText()) < 0)
            m_customer->setCurrentIndex(0);
        scheduleRefresh();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blockers[] = { QSignalBlocker(m_asOf),       QSignalBlocker(m_period),
                                            QSignalBlocker(m_customer),   QSignalBlocker(m_businessUnit),
                                            QSignalBlocker(m_costCenter), QSignalBlocker(m_currency) };
        m_asOf->setDate(QDate::currentDate());
        m_period->setCurrentIndex(1);
        for (QComboBox *box : { m_customer, m_businessUnit, m_costCenter, m_currency })
            box->setCurrentIndex(0);
        scheduleRefresh();
    });
    return bar;
}

QWidget *DashboardPage::createTiles()
{
    auto *tiles = new QWidget(this);
    auto *grid = new QGridLayout(tiles);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    const QString titles[] = {
        tr("Unbilled value"),   tr("Unbilled hours"), tr("Oldest unbilled work"), tr("Open exceptions"),
        tr("Revenue at stake"), tr("Failed pushes"),  tr("Unmatched customers"),  tr("DSO"),
    };
    for (const QString &text : titles) {
        auto *widget = new SummaryTile(text, tiles);
        const int index = int(m_tiles.size());
        grid->addWidget(widget, index / kTileColumns, index % kTileColumns);
        connect(widget, &SummaryTile::clicked, this, [this, index] {
            if (const KpiTile *figure = m_snapshot.tile(KpiTile::Id(index)))
                openDrillDown(figure->drill);
        });
        m_tiles << widget;
    }
    for (int column = 0; column < kTileColumns; ++column)
        grid->setColumnStretch(column, 1);
    return tiles;
}

QWidget *DashboardPage::createCharts()
{
    auto *charts = new QWidget(this);
    auto *ageChart = new StackedBarChart(m_ageModel, AgeBucketChartModel::ValueRole,
                                         StackedBarChart::SeriesAlong::Columns, Qt::Horizontal);
    ageChart->setColorScheme(&ChartStyle::ageBuckets);
    ageChart->setValueTitle(m_ageModel->unitTitle());
    m_ageCard = new ChartCard(tr("Unbilled work by age"), ageChart, charts);
    m_ageCard->setSubtitle(
        tr("Top customers; the older the work, the harder it is to bill. Click a bar for its lines."));
    m_measure = new QComboBox(m_ageCard);
    m_measure->addItem(tr("Value"), int(AgeBucketChartModel::Measure::Value));
    m_measure->addItem(tr("Hours"), int(AgeBucketChartModel::Measure::Hours));
    m_measure->setAccessibleName(tr("Measure"));
    m_ageCard->addHeaderWidget(m_measure);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this, ageChart] {
        m_ageModel->setMeasure(AgeBucketChartModel::Measure(m_measure->currentData().toInt()));
        ageChart->setValueTitle(m_ageModel->unitTitle());
    });
    connect(m_ageModel, &QAbstractItemModel::modelReset, ageChart,
            [this, ageChart] { ageChart->setValueTitle(m_ageModel->unitTitle()); });
    connect(ageChart, &StackedBarChart::activated, this, [this](const QModelIndex &index) {
        openDrillDown(m_ageModel->drillDown(index.row(), index.column()));
    });

    auto *trendChart = new StackedBarChart(m_exceptionModel, ExceptionTrendModel::ValueRole,
                                           StackedBarChart::SeriesAlong::Rows, Qt::Vertical);
    trendChart->setValueTitle(tr("Exceptions"));
    trendChart->setIntegerValues(true);
    m_exceptionCard = new ChartCard(tr("Revenue exceptions by week"), trendChart, charts);
    m_exceptionCard->setSubtitle(
        tr("New cases per rule over the last 12 weeks, by the day their cause happened."));
    auto *openExceptions = new QPushButton(tr("Open list"), m_exceptionCard);
    openExceptions->setFlat(true);
    openExceptions->setToolTip(tr("Go to the Exceptions page to acknowledge, assign and resolve cases"));
    m_exceptionCard->addHeaderWidget(openExceptions);
    connect(openExceptions, &QPushButton::clicked, this, [this] { emit openRequested(PageId::Exceptions); });
    connect(trendChart, &StackedBarChart::activated, this, [this](const QModelIndex &index) {
        openDrillDown(m_exceptionModel->drillDown(index.row(), index.column()));
    });

    auto *pareto = new ParetoChart(m_paretoModel);
    m_paretoCard = new ChartCard(tr("Failed pushes by cause"), pareto, charts);
    m_paretoCard->setSubtitle(
        tr("Open failed pushes, most frequent cause first, with the cumulative share."));
    auto *openFailed = new QPushButton(tr("Open list"), m_paretoCard);
    openFailed->setFlat(true);
    openFailed->setToolTip(tr("Go to the Failed pushes page to fix and retry them"));
    m_paretoCard->addHeaderWidget(openFailed);
    connect(openFailed, &QPushButton::clicked, this, [this] { emit openRequested(PageId::FailedPushes); });
    connect(pareto, &ParetoChart::activated, this,
            [this](int row) { openDrillDown(m_paretoModel->drillDown(row)); });

    for (ChartCard *card : { m_ageCard, m_exceptionCard, m_paretoCard }) {
        card->setMinimumHeight(330);
        connect(card, &ChartCard::saved, this, [this](const QString &, bool ok, const QString &message) {
            if (ok)
                emit statusMessage(message);
        });
    }
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setSpacing(12);
    grid->addWidget(m_ageCard, 0, 0);
    grid->addWidget(m_paretoCard, 0, 1);
    grid->addWidget(m_exceptionCard, 1, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    return charts;
}

SummaryTile *DashboardPage::tile(KpiTile::Id id) const
{
    return m_tiles.at(int(id));
}

KpiFilter DashboardPage::filter() const
{
    KpiFilter result;
    result.asOf = m_asOf->date();
    result.periodDays = m_period->currentData().toInt();
    const qint64 customer = m_customer->currentData().toLongLong();
    if (customer > 0)
        result.customerIds << customer;
    result.businessUnit = m_businessUnit->currentData().toString();
    result.costCenter = m_costCenter->currentData().toString();
    result.currency = m_currency->currentData().toString();
    return result;
}

void DashboardPage::scheduleRefresh()
{
    m_filterDelay->start();
}

void DashboardPage::refresh()
{
    m_filterDelay->stop();
    m_requested.start();
    m_generation = m_service->requestSnapshot(filter());
    m_busy->show();
}

void DashboardPage::loadFilterChoices()
{
    // Only after the first figures: on a machine with two cores, reading thousands of customers
    // and cost centers beside the first snapshot delayed the figures a user opened the page for.
    if (!m_optionsLoaded)
        m_options->load();
}

void DashboardPage::fillFilterOptions(const KpiFilterOptions::Options &options)
{
    m_optionsLoaded = true;
    const QSignalBlocker blockers[] = { QSignalBlocker(m_customer), QSignalBlocker(m_businessUnit),
                                        QSignalBlocker(m_costCenter), QSignalBlocker(m_currency) };
    QList<std::pair<QString, QVariant>> customers;
    customers.reserve(options.customers.size());
    for (const KpiFilterOptions::Customer &customer : options.customers)
        customers.emplace_back(customer.name, customer.id);
    setChoices(m_customer, customers);
    setChoices(m_businessUnit, options.businessUnits);
    setChoices(m_costCenter, options.costCenters);
    setChoices(m_currency, options.currencies);
    m_businessUnit->setEnabled(!options.businessUnits.isEmpty());
    m_costCenter->setEnabled(!options.costCenters.isEmpty());
}

QString DashboardPage::figureText(const KpiTile &tile, std::optional<double> value) const
{
    if (!value)
        return QStringLiteral("—");
    const CellFormatter formatter;
    switch (tile.unit) {
    case KpiTile::Unit::Money:
        return formatter.money(qint64(std::llround(*value)), tile.currency);
    case KpiTile::Unit::Minutes:
        return formatter.hours(qint64(std::llround(*value)));
    case KpiTile::Unit::Days:
        return tr("%Ln day(s)", nullptr, int(std::lround(*value)));
    case KpiTile::Unit::Count:
        break;
    }
    return QLocale().toString(qint64(std::llround(*value)));
}

QString DashboardPage::trendText(const KpiTile &tile) const
{
    const QString since = QLocale().toString(m_snapshot.filter.previousPeriod().asOf, QLocale::ShortFormat);
    const auto change = tile.change();
    if (!change)
        return tr("No figure for %1 to compare").arg(since);
    if (std::abs(*change) < 0.5)
        return tr("= unchanged since %1").arg(since);
    const QString arrow = *change > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    const QString amount = figureText(tile, std::abs(*change));
    if (*tile.previous == 0.0)
        return tr("%1 %2 since %3").arg(arrow, amount, since);
    const double percent = 100.0 * std::abs(*change) / std::abs(*tile.previous);
    return tr("%1 %2 (%3 %) since %4").arg(arrow, amount, QLocale().toString(percent, 'f', 0), since);
}

void DashboardPage::showTile(const KpiTile &figure)
{
    SummaryTile *widget = tile(figure.id);
    widget->setValue(figureText(figure, figure.value));
    const auto change = figure.change();
    SummaryTile::Trend trend = SummaryTile::Trend::Neutral;
    if (change && std::abs(*change) >= 0.5)
        trend =
            (*change > 0) == figure.higherIsBetter ? SummaryTile::Trend::Better : SummaryTile::Trend::Worse;
    widget->setTrend(trendText(figure), trend);
    QString detail = figure.description;
    if (!figure.unconverted.isEmpty())
        detail +=
            u'\n' + tr("Without %1: no exchange rate.").arg(figure.unconverted.join(QStringLiteral(", ")));
    widget->setDetail(detail);
    widget->setToolTip(tr("%1\nClick to list the records behind this figure.").arg(figure.description));
}

QString DashboardPage::headline() const
{
    const QLocale locale;
    return tr("As of %1, compared with %2. Updated at %3.")
        .arg(locale.toString(m_snapshot.filter.asOf, QLocale::LongFormat),
             locale.toString(m_snapshot.filter.previousPeriod().asOf, QLocale::LongFormat),
             locale.toString(QTime::currentTime(), QLocale::ShortFormat));
}

void DashboardPage::showSnapshot(quint64 generation, const KpiSnapshot &snapshot)
{
    if (generation != m_generation)
        return;
    m_snapshot = snapshot;
    m_hasFigures = true;
    m_banner->clear();
    m_subtitle->setText(headline());
    for (const KpiTile &figure : snapshot.tiles)
        showTile(figure);
    m_applying = generation;
    showCharts(generation, ChartStep::Age);
}

void DashboardPage::showCharts(quint64 generation, ChartStep step)
{
    // Newer figures arrived meanwhile and redraw every chart themselves.
    if (generation != m_applying)
        return;
    const QString date = QLocale().toString(m_snapshot.filter.asOf, QLocale::ShortFormat);
    switch (step) {
    case ChartStep::Age:
        m_ageModel->setSummary(m_snapshot.unbilled, m_snapshot.filter, kTopCustomers);
        m_ageCard->setEmptyMessage(
            m_ageModel->rowCount() > 0
                ? QString()
                : tr("No approved time is waiting to be invoiced as of %1.").arg(date));
        break;
    case ChartStep::Exceptions:
        m_exceptionModel->setStats(m_snapshot.exceptions, m_snapshot.filter);
        m_exceptionCard->setEmptyMessage(
            m_exceptionModel->rowCount() > 0
                ? QString()
                : tr("No revenue exceptions arose in the 12 weeks up to %1.").arg(date));
        break;
    case ChartStep::FailedPushes:
        m_paretoModel->setHealth(m_snapshot.health, m_snapshot.filter);
        m_paretoCard->setEmptyMessage(m_paretoModel->rowCount() > 0
                                          ? QString()
                                          : tr("No open failed pushes: every write reached Odoo."));
        break;
    case ChartStep::Done:
        showSyncLine();
        loadFilterChoices();
        if (generation == m_generation) {
            m_busy->hide();
            emit figuresShown(m_requested.elapsed());
        }
        return;
    }
    // One chart per turn of the event loop: redrawing a chart takes a while on a slow machine,
    // and input and painting get their turn in between.
    QTimer::singleShot(0, this,
                       [this, generation, step] { showCharts(generation, ChartStep(int(step) + 1)); });
}

void DashboardPage::showSyncLine()
{
    QStringList syncs;
    for (const IntegrationHealth::System &system : m_snapshot.health.systems) {
        syncs << (system.lastSuccessfulSync.isValid() ? tr("%1 %2").arg(
                      system.name,
                      QLocale().toString(system.lastSuccessfulSync.toLocalTime(), QLocale::ShortFormat))
                                                      : tr("%1 never").arg(system.name));
    }
    m_syncLine->setText(syncs.isEmpty()
                            ? tr("No system is connected yet. Add one in Settings, or start Crosswalk "
                                 "with --demo to explore generated data.")
                            : tr("Last successful sync: %1").arg(syncs.join(QStringLiteral(" · "))));
}

void DashboardPage::showFailure(quint64 generation, const Error &error)
{
    if (generation != m_generation)
        return;
    m_busy->hide();
    loadFilterChoices();
    qCWarning(lcUi) << "dashboard:" << error.toString();
    m_banner->showError(
        error, tr("The dashboard could not be computed. %1 Press F5 to try again.").arg(error.userMessage()));
    emit figuresFailed(error);
}

void DashboardPage::openDrillDown(const DrillDown &drill)
{
    auto *dialog = new DrillDownDialog(m_database, m_settings, drill, m_snapshot.filter.asOf, this);
    dialog->show();
    emit drillDownOpened(dialog);
}

void DashboardPage::printReport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("dashboard-%1.pdf").arg(m_snapshot.filter.asOf.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save dashboard report"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const auto written = writeReport(path); !written)
        QMessageBox::warning(this, tr("Report not saved"), written.error().userMessage());
    else
        emit statusMessage(tr("Saved the dashboard report to %1.").arg(QDir::toNativeSeparators(path)));
}

Result<void> DashboardPage::writeReport(const QString &path)
{
    DashboardReport::Content content;
    content.title = tr("Crosswalk dashboard");
    QStringList slice;
    slice << m_subtitle->text();
    const std::pair<QString, QComboBox *> filters[] = { { tr("Customer"), m_customer },
                                                        { tr("Business unit"), m_businessUnit },
                                                        { tr("Cost center"), m_costCenter },
                                                        { tr("Currency"), m_currency } };
    for (const auto &[name, box] : filters) {
        if (box->currentIndex() > 0)
            slice << tr("%1: %2").arg(name, box->currentText());
    }
    content.subtitle = slice.join(QStringLiteral("  ·  "));
    for (const SummaryTile *widget : m_tiles)
        content.tiles << DashboardReport::Tile { widget->title(), widget->value(), widget->trendText() };
    for (ChartCard *card : { m_ageCard, m_paretoCard, m_exceptionCard }) {
        DashboardReport::Chart chart;
        chart.title = card->title();
        if (card->isShowingChart())
            chart.widget = card->chart();
        chart.emptyText = tr("Nothing to show for this filter.");
        content.charts << chart;
    }
    content.footer = m_syncLine->text();
    return DashboardReport::write(path, content);
}

} // namespace cw
