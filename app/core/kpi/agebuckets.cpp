#include "agebuckets.h"

namespace cw {

namespace {

// Upper age bound (inclusive) of each bucket but the last.
constexpr int kUpperAge[] = { 30, 60, 90 };

} // namespace

int AgeBuckets::bucketOf(qint64 ageDays)
{
    for (int bucket = 0; bucket < kCount - 1; ++bucket) {
        if (ageDays <= kUpperAge[bucket])
            return bucket;
    }
    return kCount - 1;
}

QString AgeBuckets::title(int bucket)
{
    switch (bucket) {
    case 0:
        return tr("0–30 days");
    case 1:
        return tr("31–60 days");
    case 2:
        return tr("61–90 days");
    default:
        return tr("Over 90 days");
    }
}

QString AgeBuckets::key(int bucket)
{
    static const char *const keys[] = { "0-30", "31-60", "61-90", "90+" };
    return QLatin1String(keys[qBound(0, bucket, kCount - 1)]);
}

std::pair<QDate, QDate> AgeBuckets::workDates(const QDate &asOf, int bucket)
{
    const int lowerAge = bucket == 0 ? 0 : kUpperAge[bucket - 1] + 1;
    const QDate latest = asOf.addDays(-lowerAge);
    const QDate earliest = bucket < kCount - 1 ? asOf.addDays(-kUpperAge[bucket]) : QDate();
    return { earliest, latest };
}

} // namespace cw
