#pragma once

#include "domain/result.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace cw {

/// Saves a chart (any widget, drawn as it is on screen) as an image or document, the format
/// taken from the file name: .png (twice the screen resolution, for slides), .svg (vector, Qt
/// SVG) or .pdf (vector, one page sized to the chart). The file is written completely or not
/// at all. GUI thread only.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(cw::ChartExporter)

public:
    enum class Format { Png, Svg, Pdf };

    /// The format @p path's suffix names; nullopt when it names none of them.
    static std::optional<Format> formatOf(const QString &path);
    /// Draws @p widget into @p path; @p title becomes the SVG/PDF document title.
    static Result<void> save(QWidget *widget, const QString &path, const QString &title);
    /// "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)" for a file dialog.
    static QString fileFilters();
};

} // namespace cw
