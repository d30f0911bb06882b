#pragma once

#include <QChartView>
#include <QPointer>

class QAbstractItemModel;
QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace cw {

/// A stacked bar chart over a table model: one bar per category, one stacked segment per series.
/// Series are the model's columns (categories its rows) or its rows (categories its columns), as
/// set at construction; headers name both, valueRole holds the plotted number, ToolTipRole the
/// exact figure shown on hover. Clicking a segment emits activated() with the model cell, so the
/// owner can open the records behind it. Horizontal bars suit long category names (customers),
/// vertical bars a time axis (weeks).
///
/// A model reset with as many series as shown updates values, names and labels in place; only a
/// different number of series or a palette change builds the chart again (new series, axes and
/// legend cost far more than new values). GUI thread only; the model must outlive the chart.
class StackedBarChart : public QChartView
{
    Q_OBJECT

public:
    enum class SeriesAlong { Columns, Rows };

    StackedBarChart(QAbstractItemModel *model, int valueRole, SeriesAlong series, Qt::Orientation bars,
                    QWidget *parent = nullptr);

    /// Title of the value axis ("Hours").
    void setValueTitle(const QString &title);
    /// Counts: ticks only on whole numbers.
    void setIntegerValues(bool integers);
    /// Colours of the series in order for a palette (cycled when there are more series);
    /// ChartStyle::categorical by default.
    using ColorScheme = QList<QColor> (*)(const QPalette &palette);
    void setColorScheme(ColorScheme scheme);

signals:
    /// A segment was clicked: the model cell it draws.
    void activated(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void modelReset();
    void rebuild();
    /// Values, series names, category labels and the value range from the model.
    void fill();
    void updateRange();
    void recolor();
    QModelIndex cellOf(int series, int category) const;
    int seriesCount() const;
    int categoryCount() const;

    QPointer<QAbstractItemModel> m_model;
    QAbstractBarSeries *m_barSeries = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    /// Model category of each bar position (horizontal bars list them bottom-up).
    QList<int> m_order;
    int m_valueRole;
    SeriesAlong m_series;
    Qt::Orientation m_bars;
    QString m_valueTitle;
    bool m_integers = false;
    ColorScheme m_colors;
};

} // namespace cw
