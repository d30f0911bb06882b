#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <utility>

namespace cw {

/// Integration figures as of a date: failed pushes open by category and age, customers without a
/// crosswalk link per system, the last successful sync per system.
///
/// These describe the integration, not a slice of the business: customer, cost-center and
/// currency filters do not apply to them. A plain value; copy freely, use from any thread.
struct IntegrationHealth
{
    Q_DECLARE_TR_FUNCTIONS(cw::IntegrationHealth)

public:
    /// Age buckets of failed pushes, in days since first seen: 0–1, 2–7, 8–30, over 30.
    static constexpr int kAgeBucketCount = 4;

    struct Category
    {
        /// failed_push.category as stored.
        QString category;
        qint64 open = 0;
        std::array<qint64, kAgeBucketCount> byAge {};
        /// Day the oldest open one was first seen.
        QDate oldestFirstSeen;
    };

    struct System
    {
        qint64 id = 0;
        QString kind;
        QString name;
        /// Customer records without a crosswalk link.
        qint64 unmatchedCustomers = 0;
        /// End of the latest succeeded sync run; invalid when none.
        QDateTime lastSuccessfulSync;
    };

    QDate asOf;
    qint64 openFailedPushes = 0;
    /// Descending by open count, then by category: a Pareto chart's order.
    QList<Category> failedByCategory;
    qint64 unmatchedCustomers = 0;
    /// Ascending by name.
    QList<System> systems;

    static int ageBucketOf(qint64 ageDays);
    static QString ageBucketTitle(int bucket);
    /// Earliest and latest first-seen day of @p bucket as of @p asOf; the first is invalid for
    /// the open-ended last bucket.
    static std::pair<QDate, QDate> firstSeenDates(const QDate &asOf, int bucket);
};

} // namespace cw
