#pragma once

#include "domain/result.h"

#include <QByteArrayList>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <limits>
#include <vector>

namespace cw {

/// The approved billable timesheet lines that are unbilled as of some date on or after
/// coveredFrom(), kept compactly in memory, and the per-date facts every unbilled figure is summed
/// from (see UnbilledSummary): unbilled time aggregated per placement, line currency and age bucket.
///
/// A line counts as of a date when it is approved, billable, worked on or before the date and not
/// billed as of that date: on no invoice, on a cancelled invoice, or on an invoice billed after
/// the date (KpiSql::unbilledCondition() is the same rule in SQL). Its value is minutes × bill
/// rate / 60 in minor units, rounded half up per line, so every total equals the sum of the lines
/// listed behind it. The bill rate is the line's own; a line without one takes the placement's
/// rate effective on its work date (placement_rate, else placement.bill_rate_minor); a line with
/// neither counts in minutes and unratedMinutes but adds no value.
///
/// Why in memory: a new as-of date used to read every unbilled line again (about 180,000 of a
/// million in the demo cache, twice with the trend's date). Kept here, the facts of any covered
/// date are summed without SQL in a few milliseconds, and an earlier date only reads the lines of
/// the invoices billed in between (extendTo()).
///
/// Reads covering indexes of schema 3 only: lines on no invoice (timesheet_unbilled), and the
/// lines of invoices cancelled or billed after a date (timesheet_billed). Thread affinity: reads
/// on the thread that owns the connection passed in; a plain value otherwise.
class UnbilledLines
{
public:
    struct Fact
    {
        /// 0 for lines without a placement.
        qint64 placementId = 0;
        /// The line's currency column, possibly empty (see KpiDirectory::amountCurrency()).
        QString lineCurrency;
        int bucket = 0;
        qint64 minutes = 0;
        qint64 unratedMinutes = 0;
        qint64 valueMinor = 0;
        qint64 lines = 0;
        QDate oldestWorkDate;
    };

    /// The lines unbilled as of @p from or any later date.
    static Result<UnbilledLines> read(const QSqlDatabase &db, const QDate &from);
    /// Adds the lines billed after @p from and on or before coveredFrom(), so that every date from
    /// @p from on is covered. Nothing to do when it is covered already.
    Result<void> extendTo(const QSqlDatabase &db, const QDate &from);

    QDate coveredFrom() const { return m_from; }
    bool covers(const QDate &asOf) const { return m_from.isValid() && asOf >= m_from; }
    /// Kept lines; for tests and memory estimates.
    qsizetype size() const { return qsizetype(m_lines.size()); }

    /// The facts as of @p asOf; precondition covers(asOf).
    std::vector<Fact> factsAsOf(const QDate &asOf) const;

private:
    struct Line
    {
        qint64 placementId = 0;
        qint64 valueMinor = 0;
        /// Julian days.
        qint64 workDay = 0;
        /// Julian day the line was billed on; kNeverBilled when on no or a cancelled invoice.
        qint64 billedDay = 0;
        qint32 minutes = 0;
        qint16 currency = 0;
        bool rated = false;
    };
    static constexpr qint64 kNeverBilled = std::numeric_limits<qint64>::max();

    Result<void> append(const QSqlDatabase &db, const QString &sql, const QDate &after, const QDate &until);
    qint16 currencyIndex(QByteArrayView utf8);

    std::vector<Line> m_lines;
    /// The lines' currencies as read (UTF-8); Line::currency indexes them.
    QByteArrayList m_currencies;
    QDate m_from;
};

} // namespace cw
