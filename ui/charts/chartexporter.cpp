#include "chartexporter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace cw {

namespace {

constexpr qreal kPngScale = 2.0;

Error writeError(const QString &path, const QString &reason)
{
    return Error(Error::Category::Config, ChartExporter::tr("The chart could not be saved as %1: %2.").arg(path, reason));
}

QByteArray png(QWidget *widget)
{
    QImage image(widget->size() * kPngScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kPngScale);
    // Charts draw on a transparent background; a PNG pasted into a document needs the card colour.
    image.fill(widget->palette().color(QPalette::Base));
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray svg(QWidget *widget, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(), widget->size()));
    generator.setTitle(title);
    QPainter painter(&generator);
    painter.fillRect(QRect(QPoint(), widget->size()), widget->palette().color(QPalette::Base));
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return bytes;
}

QByteArray pdf(QWidget *widget, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Crosswalk"));
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QSizeF(widget->size()), QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF());
    QPainter painter(&writer);
    const qreal scale = qreal(writer.width()) / widget->width();
    painter.scale(scale, scale);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return bytes;
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString ChartExporter::fileFilters()
{
    return tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

Result<void> ChartExporter::save(QWidget *widget, const QString &path, const QString &title)
{
    const auto format = formatOf(path);
    if (!format)
        return writeError(path, tr("the file name must end in .png, .svg or .pdf"));
    QByteArray bytes;
    switch (*format) {
    case Format::Png:
        bytes = png(widget);
        break;
    case Format::Svg:
        bytes = svg(widget, title);
        break;
    case Format::Pdf:
        bytes = pdf(widget, title);
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace cw
