#pragma once

#include "demodataset.h"

#include <functional>

namespace cw {

class DemoRandom;

/// The rules that turn one placement into daily timesheet lines: weekdays of the placement inside
/// the timesheet window, 6 to 9 hours, approval state by age, an occasional non-billable day or
/// deviating bill rate, and time booked after the end date where the placement says so.
///
/// Deterministic per placement (its own random stream), so a placement's lines can be produced
/// again without the lines of any other placement. Invoice ids are not set here (see
/// DemoDataset::forEachTimesheetLine()). Stateless; safe from any thread.
class DemoTimesheetStream
{
public:
    /// Calls @p sink for each line of dataset.placements[@p placementIndex] in date order, with ids
    /// counting up from @p firstLineId; returns the number of lines. The dataset's placements,
    /// rates, options, asOf and windowStart must be set.
    static int generate(const DemoDataset &dataset, int placementIndex, qint64 firstLineId,
                        const std::function<void(DemoDataset::TimesheetLine &)> &sink);

    /// Approval state of time or expenses @p ageDays old on asOf: older items are mostly approved,
    /// the last week mostly still submitted.
    static DemoDataset::LineStatus statusByAge(qint64 ageDays, DemoRandom &random);
};

} // namespace cw
