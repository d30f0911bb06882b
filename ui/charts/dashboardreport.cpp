#include "dashboardreport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QWidget>

#include <algorithm>

namespace cw {

namespace {

constexpr int kTilesPerRow = 4;
// Layout in points on an A4 landscape page (842 × 595) at 72 dpi.
constexpr qreal kMargin = 28;
constexpr qreal kGap = 10;
const QColor kInk(0x20, 0x24, 0x2b);
const QColor kMuted(0x5f, 0x67, 0x73);
const QColor kRule(0xd5, 0xd9, 0xdf);

void drawText(QPainter &painter, const QRectF &box, const QString &text, qreal pointSize, bool bold,
              const QColor &color, int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap)
{
    QFont font = painter.font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(box, flags, text);
}

// Widgets draw in their palette; a white page needs dark text, so print with a light palette.
void drawWidget(QPainter &painter, QWidget *widget, const QRectF &box)
{
    const QPalette original = widget->palette();
    QPalette light = original;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::WindowText, kInk);
    light.setColor(QPalette::Text, kInk);
    widget->setPalette(light);
    // Charts rebuild on a palette change and lay out on a posted request: settle it before drawing.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QSizeF size = widget->size();
    const qreal scale = std::min(box.width() / size.width(), box.height() / size.height());
    painter.save();
    painter.translate(box.left() + (box.width() - size.width() * scale) / 2, box.top());
    painter.scale(scale, scale);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
    widget->setPalette(original);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void drawTiles(QPainter &painter, const QList<DashboardReport::Tile> &tiles, QRectF area)
{
    const qreal width = (area.width() - kGap * (kTilesPerRow - 1)) / kTilesPerRow;
    const qreal height = 52;
    for (int i = 0; i < tiles.size(); ++i) {
        const QRectF box(area.left() + (i % kTilesPerRow) * (width + kGap), area.top() + (i / kTilesPerRow) * (height + kGap),
                         width, height);
        painter.setPen(QPen(kRule, 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box, 4, 4);
        const QRectF inner = box.adjusted(8, 5, -8, -4);
        drawText(painter, inner, tiles.at(i).title, 7.5, false, kMuted);
        drawText(painter, inner.adjusted(0, 11, 0, 0), tiles.at(i).value, 13, true, kInk);
        drawText(painter, inner.adjusted(0, 31, 0, 0), tiles.at(i).trend, 7, false, kMuted);
    }
}

void drawChart(QPainter &painter, const DashboardReport::Chart &chart, const QRectF &box)
{
    painter.setPen(QPen(kRule, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(box, 4, 4);
    drawText(painter, box.adjusted(8, 5, -8, 0), chart.title, 9, true, kInk);
    const QRectF plot = box.adjusted(6, 20, -6, -6);
    if (chart.widget)
        drawWidget(painter, chart.widget, plot);
    else
        drawText(painter, plot, chart.emptyText, 9, false, kMuted, Qt::AlignCenter | Qt::TextWordWrap);
}

} // namespace

Result<void> DashboardReport::write(const QString &path, const Content &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Crosswalk"));
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
        QPainter painter(&writer);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF page(kMargin, kMargin, writer.width() - 2 * kMargin, writer.height() - 2 * kMargin);
        drawText(painter, page, content.title, 16, true, kInk);
        drawText(painter, page.adjusted(0, 22, 0, 0), content.subtitle, 8.5, false, kMuted);
        const qreal tilesTop = page.top() + 44;
        drawTiles(painter, content.tiles, QRectF(page.left(), tilesTop, page.width(), 120));
        const int tileRows = int((content.tiles.size() + kTilesPerRow - 1) / kTilesPerRow);
        const qreal chartsTop = tilesTop + tileRows * (52 + kGap) + 2;
        const qreal chartsHeight = page.bottom() - 16 - chartsTop;
        const qreal rowHeight = (chartsHeight - kGap) / 2;
        for (int i = 0; i < content.charts.size(); ++i) {
            QRectF box;
            if (i < 2) {
                const qreal half = (page.width() - kGap) / 2;
                box = QRectF(page.left() + i * (half + kGap), chartsTop, half, rowHeight);
            } else {
                box = QRectF(page.left(), chartsTop + rowHeight + kGap, page.width(), rowHeight);
            }
            drawChart(painter, content.charts.at(i), box);
        }
        const QString printed = tr("Printed %1 from the local cache. %2")
                                    .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                                         content.footer);
        drawText(painter, QRectF(page.left(), page.bottom() - 12, page.width(), 12), printed, 7, false, kMuted,
                 Qt::AlignLeft | Qt::AlignVCenter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(Error::Category::Config,
                     tr("The report could not be saved as %1: %2.").arg(path, file.errorString()));
    }
    return {};
}

} // namespace cw
