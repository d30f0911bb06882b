#pragma once

#include <QAbstractButton>

class QLabel;

namespace cw {

/// A Dashboard tile: a title, one large figure, its trend against the previous period (coloured
/// by whether the change is good news) and a line or two of detail. Clicking it (or Enter/Space
/// while focused) emits clicked(), which opens the records behind the figure.
/// Colours come from the palette, so it follows light, dark and high-contrast themes.
class SummaryTile : public QAbstractButton
{
    Q_OBJECT

public:
    /// How a trend reads: an improvement, a deterioration, or no change / not comparable.
    enum class Trend { Better, Worse, Neutral };

    explicit SummaryTile(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail);
    /// "▲ 12 % vs 30 days before"; an empty @p text hides the trend line.
    void setTrend(const QString &text, Trend trend);
    QString title() const;
    QString value() const;
    QString detail() const;
    QString trendText() const;
    Trend trend() const { return m_trend; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateAccessibleName();
    void applyTrendColor();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_trendLabel;
    QLabel *m_detail;
    Trend m_trend = Trend::Neutral;
};

} // namespace cw
