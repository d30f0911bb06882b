#include "stackedbarchart.h"

#include "chartstyle.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace cw {

namespace {

// Category labels longer than this are cut with an ellipsis; the tooltip names them in full.
constexpr int kMaxLabel = 28;

QString shortLabel(const QString &label)
{
    return label.size() <= kMaxLabel ? label : label.left(kMaxLabel - 1) + QStringLiteral("…");
}

} // namespace

StackedBarChart::StackedBarChart(QAbstractItemModel *model, int valueRole, SeriesAlong series, Qt::Orientation bars,
                                 QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_valueRole(valueRole)
    , m_series(series)
    , m_bars(bars)
    , m_colors(&ChartStyle::categorical)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    chart()->legend()->setVisible(true);
    connect(model, &QAbstractItemModel::modelReset, this, &StackedBarChart::rebuild);
    rebuild();
}

void StackedBarChart::setValueTitle(const QString &title)
{
    m_valueTitle = title;
    rebuild();
}

void StackedBarChart::setIntegerValues(bool integers)
{
    m_integers = integers;
    rebuild();
}

void StackedBarChart::setColorScheme(ColorScheme scheme)
{
    m_colors = scheme;
    rebuild();
}

int StackedBarChart::seriesCount() const
{
    return m_series == SeriesAlong::Columns ? m_model->columnCount() : m_model->rowCount();
}

int StackedBarChart::categoryCount() const
{
    return m_series == SeriesAlong::Columns ? m_model->rowCount() : m_model->columnCount();
}

QModelIndex StackedBarChart::cellOf(int series, int category) const
{
    return m_series == SeriesAlong::Columns ? m_model->index(category, series) : m_model->index(series, category);
}

void StackedBarChart::rebuild()
{
    if (!m_model)
        return;
    QChart *chart = this->chart();
    ChartStyle::clear(chart, palette());

    const Qt::Orientation seriesHeader = m_series == SeriesAlong::Columns ? Qt::Horizontal : Qt::Vertical;
    const Qt::Orientation categoryHeader = m_series == SeriesAlong::Columns ? Qt::Vertical : Qt::Horizontal;
    const bool horizontal = m_bars == Qt::Horizontal;
    QAbstractBarSeries *bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                          : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    bars->setBarWidth(horizontal ? 0.62 : 0.7);
    // Horizontal bars are drawn bottom-up: list the categories in reverse so the first (largest)
    // is on top, where the eye starts.
    QList<int> order(categoryCount());
    std::iota(order.begin(), order.end(), 0);
    if (horizontal)
        std::reverse(order.begin(), order.end());

    const QList<QColor> colors = m_colors(palette());
    double maximum = 0;
    QList<double> stacks(order.size(), 0.0);
    for (int s = 0; s < seriesCount(); ++s) {
        auto *set = new QBarSet(m_model->headerData(s, seriesHeader).toString());
        set->setColor(colors.at(s % colors.size()));
        set->setBorderColor(palette().color(QPalette::Base));
        for (int position = 0; position < order.size(); ++position) {
            const double value = cellOf(s, order.at(position)).data(m_valueRole).toDouble();
            *set << value;
            stacks[position] += value;
        }
        connect(set, &QBarSet::hovered, this, [this, s, order](bool status, int position) {
            if (status)
                QToolTip::showText(QCursor::pos(), cellOf(s, order.at(position)).data(Qt::ToolTipRole).toString(), this);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this,
                [this, s, order](int position) { emit activated(cellOf(s, order.at(position))); });
        bars->append(set);
    }
    for (const double stack : stacks)
        maximum = std::max(maximum, stack);
    chart->addSeries(bars);

    QStringList labels;
    for (const int category : order)
        labels << shortLabel(m_model->headerData(category, categoryHeader).toString());
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false);
    auto *values = new QValueAxis;
    values->setTitleText(m_valueTitle);
    ChartStyle::setValueRange(values, maximum, m_integers);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
    ChartStyle::apply(this, palette());
}

void StackedBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

} // namespace cw
