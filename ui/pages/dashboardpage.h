#pragma once

#include "dashboardsummary.h"
#include "pageid.h"

#include <QWidget>

class QLabel;

namespace cw {

class Database;
class MessageBanner;
class SummaryTile;

/// Dashboard: tiles with what needs attention (unbilled hours and their value, revenue
/// exceptions, failed pushes, unmatched customers, last sync per system), computed by
/// DashboardSummary off the GUI thread. Each tile opens the page behind its figure. The figures
/// are computed on refresh(), which the owner calls when the page is shown.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tile { UnbilledValue, UnbilledHours, Exceptions, FailedPushes, Unmatched, LastSync };

    DashboardPage(const Database &database, QWidget *parent = nullptr);

    SummaryTile *tile(Tile tile) const;
    DashboardSummary *summary() const { return m_summary; }

public slots:
    void refresh();

signals:
    void openRequested(cw::PageId page);
    /// The unbilled tiles: show customer records by unbilled hours.
    void unbilledRequested();

private:
    SummaryTile *addTile(Tile tile, const QString &title);
    void showSummary(const DashboardSummary::Summary &summary);
    void showFailure(const Error &error);
    QString moneyList(const QMap<QString, qint64> &amounts, int skip) const;
    QString lastSyncLine(const DashboardSummary::SystemFigures &system) const;
    QString ago(const QDateTime &instant) const;

    DashboardSummary *m_summary;
    QLabel *m_updated;
    MessageBanner *m_banner;
    QLabel *m_cacheFigures;
    QList<SummaryTile *> m_tiles;
};

} // namespace cw
