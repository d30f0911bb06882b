#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <utility>

namespace cw {

/// The age buckets of unbilled time: 0–30, 31–60, 61–90 and over 90 days between the work date
/// and the as-of date (a line worked on the as-of date is 0 days old).
///
/// Stateless; safe from any thread.
class AgeBuckets
{
    Q_DECLARE_TR_FUNCTIONS(cw::AgeBuckets)

public:
    static constexpr int kCount = 4;

    /// Bucket index of a line @p ageDays old; precondition ageDays >= 0.
    static int bucketOf(qint64 ageDays);
    /// Translated name ("31–60 days").
    static QString title(int bucket);
    /// Stable identifier ("31-60") for JSON and settings.
    static QString key(int bucket);
    /// Earliest and latest work date of @p bucket as of @p asOf; the first is invalid for the
    /// last, open-ended bucket.
    static std::pair<QDate, QDate> workDates(const QDate &asOf, int bucket);
};

} // namespace cw
