#pragma once

#include "kpi/kpifilter.h"
#include "kpi/unbilledsummary.h"

#include <QAbstractTableModel>

namespace cw {

struct DrillDown;

/// Chart data of the dashboard's stacked bar chart: unbilled approved time of the top customers
/// (rows, largest first) split by age bucket (columns, AgeBuckets order), either as hours or as
/// value.
///
/// Value is in the filter's currency when it names one, else in the company currency (minor
/// units converted where a rate exists, as the tiles do). Roles: DisplayRole the formatted
/// figure, ValueRole the plotted number (hours, or major currency units, in thousands or
/// millions when the bars are that long, as unitTitle() says), ToolTipRole the exact
/// figure with both measures, CustomerIdRole the customer.id of the row.
/// Lives on the GUI thread; setSummary() resets the model.
class AgeBucketChartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Measure { Value, Hours };
    enum Role { ValueRole = Qt::UserRole + 1, CustomerIdRole };

    explicit AgeBucketChartModel(QObject *parent = nullptr);

    /// Shows the @p topCustomers largest customers of @p summary (as computed for @p filter).
    void setSummary(const UnbilledSummary &summary, const KpiFilter &filter, int topCustomers = 8);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    /// ISO code of the value figures; empty when amounts of several currencies cannot be summed.
    QString currency() const { return m_currency; }
    /// The axis title of the plotted numbers ("Hours", "Value (thousands of EUR)").
    QString unitTitle() const;

    /// The timesheet lines behind the cell (@p row, @p bucket); bucket -1 for the whole row.
    DrillDown drillDown(int row, int bucket) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 minorOf(const UnbilledSummary::Cell &cell) const;
    double plotted(const UnbilledSummary::Cell &cell) const;
    QString valueText(const UnbilledSummary::Cell &cell) const;
    double unscaled(const UnbilledSummary::Cell &cell) const;
    void updateScale();

    QList<UnbilledSummary::Row> m_rows;
    KpiFilter m_filter;
    QString m_currency;
    Measure m_measure = Measure::Value;
    /// Divides plotted numbers so axis labels stay short (1, 1,000 or 1,000,000).
    double m_scale = 1.0;
};

} // namespace cw
