#include "summarytile.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace cw {

namespace {

QColor mix(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

QLabel *passiveLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    // Clicks on the text belong to the tile.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SummaryTile::SummaryTile(const QString &title, QWidget *parent)
    : QAbstractButton(parent)
    , m_title(passiveLabel(this))
    , m_value(passiveLabel(this))
    , m_trendLabel(passiveLabel(this))
    , m_detail(passiveLabel(this))
{
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_title->setText(title);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setText(QStringLiteral("…"));
    m_trendLabel->hide();
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_trendLabel);
    layout->addWidget(m_detail, 1);
    updateAccessibleName();
}

void SummaryTile::setValue(const QString &value)
{
    m_value->setText(value);
    updateAccessibleName();
}

void SummaryTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    updateAccessibleName();
}

void SummaryTile::setTrend(const QString &text, Trend trend)
{
    m_trend = trend;
    m_trendLabel->setText(text);
    m_trendLabel->setVisible(!text.isEmpty());
    applyTrendColor();
    updateAccessibleName();
}

QString SummaryTile::trendText() const
{
    return m_trendLabel->text();
}

// Green and red tuned to stay readable on both light and dark bases.
void SummaryTile::applyTrendColor()
{
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    QColor color = palette().color(QPalette::PlaceholderText);
    if (m_trend == Trend::Better)
        color = dark ? QColor(0x6f, 0xd3, 0x8f) : QColor(0x1e, 0x7d, 0x3c);
    else if (m_trend == Trend::Worse)
        color = dark ? QColor(0xf2, 0x7b, 0x74) : QColor(0xb4, 0x2a, 0x23);
    QPalette colors = m_trendLabel->palette();
    colors.setColor(QPalette::WindowText, color);
    m_trendLabel->setPalette(colors);
}

QString SummaryTile::title() const
{
    return m_title->text();
}

QString SummaryTile::value() const
{
    return m_value->text();
}

QString SummaryTile::detail() const
{
    return m_detail->text();
}

void SummaryTile::updateAccessibleName()
{
    setAccessibleName(m_title->text() + QStringLiteral(": ") + m_value->text());
    setAccessibleDescription(m_trendLabel->text().isEmpty() ? m_detail->text()
                                                            : m_trendLabel->text() + u'\n' + m_detail->text());
}

bool SummaryTile::event(QEvent *event)
{
    if (event->type() == QEvent::HoverEnter || event->type() == QEvent::HoverLeave)
        update();
    else if (event->type() == QEvent::PaletteChange)
        applyTrendColor();
    return QAbstractButton::event(event);
}

void SummaryTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    const QColor highlight = colors.color(QPalette::Highlight);
    QColor fill = colors.color(QPalette::Base);
    if (isDown())
        fill = mix(fill, highlight, 0.16);
    else if (underMouse())
        fill = mix(fill, highlight, 0.07);
    const bool focused = hasFocus();
    const QColor border = focused || underMouse()
        ? highlight
        : mix(colors.color(QPalette::Base), colors.color(QPalette::WindowText), 0.18);
    const qreal width = focused ? 2.0 : 1.0;
    painter.setPen(QPen(border, width));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2), 8, 8);
}

} // namespace cw
