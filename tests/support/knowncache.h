#pragma once

#include <QtGlobal>

namespace cw::test {

class TempCache;

/// Fills a TempCache with a small hand-built data set whose figures are known, for tests of
/// the dashboard and the page queries. The expected answers are the constants below; the
/// comments in knowncache.cpp show how each is derived.
class KnownCache
{
public:
    /// Inserts the data set; false (with a warning) when a statement failed.
    static bool fill(const TempCache &cache);

    static constexpr qint64 kUnbilledMinutes = 286;
    static constexpr qint64 kUnbilledLines = 6;
    static constexpr qint64 kUnbilledUsd = 24000;
    static constexpr qint64 kUnbilledEur = 13467;
    static constexpr qint64 kUnbilledGbp = 2000;
    static constexpr qint64 kUnratedMinutes = 30;
    static constexpr qint64 kOpenExceptions = 3;
    static constexpr qint64 kOpenExceptionUsd = 50000;
    static constexpr qint64 kOpenExceptionEur = 25000;
    static constexpr qint64 kOpenFailedPushes = 2;
    static constexpr qint64 kFailedPushes = 3;
    static constexpr qint64 kUnmatchedCustomers = 2;
    static constexpr qint64 kCanonicalCustomers = 2;
    static constexpr qint64 kCustomerRecords = 5;
    static constexpr qint64 kPlacements = 3;
    static constexpr qint64 kTimesheetLines = 10;
    static constexpr qint64 kInvoices = 1;
    static constexpr qint64 kSyncRuns = 3;
    static constexpr qint64 kAuditEntries = 2;
    static constexpr qint64 kExceptions = 4;
};

} // namespace cw::test
