#include "chartstyle.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cw {

bool ChartStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor ChartStyle::mix(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

void ChartStyle::clear(QChart *chart, const QPalette &palette)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QChart::ChartTheme theme = isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
}

void ChartStyle::apply(QChartView *view, const QPalette &palette)
{
    view->setBackgroundBrush(palette.color(QPalette::Base));
    view->setFrameShape(QFrame::NoFrame);
    QChart *chart = view->chart();
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    const QColor text = palette.color(QPalette::WindowText);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractAxis *axis : chart->axes())
        applyToAxis(axis, palette);
}

void ChartStyle::applyToAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor base = palette.color(QPalette::Base);
    axis->setLabelsColor(mix(text, base, 0.2));
    axis->setTitleBrush(mix(text, base, 0.3));
    axis->setLinePenColor(mix(base, text, 0.35));
    axis->setGridLineColor(mix(base, text, 0.12));
    axis->setShadesVisible(false);
    QFont title = axis->titleFont();
    title.setBold(false);
    axis->setTitleFont(title);
}

void ChartStyle::setValueRange(QValueAxis *axis, double maximum, bool integers)
{
    axis->setLabelFormat(QStringLiteral("%.0f"));
    if (integers && maximum <= 10) {
        const int top = std::max(2, int(std::ceil(maximum)));
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
        return;
    }
    axis->setRange(0, maximum > 0 ? maximum * 1.05 : 1.0);
    axis->applyNiceNumbers();
}

void ChartStyle::setValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() != values.size()) {
        set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (set->at(i) != values.at(i))
            set->replace(i, values.at(i));
    }
}

QList<QColor> ChartStyle::categorical(const QPalette &palette)
{
    if (isDark(palette)) {
        return { QColor(0x6a, 0xa6, 0xf8), QColor(0x4f, 0xd1, 0xb8), QColor(0xf2, 0xc1, 0x4e),
                 QColor(0xef, 0x7a, 0x74), QColor(0xb3, 0x92, 0xf0), QColor(0x8b, 0xd1, 0x6a),
                 QColor(0xf5, 0x9e, 0x5b), QColor(0xa9, 0xb4, 0xc2), QColor(0xf0, 0x8a, 0xc6),
                 QColor(0x5d, 0xc8, 0xe8) };
    }
    return { QColor(0x2f, 0x6f, 0xdb), QColor(0x12, 0x9a, 0x85), QColor(0xd9, 0x9a, 0x06),
             QColor(0xd1, 0x45, 0x3b), QColor(0x7d, 0x57, 0xc9), QColor(0x43, 0x9b, 0x2e),
             QColor(0xe0, 0x70, 0x1c), QColor(0x6b, 0x77, 0x85), QColor(0xc2, 0x41, 0x8f),
             QColor(0x1f, 0x9c, 0xc4) };
}

QList<QColor> ChartStyle::ageBuckets(const QPalette &palette)
{
    if (isDark(palette))
        return { QColor(0x5c, 0xc7, 0x95), QColor(0xf2, 0xc9, 0x4c), QColor(0xf5, 0x9a, 0x52),
                 QColor(0xef, 0x5f, 0x5a) };
    return { QColor(0x3a, 0xa5, 0x74), QColor(0xe3, 0xb2, 0x1c), QColor(0xea, 0x7c, 0x2c),
             QColor(0xc9, 0x3a, 0x36) };
}

} // namespace cw
