#include "paretochart.h"

#include "chartstyle.h"
#include "failedpushparetomodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cw {

ParetoChart::ParetoChart(FailedPushParetoModel *model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    connect(model, &QAbstractItemModel::modelReset, this, &ParetoChart::rebuild);
    rebuild();
}

void ParetoChart::showTip(int row)
{
    QToolTip::showText(QCursor::pos(),
                       m_model->index(row, FailedPushParetoModel::Count).data(Qt::ToolTipRole).toString(), this);
}

void ParetoChart::rebuild()
{
    if (!m_model)
        return;
    QChart *chart = this->chart();
    ChartStyle::clear(chart, palette());

    const QList<QColor> colors = ChartStyle::categorical(palette());
    auto *counts = new QBarSet(m_model->headerData(FailedPushParetoModel::Count, Qt::Horizontal).toString());
    counts->setColor(colors.at(0));
    counts->setBorderColor(palette().color(QPalette::Base));
    auto *share = new QLineSeries;
    share->setName(m_model->headerData(FailedPushParetoModel::Cumulative, Qt::Horizontal).toString());
    share->setColor(colors.at(3));
    share->setPointsVisible(true);
    QPen pen = share->pen();
    pen.setWidthF(2.0);
    share->setPen(pen);
    QStringList labels;
    double maximum = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const double count = m_model->index(row, FailedPushParetoModel::Count).data(FailedPushParetoModel::ValueRole).toDouble();
        *counts << count;
        maximum = std::max(maximum, count);
        share->append(row, m_model->index(row, FailedPushParetoModel::Cumulative)
                               .data(FailedPushParetoModel::ValueRole)
                               .toDouble());
        labels << m_model->headerData(row, Qt::Vertical).toString();
    }
    auto *bars = new QBarSeries;
    // One or two wide bars look like a wall; keep them slim so the line stays readable.
    bars->setBarWidth(m_model->rowCount() <= 2 ? 0.3 : 0.6);
    bars->append(counts);
    connect(counts, &QBarSet::hovered, this, [this](bool status, int row) {
        if (status)
            showTip(row);
        else
            QToolTip::hideText();
    });
    connect(counts, &QBarSet::clicked, this, &ParetoChart::activated);
    connect(share, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (state)
            showTip(std::clamp(int(std::lround(point.x())), 0, m_model->rowCount() - 1));
    });
    chart->addSeries(bars);
    chart->addSeries(share);

    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false);
    auto *countAxis = new QValueAxis;
    countAxis->setTitleText(tr("Open"));
    ChartStyle::setValueRange(countAxis, maximum, true);
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setTickCount(6);
    percentAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    percentAxis->setTitleText(tr("Cumulative"));
    percentAxis->setGridLineVisible(false);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    chart->addAxis(percentAxis, Qt::AlignRight);
    bars->attachAxis(categories);
    bars->attachAxis(countAxis);
    share->attachAxis(categories);
    share->attachAxis(percentAxis);
    chart->legend()->setVisible(true);
    ChartStyle::apply(this, palette());
}

void ParetoChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

} // namespace cw
