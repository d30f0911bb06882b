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
    connect(model, &QAbstractItemModel::modelReset, this, &ParetoChart::fill);
    rebuild();
}

void ParetoChart::showTip(int row)
{
    QToolTip::showText(QCursor::pos(),
                       m_model->index(row, FailedPushParetoModel::Count).data(Qt::ToolTipRole).toString(),
                       this);
}

void ParetoChart::rebuild()
{
    if (!m_model)
        return;
    QChart *chart = this->chart();
    ChartStyle::clear(chart, palette());

    const QList<QColor> colors = ChartStyle::categorical(palette());
    m_counts = new QBarSet(m_model->headerData(FailedPushParetoModel::Count, Qt::Horizontal).toString());
    m_counts->setColor(colors.at(0));
    m_counts->setBorderColor(palette().color(QPalette::Base));
    m_share = new QLineSeries;
    m_share->setName(m_model->headerData(FailedPushParetoModel::Cumulative, Qt::Horizontal).toString());
    m_share->setColor(colors.at(3));
    m_share->setPointsVisible(true);
    QPen pen = m_share->pen();
    pen.setWidthF(2.0);
    m_share->setPen(pen);
    m_bars = new QBarSeries;
    m_bars->append(m_counts);
    connect(m_counts, &QBarSet::hovered, this, [this](bool status, int row) {
        if (status)
            showTip(row);
        else
            QToolTip::hideText();
    });
    connect(m_counts, &QBarSet::clicked, this, &ParetoChart::activated);
    connect(m_share, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (state)
            showTip(std::clamp(int(std::lround(point.x())), 0, m_model->rowCount() - 1));
    });
    chart->addSeries(m_bars);
    chart->addSeries(m_share);

    m_categories = new QBarCategoryAxis;
    m_categories->setTruncateLabels(false);
    m_countAxis = new QValueAxis;
    m_countAxis->setTitleText(tr("Open"));
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setTickCount(6);
    percentAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    percentAxis->setTitleText(tr("Cumulative"));
    percentAxis->setGridLineVisible(false);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    chart->addAxis(percentAxis, Qt::AlignRight);
    m_bars->attachAxis(m_categories);
    m_bars->attachAxis(m_countAxis);
    m_share->attachAxis(m_categories);
    m_share->attachAxis(percentAxis);
    chart->legend()->setVisible(true);
    fill();
    ChartStyle::apply(this, palette());
}

void ParetoChart::fill()
{
    if (!m_model)
        return;
    QList<qreal> counts;
    QList<QPointF> shares;
    QStringList labels;
    double maximum = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const double count = m_model->index(row, FailedPushParetoModel::Count)
                                 .data(FailedPushParetoModel::ValueRole)
                                 .toDouble();
        counts << count;
        maximum = std::max(maximum, count);
        shares << QPointF(row,
                          m_model->index(row, FailedPushParetoModel::Cumulative)
                              .data(FailedPushParetoModel::ValueRole)
                              .toDouble());
        labels << m_model->headerData(row, Qt::Vertical).toString();
    }
    // One or two wide bars look like a wall; keep them slim so the line stays readable.
    m_bars->setBarWidth(counts.size() <= 2 ? 0.3 : 0.6);
    ChartStyle::setValues(m_counts, counts);
    if (m_share->points() != shares)
        m_share->replace(shares);
    if (m_categories->categories() != labels)
        m_categories->setCategories(labels);
    ChartStyle::setValueRange(m_countAxis, maximum, true);
}

void ParetoChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

} // namespace cw
