#include "dashboardpage.h"

#include "cellformatter.h"
#include "pagequeries.h"
#include "util/logging.h"
#include "widgets/messagebanner.h"
#include "widgets/summarytile.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

namespace {

constexpr int kColumns = 3;

QString figure(qint64 value)
{
    return QLocale().toString(value);
}

// Largest amount first: the headline figure of a tile holding several currencies.
QList<std::pair<QString, qint64>> byAmount(const QMap<QString, qint64> &amounts)
{
    QList<std::pair<QString, qint64>> sorted;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        sorted << std::pair { it.key(), it.value() };
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return sorted;
}

} // namespace

DashboardPage::DashboardPage(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_summary(new DashboardSummary(database, this))
    , m_updated(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_cacheFigures(new QLabel(this))
{
    auto *title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    m_updated->setText(tr("What needs attention, from the local cache."));
    m_cacheFigures->setForegroundRole(QPalette::PlaceholderText);
    m_cacheFigures->setWordWrap(true);

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout;
    grid->setSpacing(14);
    addTile(Tile::UnbilledValue, tr("Unbilled value"));
    addTile(Tile::UnbilledHours, tr("Unbilled hours"));
    addTile(Tile::Exceptions, tr("Revenue exceptions"));
    addTile(Tile::FailedPushes, tr("Failed pushes"));
    addTile(Tile::Unmatched, tr("Unmatched customers"));
    addTile(Tile::LastSync, tr("Last sync"));
    for (int i = 0; i < m_tiles.size(); ++i)
        grid->addWidget(m_tiles.at(i), i / kColumns, i % kColumns);
    for (int column = 0; column < kColumns; ++column)
        grid->setColumnStretch(column, 1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_updated);
    layout->addWidget(m_banner);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_cacheFigures);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(tile(Tile::UnbilledValue), &SummaryTile::clicked, this, &DashboardPage::unbilledRequested);
    connect(tile(Tile::UnbilledHours), &SummaryTile::clicked, this, &DashboardPage::unbilledRequested);
    connect(tile(Tile::Exceptions), &SummaryTile::clicked, this,
            [this] { emit openRequested(PageId::Exceptions); });
    connect(tile(Tile::FailedPushes), &SummaryTile::clicked, this,
            [this] { emit openRequested(PageId::FailedPushes); });
    connect(tile(Tile::Unmatched), &SummaryTile::clicked, this,
            [this] { emit openRequested(PageId::Unmatched); });
    connect(tile(Tile::LastSync), &SummaryTile::clicked, this, [this] { emit openRequested(PageId::Sync); });
    connect(m_summary, &DashboardSummary::ready, this, &DashboardPage::showSummary);
    connect(m_summary, &DashboardSummary::failed, this, &DashboardPage::showFailure);
}

SummaryTile *DashboardPage::addTile(Tile tile, const QString &title)
{
    auto *widget = new SummaryTile(title, this);
    Q_ASSERT(int(tile) == m_tiles.size());
    m_tiles << widget;
    return widget;
}

SummaryTile *DashboardPage::tile(Tile tile) const
{
    return m_tiles.at(int(tile));
}

void DashboardPage::refresh()
{
    m_summary->refresh();
}

QString DashboardPage::moneyList(const QMap<QString, qint64> &amounts, int skip) const
{
    const CellFormatter formatter;
    QStringList parts;
    const auto sorted = byAmount(amounts);
    for (qsizetype i = skip; i < sorted.size(); ++i)
        parts << formatter.money(sorted.at(i).second, sorted.at(i).first);
    return parts.join(QStringLiteral(" · "));
}

QString DashboardPage::ago(const QDateTime &instant) const
{
    const qint64 seconds = instant.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 24 * 3600)
        return tr("%1 h ago").arg(seconds / 3600);
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

QString DashboardPage::lastSyncLine(const DashboardSummary::SystemFigures &system) const
{
    if (!system.enabled)
        return tr("%1: disabled").arg(system.name);
    if (system.lastSyncStatus.isEmpty())
        return tr("%1: never synced").arg(system.name);
    return tr("%1: %2, %3")
        .arg(system.name, PageQueries::syncStatusTitle(system.lastSyncStatus), ago(system.lastSyncStarted));
}

void DashboardPage::showSummary(const DashboardSummary::Summary &summary)
{
    const CellFormatter formatter;
    m_updated->setText(tr("What needs attention, from the local cache. Updated at %1.")
                           .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));

    const auto amounts = byAmount(summary.unbilledValue);
    SummaryTile *value = tile(Tile::UnbilledValue);
    value->setValue(amounts.isEmpty() ? formatter.money(0, QString())
                                      : formatter.money(amounts.first().second, amounts.first().first));
    QStringList valueDetail;
    if (amounts.size() > 1)
        valueDetail << tr("and %1").arg(moneyList(summary.unbilledValue, 1));
    valueDetail << (summary.unbilledLines > 0 ? tr("Approved, billable time not yet on an invoice.")
                                              : tr("No approved time is waiting to be invoiced."));
    if (summary.unratedMinutes > 0)
        valueDetail << tr("%1 have no bill rate.").arg(formatter.hours(summary.unratedMinutes));
    value->setDetail(valueDetail.join(u'\n'));

    SummaryTile *hours = tile(Tile::UnbilledHours);
    hours->setValue(formatter.hours(summary.unbilledMinutes));
    hours->setDetail(tr("%1 approved timesheet lines not on an invoice.").arg(figure(summary.unbilledLines)));

    SummaryTile *exceptions = tile(Tile::Exceptions);
    exceptions->setValue(figure(summary.openExceptions));
    exceptions->setDetail(
        summary.openExceptionValue.isEmpty()
            ? tr("Unresolved. No revenue at stake.")
            : tr("Unresolved, with %1 at stake.").arg(moneyList(summary.openExceptionValue, 0)));

    SummaryTile *failed = tile(Tile::FailedPushes);
    failed->setValue(figure(summary.openFailedPushes));
    failed->setDetail(summary.openFailedPushes > 0
                          ? tr("Writes to Odoo waiting for someone to fix the cause.")
                          : tr("Every write to Odoo went through."));

    QStringList unmatchedBySystem;
    for (const DashboardSummary::SystemFigures &system : summary.systems) {
        if (system.unmatchedCustomers > 0)
            unmatchedBySystem << tr("%1 in %2").arg(figure(system.unmatchedCustomers), system.name);
    }
    SummaryTile *unmatched = tile(Tile::Unmatched);
    unmatched->setValue(figure(summary.unmatchedCustomers));
    unmatched->setDetail(unmatchedBySystem.isEmpty() ? tr("Every customer record is linked.")
                                                     : unmatchedBySystem.join(QStringLiteral(" · ")));

    QDateTime latest;
    QStringList syncLines;
    for (const DashboardSummary::SystemFigures &system : summary.systems) {
        syncLines << lastSyncLine(system);
        if (system.lastSyncStarted.isValid() && (!latest.isValid() || system.lastSyncStarted > latest))
            latest = system.lastSyncStarted;
    }
    SummaryTile *sync = tile(Tile::LastSync);
    sync->setValue(latest.isValid() ? ago(latest) : tr("Never"));
    sync->setDetail(syncLines.isEmpty() ? tr("No system is connected yet.") : syncLines.join(u'\n'));

    m_cacheFigures->setText(tr("In the cache: %1 customer records in %2 systems, %3 placements, %4 timesheet "
                               "lines, %5 invoices.")
                                .arg(figure(summary.customerRecords), figure(summary.systems.size()),
                                     figure(summary.placements), figure(summary.timesheetLines),
                                     figure(summary.invoices)));
    if (summary.systems.isEmpty()) {
        m_banner->showMessage(
            MessageBanner::Kind::Information,
            tr("The cache is empty. Add Odoo, your CRM and your staffing platform in Settings, "
               "or start Crosswalk with --demo to explore it with generated data."));
    } else {
        m_banner->clear();
    }
}

void DashboardPage::showFailure(const Error &error)
{
    qCWarning(lcUi) << "dashboard:" << error.toString();
    m_banner->showError(
        error, tr("The dashboard could not be computed. %1 Press F5 to try again.").arg(error.userMessage()));
}

} // namespace cw
