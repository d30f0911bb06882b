#include "demotimesheetstream.h"

#include "demorandom.h"

#include <algorithm>

namespace cw {

namespace {

constexpr quint64 kStreamTag = 0x54494d4500000000ULL; // "TIME"

qint64 deviatingRate(qint64 rate, DemoRandom &random)
{
    const int delta = random.between(50, 150) * (random.chance(700) ? 1 : -1);
    const qint64 changed = rate * (1000 + delta) / 1000;
    return std::max<qint64>(100, changed / 50 * 50);
}

} // namespace

DemoDataset::LineStatus DemoTimesheetStream::statusByAge(qint64 ageDays, DemoRandom &random)
{
    using Status = DemoDataset::LineStatus;
    const int draw = static_cast<int>(random.below(1000));
    if (ageDays > 21)
        return draw < 960 ? Status::Approved : (draw < 975 ? Status::Rejected : Status::Submitted);
    if (ageDays > 7)
        return draw < 700 ? Status::Approved : (draw < 720 ? Status::Rejected : Status::Submitted);
    return draw < 150 ? Status::Approved : Status::Submitted;
}

int DemoTimesheetStream::generate(const DemoDataset &dataset, int placementIndex, qint64 firstLineId,
                                  const std::function<void(DemoDataset::TimesheetLine &)> &sink)
{
    const DemoDataset::Placement &placement = dataset.placements[static_cast<std::size_t>(placementIndex)];
    DemoRandom random =
        DemoRandom::derived(dataset.options.seed, kStreamTag + static_cast<quint64>(placementIndex));
    const QDate lastDay = dataset.asOf.addDays(-1);
    const QDate from = std::max(dataset.windowStart, placement.start);
    const QDate to = placement.end.isValid() ? std::min(lastDay, placement.end) : lastDay;
    const auto *rates = dataset.rates.data() + placement.firstRate;
    int rate = 0;

    DemoDataset::TimesheetLine line;
    line.placementIndex = placementIndex;
    qint64 nextId = firstLineId;
    const auto book = [&](const QDate &day, bool afterEnd) {
        while (rate + 1 < placement.rateCount && rates[rate + 1].effectiveDate <= day)
            ++rate;
        line.id = nextId++;
        line.workDate = day;
        line.minutes = 360 + 15 * static_cast<int>(random.below(13));
        line.status = statusByAge(day.daysTo(dataset.asOf), random);
        line.billable = !random.chance(30);
        line.afterEnd = afterEnd;
        line.invoiceId = 0;
        line.rateDeviates = random.chance(6);
        line.billRateMinor =
            line.rateDeviates ? deviatingRate(rates[rate].billRateMinor, random) : rates[rate].billRateMinor;
        line.payRateMinor = rates[rate].payRateMinor;
        sink(line);
    };

    for (QDate day = from; day <= to; day = day.addDays(1)) {
        // Weekends off; about one weekday in twenty is leave, sickness or a public holiday.
        if (day.dayOfWeek() > 5 || random.chance(45))
            continue;
        book(day, false);
    }
    if (placement.daysAfterEnd > 0 && placement.end.isValid()) {
        int booked = 0;
        for (QDate day = std::max(placement.end.addDays(1), dataset.windowStart);
             booked < placement.daysAfterEnd && day <= lastDay; day = day.addDays(1)) {
            if (day.dayOfWeek() > 5)
                continue;
            book(day, true);
            ++booked;
        }
    }
    return static_cast<int>(nextId - firstLineId);
}

} // namespace cw
