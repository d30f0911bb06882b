#pragma once

#include "drilldown.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

/// One dashboard tile: a figure as of the filter's date, the same figure at the end of the
/// previous period (the trend), and the list of records behind it.
///
/// A plain value; copy freely, use from any thread.
struct KpiTile
{
    enum class Id {
        UnbilledValue,
        UnbilledHours,
        OldestUnbilledAge,
        OpenExceptions,
        OpenExceptionValue,
        FailedPushes,
        UnmatchedCustomers,
        Dso,
    };
    /// How value and previous are expressed.
    enum class Unit {
        Money, ///< minor units of `currency`
        Minutes, ///< shown as hours
        Days,
        Count,
    };

    Id id = Id::UnbilledValue;
    /// Stable identifier for JSON and settings ("unbilled_value").
    QString key;
    QString title;
    /// What the figure counts, for the tooltip.
    QString description;
    Unit unit = Unit::Count;
    /// nullopt when the figure does not exist (no revenue for DSO, no common currency).
    std::optional<double> value;
    std::optional<double> previous;
    /// Money only: the currency of value and previous.
    QString currency;
    /// Money only: currencies left out of value for want of a rate.
    QStringList unconverted;
    /// Whether a rising value is good news (colours the trend).
    bool higherIsBetter = false;
    DrillDown drill;

    /// value − previous; nullopt when either is missing.
    std::optional<double> change() const;
};

} // namespace cw
