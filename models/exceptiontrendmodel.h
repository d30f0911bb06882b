#pragma once

#include "kpi/exceptionstats.h"
#include "kpi/kpifilter.h"

#include <QAbstractTableModel>

namespace cw {

struct DrillDown;

/// Chart data of the dashboard's revenue-exception trend: one row per rule that has exceptions
/// in the last twelve weeks (ExceptionStats::weekly order), one column per week (oldest first).
///
/// Roles: DisplayRole and ValueRole the count, ToolTipRole rule, week and exact count, RuleRole
/// the rule id. Header: horizontal the week's Monday (DisplayRole short text, WeekStartRole the
/// date), vertical the rule title. Lives on the GUI thread; setStats() resets the model.
class ExceptionTrendModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ValueRole = Qt::UserRole + 1, RuleRole, WeekStartRole };

    explicit ExceptionTrendModel(QObject *parent = nullptr);

    void setStats(const ExceptionStats &stats, const KpiFilter &filter);
    /// The exceptions behind the point (@p row, @p week).
    DrillDown drillDown(int row, int week) const;
    /// Largest weekly count of any rule (0 when empty): the axis range.
    qint64 maximum() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExceptionStats::Series> m_series;
    QList<QDate> m_weeks;
    KpiFilter m_filter;
};

} // namespace cw
