#pragma once

#include <QDate>

namespace cw {

/// What DemoDataGenerator should produce. A plain value; copy freely.
struct DemoDataOptions
{
    /// Number of real-world customers (companies); each appears in one to three systems.
    int customers = 200;
    /// Same seed and options give identical data, byte for byte.
    quint64 seed = 1;
    /// The day the data is "as of": timesheets run up to the day before, ages and states are
    /// relative to it. Invalid means a date derived from the seed (never the wall clock).
    QDate asOf;

    /// asOf, or the seed-derived default when asOf is invalid.
    QDate resolvedAsOf() const;
};

} // namespace cw
