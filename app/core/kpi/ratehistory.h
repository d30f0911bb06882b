#pragma once

#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cw {

/// Bill and pay rates of every placement over time, in memory: placement_rate rows in date
/// order, where a NULL rate in a row means "unchanged" and carries the previous row's rate
/// forward; before the first row (or without rows) the placement's own rates apply. This is the
/// same rule as KpiSql::lineRate().
///
/// A value type: load on the thread that owns the connection, then read from any thread.
class RateHistory
{
public:
    struct Rate
    {
        /// placement_rate.id
        qint64 id = 0;
        QDate effectiveDate;
        /// After carrying earlier rows forward; nullopt when no row so far set one.
        std::optional<qint64> billRateMinor;
        std::optional<qint64> payRateMinor;
    };

    static Result<RateHistory> load(const QSqlDatabase &db);

    /// Rows of @p placementId, ascending by date, rates carried forward.
    QList<Rate> history(qint64 placementId) const { return m_history.value(placementId); }
    /// Bill rate effective on @p date; nullopt when the placement has none.
    std::optional<qint64> billRateOn(qint64 placementId, const QDate &date) const;
    std::optional<qint64> payRateOn(qint64 placementId, const QDate &date) const;
    /// Ids of the placements that have rate rows.
    QList<qint64> placementsWithHistory() const { return m_history.keys(); }

private:
    const Rate *rowOn(qint64 placementId, const QDate &date) const;

    QHash<qint64, QList<Rate>> m_history;
    QHash<qint64, std::pair<std::optional<qint64>, std::optional<qint64>>> m_placementRates;
};

} // namespace cw
