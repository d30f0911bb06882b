#include "agebucketchartmodel.h"

#include "cellformatter.h"
#include "kpi/kpidrilldowns.h"

#include <algorithm>
#include <cmath>

namespace cw {

AgeBucketChartModel::AgeBucketChartModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AgeBucketChartModel::setSummary(const UnbilledSummary &summary, const KpiFilter &filter, int topCustomers)
{
    beginResetModel();
    m_filter = filter;
    m_currency = filter.currency.isEmpty() ? summary.companyCurrency : filter.currency;
    m_rows = summary.byCustomer.mid(0, topCustomers);
    updateScale();
    endResetModel();
}

void AgeBucketChartModel::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    beginResetModel();
    m_measure = measure;
    updateScale();
    endResetModel();
}

void AgeBucketChartModel::updateScale()
{
    double longest = 0;
    for (const UnbilledSummary::Row &row : m_rows)
        longest = std::max(longest, unscaled(row.total));
    m_scale = longest >= 1e7 ? 1e6 : longest >= 1e4 ? 1e3 : 1.0;
}

QString AgeBucketChartModel::unitTitle() const
{
    if (m_measure == Measure::Hours) {
        if (m_scale >= 1e6)
            return tr("Hours (millions)");
        return m_scale >= 1e3 ? tr("Hours (thousands)") : tr("Hours");
    }
    if (m_scale >= 1e6)
        return tr("Value (millions of %1)").arg(m_currency);
    if (m_scale >= 1e3)
        return tr("Value (thousands of %1)").arg(m_currency);
    return m_currency.isEmpty() ? tr("Value") : tr("Value (%1)").arg(m_currency);
}

DrillDown AgeBucketChartModel::drillDown(int row, int bucket) const
{
    const UnbilledSummary::Row &customer = m_rows.at(row);
    return KpiDrillDowns::unbilledTime(m_filter, KpiDrillDowns::Dimension::Customer, customer.id, bucket,
                                       customer.label);
}

qint64 AgeBucketChartModel::minorOf(const UnbilledSummary::Cell &cell) const
{
    // A currency filter means no conversion: the figures stay in that currency.
    return m_filter.currency.isEmpty() ? cell.value.companyMinor : cell.value.in(m_filter.currency);
}

double AgeBucketChartModel::unscaled(const UnbilledSummary::Cell &cell) const
{
    if (m_measure == Measure::Hours)
        return double(cell.minutes) / 60.0;
    return double(minorOf(cell)) / std::pow(10.0, CellFormatter::currencyDigits(m_currency));
}

double AgeBucketChartModel::plotted(const UnbilledSummary::Cell &cell) const
{
    return unscaled(cell) / m_scale;
}

QString AgeBucketChartModel::valueText(const UnbilledSummary::Cell &cell) const
{
    const CellFormatter formatter;
    return m_measure == Measure::Hours ? formatter.hours(cell.minutes) : formatter.money(minorOf(cell), m_currency);
}

int AgeBucketChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgeBucketChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AgeBuckets::kCount;
}

QVariant AgeBucketChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const UnbilledSummary::Row &row = m_rows.at(index.row());
    const UnbilledSummary::Cell &cell = row.buckets.at(size_t(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return valueText(cell);
    case ValueRole:
        return plotted(cell);
    case CustomerIdRole:
        return row.id;
    case Qt::ToolTipRole: {
        const CellFormatter formatter;
        return tr("%1, %2\n%3 · %4 in %Ln line(s)", nullptr, int(cell.lines))
            .arg(row.label, AgeBuckets::title(index.column()), formatter.money(minorOf(cell), m_currency),
                 formatter.hours(cell.minutes));
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AgeBucketChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < AgeBuckets::kCount ? AgeBuckets::title(section) : QVariant();
    if (section < 0 || section >= m_rows.size())
        return {};
    const UnbilledSummary::Row &row = m_rows.at(section);
    return row.label.isEmpty() ? tr("Without customer") : row.label;
}

} // namespace cw
