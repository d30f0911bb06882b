#include "integrationhealth.h"

namespace cw {

namespace {

constexpr int kUpperAge[] = { 1, 7, 30 };

} // namespace

int IntegrationHealth::ageBucketOf(qint64 ageDays)
{
    for (int bucket = 0; bucket < kAgeBucketCount - 1; ++bucket) {
        if (ageDays <= kUpperAge[bucket])
            return bucket;
    }
    return kAgeBucketCount - 1;
}

QString IntegrationHealth::ageBucketTitle(int bucket)
{
    switch (bucket) {
    case 0:
        return tr("Up to 1 day");
    case 1:
        return tr("2–7 days");
    case 2:
        return tr("8–30 days");
    default:
        return tr("Over 30 days");
    }
}

std::pair<QDate, QDate> IntegrationHealth::firstSeenDates(const QDate &asOf, int bucket)
{
    const int lowerAge = bucket == 0 ? 0 : kUpperAge[bucket - 1] + 1;
    const QDate latest = asOf.addDays(-lowerAge);
    const QDate earliest = bucket < kAgeBucketCount - 1 ? asOf.addDays(-kUpperAge[bucket]) : QDate();
    return { earliest, latest };
}

} // namespace cw
