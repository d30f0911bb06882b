#pragma once

#include "kpi/integrationhealth.h"
#include "kpi/kpifilter.h"

#include <QAbstractTableModel>

namespace cw {

struct DrillDown;

/// Chart data of the dashboard's Pareto of open failed pushes: one row per category, most
/// frequent first; column Count holds the open failed pushes, column Cumulative the running share
/// of all of them in percent (the Pareto line).
///
/// Roles: DisplayRole the formatted figure, ValueRole the number, ToolTipRole category and exact
/// figures, CategoryRole the stored category. Lives on the GUI thread; setHealth() resets it.
class FailedPushParetoModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Count, Cumulative, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1, CategoryRole };

    explicit FailedPushParetoModel(QObject *parent = nullptr);

    void setHealth(const IntegrationHealth &health, const KpiFilter &filter);
    /// The open failed pushes of the category in @p row.
    DrillDown drillDown(int row) const;
    qint64 total() const { return m_total; }
    /// The category's name in the user's words ("Mapping").
    static QString categoryTitle(const QString &category);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double cumulativePercent(int row) const;

    QList<IntegrationHealth::Category> m_categories;
    KpiFilter m_filter;
    qint64 m_total = 0;
};

} // namespace cw
