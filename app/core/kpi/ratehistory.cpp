#include "ratehistory.h"

#include "sqlitereader.h"

#include <algorithm>

namespace cw {

namespace {

std::optional<qint64> optionalInt(const SqliteReader &reader, int column)
{
    return reader.isNull(column) ? std::nullopt : std::optional<qint64>(reader.int64(column));
}

} // namespace

Result<RateHistory> RateHistory::load(const QSqlDatabase &db)
{
    RateHistory rates;
    SqliteReader placements(db, QStringLiteral("SELECT id, bill_rate_minor, pay_rate_minor FROM placement"));
    for (;;) {
        auto row = placements.next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        rates.m_placementRates.insert(placements.int64(0),
                                      { optionalInt(placements, 1), optionalInt(placements, 2) });
    }
    SqliteReader history(db,
                         QStringLiteral("SELECT id, placement_id, effective_date, bill_rate_minor, "
                                        "pay_rate_minor FROM placement_rate "
                                        "ORDER BY placement_id, effective_date"));
    for (;;) {
        auto row = history.next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        QList<Rate> &list = rates.m_history[history.int64(1)];
        Rate rate { history.int64(0), history.date(2), optionalInt(history, 3), optionalInt(history, 4) };
        if (!list.isEmpty()) {
            if (!rate.billRateMinor)
                rate.billRateMinor = list.constLast().billRateMinor;
            if (!rate.payRateMinor)
                rate.payRateMinor = list.constLast().payRateMinor;
        }
        list.append(rate);
    }
    return rates;
}

const RateHistory::Rate *RateHistory::rowOn(qint64 placementId, const QDate &date) const
{
    const auto it = m_history.constFind(placementId);
    if (it == m_history.constEnd())
        return nullptr;
    const QList<Rate> &list = it.value();
    // The last row effective on or before the date.
    const auto after = std::upper_bound(list.cbegin(), list.cend(), date,
                                        [](const QDate &d, const Rate &r) { return d < r.effectiveDate; });
    return after == list.cbegin() ? nullptr : &*(after - 1);
}

std::optional<qint64> RateHistory::billRateOn(qint64 placementId, const QDate &date) const
{
    if (const Rate *rate = rowOn(placementId, date); rate && rate->billRateMinor)
        return rate->billRateMinor;
    return m_placementRates.value(placementId).first;
}

std::optional<qint64> RateHistory::payRateOn(qint64 placementId, const QDate &date) const
{
    if (const Rate *rate = rowOn(placementId, date); rate && rate->payRateMinor)
        return rate->payRateMinor;
    return m_placementRates.value(placementId).second;
}

} // namespace cw
