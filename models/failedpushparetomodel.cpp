#include "failedpushparetomodel.h"

#include "domain/error.h"
#include "kpi/kpidrilldowns.h"

#include <QLocale>

namespace cw {

FailedPushParetoModel::FailedPushParetoModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FailedPushParetoModel::setHealth(const IntegrationHealth &health, const KpiFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_categories = health.failedByCategory;
    m_total = 0;
    for (const IntegrationHealth::Category &category : m_categories)
        m_total += category.open;
    endResetModel();
}

DrillDown FailedPushParetoModel::drillDown(int row) const
{
    return KpiDrillDowns::openFailedPushes(m_filter, m_categories.at(row).category);
}

QString FailedPushParetoModel::categoryTitle(const QString &category)
{
    Error::Category parsed;
    if (category.isEmpty())
        return tr("Uncategorised");
    return Error::categoryFromName(category, &parsed) ? Error::categoryTitle(parsed) : category;
}

double FailedPushParetoModel::cumulativePercent(int row) const
{
    if (m_total == 0)
        return 0.0;
    qint64 running = 0;
    for (int i = 0; i <= row; ++i)
        running += m_categories.at(i).open;
    return 100.0 * double(running) / double(m_total);
}

int FailedPushParetoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int FailedPushParetoModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailedPushParetoModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IntegrationHealth::Category &category = m_categories.at(index.row());
    const QLocale locale;
    const bool count = index.column() == Count;
    switch (role) {
    case Qt::DisplayRole:
        return count ? locale.toString(category.open)
                     : locale.toString(cumulativePercent(index.row()), 'f', 1) + QStringLiteral(" %");
    case ValueRole:
        return count ? QVariant(category.open) : QVariant(cumulativePercent(index.row()));
    case CategoryRole:
        return category.category;
    case Qt::ToolTipRole:
        return tr("%1: %Ln open failed push(es)\n%2 % of all open failed pushes up to here", nullptr,
                  int(category.open))
            .arg(categoryTitle(category.category), locale.toString(cumulativePercent(index.row()), 'f', 1));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FailedPushParetoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section == Count)
            return tr("Open failed pushes");
        return section == Cumulative ? tr("Cumulative share") : QVariant();
    }
    return section >= 0 && section < m_categories.size() ? categoryTitle(m_categories.at(section).category)
                                                         : QVariant();
}

} // namespace cw
