#pragma once

#include <QStringList>

namespace cw {

/// One row of an imported file: its cells as text and where it came from (the physical line of a
/// CSV file where the row starts, the row number of a spreadsheet). A plain value.
struct TabularRow
{
    qint64 line = 0;
    QStringList cells;
};

} // namespace cw
