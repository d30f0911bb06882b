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

StackedBarChart::StackedBarChart(QAbstractItemModel *model, int valueRole, SeriesAlong series,
                                 Qt::Orientation bars, QWidget *parent)
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
    connect(model, &QAbstractItemModel::modelReset, this, &StackedBarChart::modelReset);
    rebuild();
}

void StackedBarChart::setValueTitle(const QString &title)
{
    m_valueTitle = title;
    m_values->setTitleText(title);
}

void StackedBarChart::setIntegerValues(bool integers)
{
    m_integers = integers;
    updateRange();
}

void StackedBarChart::setColorScheme(ColorScheme scheme)
{
    m_colors = scheme;
    recolor();
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
    return m_series == SeriesAlong::Columns ? m_model->index(category, series)
                                            : m_model->index(series, category);
}

void StackedBarChart::modelReset()
{
    if (!m_model)
        return;
    if (m_barSeries->count() == seriesCount())
        fill();
    else
        rebuild();
}

void StackedBarChart::rebuild()
{
    if (!m_model)
        return;
    QChart *chart = this->chart();
    ChartStyle::clear(chart, palette());

    const bool horizontal = m_bars == Qt::Horizontal;
    m_barSeries = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                             : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    m_barSeries->setBarWidth(horizontal ? 0.62 : 0.7);
    for (int s = 0; s < seriesCount(); ++s) {
        auto *set = new QBarSet(QString());
        set->setBorderColor(palette().color(QPalette::Base));
        // Positions map to model cells through m_order at the time of the event, so the
        // connections outlive in-place updates.
        connect(set, &QBarSet::hovered, this, [this, s](bool status, int position) {
            if (status)
                QToolTip::showText(QCursor::pos(),
                                   cellOf(s, m_order.at(position)).data(Qt::ToolTipRole).toString(), this);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this,
                [this, s](int position) { emit activated(cellOf(s, m_order.at(position))); });
        m_barSeries->append(set);
    }
    chart->addSeries(m_barSeries);
    m_categories = new QBarCategoryAxis;
    m_categories->setTruncateLabels(false);
    m_values = new QValueAxis;
    m_values->setTitleText(m_valueTitle);
    chart->addAxis(m_categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(m_values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_barSeries->attachAxis(m_categories);
    m_barSeries->attachAxis(m_values);
    recolor();
    fill();
    ChartStyle::apply(this, palette());
}

void StackedBarChart::fill()
{
    const Qt::Orientation seriesHeader = m_series == SeriesAlong::Columns ? Qt::Horizontal : Qt::Vertical;
    const Qt::Orientation categoryHeader = m_series == SeriesAlong::Columns ? Qt::Vertical : Qt::Horizontal;
    // Horizontal bars are drawn bottom-up: list the categories in reverse so the first (largest)
    // is on top, where the eye starts.
    m_order = QList<int>(categoryCount());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_bars == Qt::Horizontal)
        std::reverse(m_order.begin(), m_order.end());

    const QList<QBarSet *> sets = m_barSeries->barSets();
    for (int s = 0; s < sets.size(); ++s) {
        QBarSet *set = sets.at(s);
        const QString name = m_model->headerData(s, seriesHeader).toString();
        if (set->label() != name)
            set->setLabel(name);
        QList<qreal> values;
        values.reserve(m_order.size());
        for (const int category : std::as_const(m_order))
            values << cellOf(s, category).data(m_valueRole).toDouble();
        ChartStyle::setValues(set, values);
    }
    QStringList labels;
    for (const int category : std::as_const(m_order))
        labels << shortLabel(m_model->headerData(category, categoryHeader).toString());
    if (m_categories->categories() != labels)
        m_categories->setCategories(labels);
    updateRange();
}

void StackedBarChart::updateRange()
{
    double maximum = 0;
    for (int position = 0; position < m_order.size(); ++position) {
        double stack = 0;
        for (const QBarSet *set : m_barSeries->barSets())
            stack += set->at(position);
        maximum = std::max(maximum, stack);
    }
    ChartStyle::setValueRange(m_values, maximum, m_integers);
}

void StackedBarChart::recolor()
{
    const QList<QColor> colors = m_colors(palette());
    const QList<QBarSet *> sets = m_barSeries->barSets();
    for (int s = 0; s < sets.size(); ++s)
        sets.at(s)->setColor(colors.at(s % colors.size()));
}

void StackedBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

} // namespace cw
