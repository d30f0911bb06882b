#pragma once

#include <QChartView>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace cw {

class FailedPushParetoModel;

/// Pareto chart of open failed pushes: one bar per category, most frequent first (left axis:
/// count), and the cumulative share as a line (right axis: 0–100 %), so the few causes behind
/// most failures stand out. Hover shows the exact figures; clicking a bar emits activated() with
/// its row. A model reset updates counts, shares and labels in place; a palette change builds the
/// chart again. GUI thread only.
class ParetoChart : public QChartView
{
    Q_OBJECT

public:
    explicit ParetoChart(FailedPushParetoModel *model, QWidget *parent = nullptr);

signals:
    void activated(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    /// Counts, cumulative shares, category labels and the count range from the model.
    void fill();
    void showTip(int row);

    QPointer<FailedPushParetoModel> m_model;
    QBarSeries *m_bars = nullptr;
    QBarSet *m_counts = nullptr;
    QLineSeries *m_share = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_countAxis = nullptr;
};

} // namespace cw
