#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QBarSet;
class QChart;
class QChartView;
class QValueAxis;
QT_END_NAMESPACE

namespace cw {

/// The look of every dashboard chart, derived from the widget palette so charts follow light,
/// dark and high-contrast themes: transparent background (the card shows through), text and
/// grid in palette colours, and series colours chosen per theme (brighter on dark backgrounds).
/// Stateless; GUI thread.
class ChartStyle
{
public:
    /// True when @p palette draws light text on a dark window.
    static bool isDark(const QPalette &palette);
    /// Removes every series and axis of @p chart and sets the Qt Charts theme matching
    /// @p palette, ready for new series (a theme change after adding them would recolour them).
    static void clear(QChart *chart, const QPalette &palette);
    /// Background, title, legend and axis colours of @p chart and its axes, and the view's
    /// background (the card's base colour).
    static void apply(QChartView *view, const QPalette &palette);
    static void applyToAxis(QAbstractAxis *axis, const QPalette &palette);
    /// Range and ticks of a value axis whose data reach @p maximum: whole-number ticks for small
    /// @p integers counts (never "0, 1, 1, 2"), round numbers otherwise.
    static void setValueRange(QValueAxis *axis, double maximum, bool integers);
    /// Gives @p set the @p values, changing only those that differ: new values for the same bars
    /// move them, a new number of values replaces them all.
    static void setValues(QBarSet *set, const QList<qreal> &values);
    /// Distinguishable colours for unrelated series (rules, categories), in order.
    static QList<QColor> categorical(const QPalette &palette);
    /// Colours for the age buckets, from fresh (calm) to old (alarming).
    static QList<QColor> ageBuckets(const QPalette &palette);
    /// @p base moved towards @p tint by @p amount (0..1).
    static QColor mix(const QColor &base, const QColor &tint, qreal amount);
};

} // namespace cw
