#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace cw {

/// What DemoDataGenerator::fill() wrote. A plain value.
struct DemoDataStats
{
    /// Rows per table, in the order the tables were written.
    QList<QPair<QString, qint64>> rowsPerTable;
    qint64 totalRows = 0;
    /// Time spent generating and writing, for throughput reports only.
    qint64 elapsedMs = 0;

    /// Rows written into @p table; 0 for a table not written.
    qint64 rows(const QString &table) const
    {
        for (const auto &entry : rowsPerTable) {
            if (entry.first == table)
                return entry.second;
        }
        return 0;
    }
};

} // namespace cw
