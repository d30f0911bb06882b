#pragma once

#include "kpi/kpisnapshot.h"
#include "kpifilteroptions.h"
#include "pageid.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTimer;

namespace cw {

class AgeBucketChartModel;
class ChartCard;
class Database;
class ExceptionTrendModel;
class FailedPushParetoModel;
class KpiService;
class MessageBanner;
class Settings;
class SummaryTile;

/// Dashboard: what a manager checks first, as of a date and for a slice of the business.
///
/// - Filters: as-of date, comparison period, customer, business unit, cost center, currency.
/// - Tiles (KpiTile order): unbilled value and hours, oldest unbilled age, open exceptions and
///   their value, failed pushes, unmatched customers, DSO, each with its trend against the end
///   of the previous period.
/// - Charts: unbilled time by age bucket for the top customers (value or hours), revenue
///   exceptions per rule over the last twelve weeks, Pareto of failed pushes by category.
/// - Every tile and chart element opens the records behind it (DrillDownDialog); each chart
///   saves as PNG, SVG or PDF; the whole page prints to a one-page PDF report.
///
/// Figures come from KpiService (a worker thread); a filter change requests new figures and only
/// the latest request's answer is shown: the tiles first, then one chart per turn of the event
/// loop (charts update their series in place), so the UI thread never waits long; figuresShown()
/// follows the last chart. The filter choices are read once the first figures are shown. Lives on
/// the GUI thread; Database and Settings must outlive it.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(const Database &database, Settings &settings, QWidget *parent = nullptr);

    SummaryTile *tile(KpiTile::Id id) const;
    /// The filter the next figures are computed for.
    KpiFilter filter() const;
    /// The figures shown; empty until the first arrive.
    const KpiSnapshot &snapshot() const { return m_snapshot; }
    bool hasFigures() const { return m_hasFigures; }
    ChartCard *ageChart() const { return m_ageCard; }
    ChartCard *exceptionChart() const { return m_exceptionCard; }
    ChartCard *failedPushChart() const { return m_paretoCard; }
    AgeBucketChartModel *ageModel() const { return m_ageModel; }
    ExceptionTrendModel *exceptionModel() const { return m_exceptionModel; }
    FailedPushParetoModel *paretoModel() const { return m_paretoModel; }

    /// Filter controls, for keyboard users and tests.
    QDateEdit *asOfEdit() const { return m_asOf; }
    QComboBox *customerBox() const { return m_customer; }
    QComboBox *currencyBox() const { return m_currency; }

public slots:
    /// Computes the figures again for the current filter (F5).
    void refresh();
    /// Opens the records behind @p drill in a DrillDownDialog.
    void openDrillDown(const cw::DrillDown &drill);
    /// Asks for a file name and writes the one-page dashboard report (PDF).
    void printReport();
    /// Writes the report to @p path without asking.
    Result<void> writeReport(const QString &path);

signals:
    void openRequested(cw::PageId page);
    /// New figures are on screen; @p milliseconds since they were asked for.
    void figuresShown(qint64 milliseconds);
    /// The latest figures could not be computed; the page shows why.
    void figuresFailed(const cw::Error &error);
    /// A drill-down dialog opened (tests and the status bar).
    void drillDownOpened(QWidget *dialog);
    void statusMessage(const QString &message);

private:
    QWidget *createFilterBar();
    QWidget *createTiles();
    QWidget *createCharts();
    void scheduleRefresh();
    void loadFilterChoices();
    void fillFilterOptions(const KpiFilterOptions::Options &options);
    /// The steps of showing new figures after the tiles, one chart at a time.
    enum class ChartStep { Age, Exceptions, FailedPushes, Done };

    void showSnapshot(quint64 generation, const KpiSnapshot &snapshot);
    void showTile(const KpiTile &tile);
    void showCharts(quint64 generation, ChartStep step);
    void showSyncLine();
    void showFailure(quint64 generation, const Error &error);
    QString figureText(const KpiTile &tile, std::optional<double> value) const;
    QString trendText(const KpiTile &tile) const;
    QString headline() const;

    const Database &m_database;
    Settings &m_settings;
    KpiService *m_service;
    KpiFilterOptions *m_options;
    AgeBucketChartModel *m_ageModel;
    ExceptionTrendModel *m_exceptionModel;
    FailedPushParetoModel *m_paretoModel;

    QLabel *m_subtitle;
    QLabel *m_busy;
    MessageBanner *m_banner;
    QDateEdit *m_asOf;
    QComboBox *m_period;
    QComboBox *m_customer;
    QComboBox *m_businessUnit;
    QComboBox *m_costCenter;
    QComboBox *m_currency;
    QPushButton *m_reset;
    QComboBox *m_measure = nullptr;
    QList<SummaryTile *> m_tiles;
    ChartCard *m_ageCard = nullptr;
    ChartCard *m_exceptionCard = nullptr;
    ChartCard *m_paretoCard = nullptr;
    QLabel *m_syncLine;
    QTimer *m_filterDelay;

    KpiSnapshot m_snapshot;
    bool m_hasFigures = false;
    bool m_optionsLoaded = false;
    quint64 m_generation = 0;
    /// Generation of the figures whose charts are being shown.
    quint64 m_applying = 0;
    QElapsedTimer m_requested;
};

} // namespace cw
