#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>

class QWidget;

namespace cw {

/// The printable one-page dashboard report: an A4 landscape PDF with the title, the filter the
/// figures were computed for, the tiles (figure and trend) and the charts as vector drawings,
/// black on white whatever the screen theme. GUI thread only (charts are drawn from widgets).
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(cw::DashboardReport)

public:
    struct Tile
    {
        QString title;
        QString value;
        QString trend;
    };

    struct Chart
    {
        QString title;
        /// Drawn scaled into its box; null prints emptyText instead.
        QPointer<QWidget> widget;
        QString emptyText;
    };

    struct Content
    {
        QString title;
        QString subtitle;
        QList<Tile> tiles;
        /// Laid out two on the first row, the rest full width below.
        QList<Chart> charts;
        QString footer;
    };

    /// Writes @p content to @p path (replacing it only once complete).
    static Result<void> write(const QString &path, const Content &content);
};

} // namespace cw
