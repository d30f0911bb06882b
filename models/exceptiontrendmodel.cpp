#include "exceptiontrendmodel.h"

#include "kpi/kpidrilldowns.h"

#include <QLocale>

#include <algorithm>

namespace cw {

ExceptionTrendModel::ExceptionTrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ExceptionTrendModel::setStats(const ExceptionStats &stats, const KpiFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_weeks = stats.weekStarts;
    m_series.clear();
    // A rule that never fired in the window only adds a flat line and a legend entry.
    for (const ExceptionStats::Series &series : stats.weekly) {
        if (std::any_of(series.counts.cbegin(), series.counts.cend(), [](qint64 count) { return count > 0; }))
            m_series << series;
    }
    endResetModel();
}

DrillDown ExceptionTrendModel::drillDown(int row, int week) const
{
    return KpiDrillDowns::exceptionsInWeek(m_filter, m_series.at(row).rule, m_weeks.at(week));
}

qint64 ExceptionTrendModel::maximum() const
{
    qint64 result = 0;
    for (const ExceptionStats::Series &series : m_series) {
        for (const qint64 count : series.counts)
            result = std::max(result, count);
    }
    return result;
}

int ExceptionTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

int ExceptionTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_weeks.size());
}

QVariant ExceptionTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ExceptionStats::Series &series = m_series.at(index.row());
    const qint64 count = series.counts.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return count;
    case RuleRole:
        return series.rule;
    case Qt::ToolTipRole:
        return tr("%1\nWeek of %2: %Ln exception(s)", nullptr, int(count))
            .arg(series.title, QLocale().toString(m_weeks.at(index.column()), QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant ExceptionTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_weeks.size())
            return {};
        if (role == WeekStartRole)
            return m_weeks.at(section);
        return role == Qt::DisplayRole ? QLocale().toString(m_weeks.at(section), QStringLiteral("d MMM"))
                                       : QVariant();
    }
    if (section < 0 || section >= m_series.size())
        return {};
    if (role == RuleRole)
        return m_series.at(section).rule;
    return role == Qt::DisplayRole ? m_series.at(section).title : QVariant();
}

} // namespace cw
