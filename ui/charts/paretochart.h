#pragma once

#include <QChartView>
#include <QPointer>

namespace cw {

class FailedPushParetoModel;

/// Pareto chart of open failed pushes: one bar per category, most frequent first (left axis:
/// count), and the cumulative share as a line (right axis: 0–100 %), so the few causes behind
/// most failures stand out. Hover shows the exact figures; clicking a bar emits activated() with
/// its row. Rebuilt on every model reset; follows palette changes. GUI thread only.
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
    void showTip(int row);

    QPointer<FailedPushParetoModel> m_model;
};

} // namespace cw
