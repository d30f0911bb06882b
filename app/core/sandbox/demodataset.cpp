#include "demodataset.h"

#include "demotimesheetstream.h"

#include <cstring>

namespace cw {

int DemoDataset::monthIndex(const QDate &date) const
{
    return (date.year() * 12 + date.month()) - (windowStart.year() * 12 + windowStart.month());
}

int DemoDataset::MonthTracker::operator()(const QDate &date)
{
    const qint64 day = date.toJulianDay();
    if (day < m_first || day >= m_next) {
        m_month = m_dataset.monthIndex(date);
        m_first = m_dataset.monthStart(m_month).toJulianDay();
        m_next = m_dataset.monthStart(m_month + 1).toJulianDay();
    }
    return m_month;
}

QDate DemoDataset::monthStart(int index) const
{
    return QDate(windowStart.year(), windowStart.month(), 1).addMonths(index);
}

int DemoDataset::monthCount() const
{
    return monthIndex(asOf) + 1;
}

void DemoDataset::forEachTimesheetLine(const std::function<void(const TimesheetLine &)> &sink) const
{
    for (int i = 0; i < static_cast<int>(placements.size()); ++i)
        forEachTimesheetLine(i, sink);
}

void DemoDataset::forEachTimesheetLine(int placementIndex,
                                       const std::function<void(const TimesheetLine &)> &sink) const
{
    const Placement &placement = placements[static_cast<std::size_t>(placementIndex)];
    const auto months = static_cast<int>(placement.invoiceByMonth.size());
    MonthTracker monthOf(*this);
    DemoTimesheetStream::generate(*this, placementIndex, placement.firstLineId, [&](TimesheetLine &line) {
        if (isInvoiceable(line)) {
            const int month = monthOf(line.workDate);
            if (month >= 0 && month < months)
                line.invoiceId = placement.invoiceByMonth[static_cast<std::size_t>(month)];
        }
        sink(line);
    });
}

QString DemoDataset::instant(const QDate &date, int secondsIntoDay)
{
    return timestamp(date, secondsIntoDay, 'T', "Z");
}

QString DemoDataset::odooTimestamp(const QDate &date, int secondsIntoDay)
{
    return timestamp(date, secondsIntoDay, ' ', "");
}

QString DemoDataset::timestamp(const QDate &date, int secondsIntoDay, char separator, const char *suffix)
{
    // Written digit by digit: the generator makes a few hundred thousand of these, and
    // QString::arg() chains cost a sixth of the whole dataset's generation.
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    char text[24];
    const auto digits = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = static_cast<char>('0' + value % 10);
    };
    digits(0, year, 4);
    text[4] = '-';
    digits(5, month, 2);
    text[7] = '-';
    digits(8, day, 2);
    text[10] = separator;
    digits(11, secondsIntoDay / 3600, 2);
    text[13] = ':';
    digits(14, secondsIntoDay / 60 % 60, 2);
    text[16] = ':';
    digits(17, secondsIntoDay % 60, 2);
    const auto suffixSize = static_cast<int>(qstrlen(suffix));
    std::memcpy(text + 19, suffix, static_cast<std::size_t>(suffixSize));
    return QString::fromLatin1(text, 19 + suffixSize);
}

qint64 DemoDataset::epochMs(const QDate &date, int secondsIntoDay)
{
    static const QDate kEpoch(1970, 1, 1);
    return (kEpoch.daysTo(date) * 86400 + secondsIntoDay) * 1000;
}

const DemoDataset::PlacementRate &DemoDataset::rateOn(int placementIndex, const QDate &date) const
{
    const Placement &placement = placements[static_cast<std::size_t>(placementIndex)];
    int index = placement.firstRate;
    while (index + 1 < placement.firstRate + placement.rateCount
           && rates[static_cast<std::size_t>(index) + 1].effectiveDate <= date)
        ++index;
    return rates[static_cast<std::size_t>(index)];
}

qint64 DemoDataset::lineAmount(const TimesheetLine &line)
{
    return (line.minutes * line.billRateMinor + 30) / 60;
}

bool DemoDataset::isInvoiceable(const TimesheetLine &line)
{
    return line.status == LineStatus::Approved && line.billable && !line.afterEnd;
}

const char *DemoDataset::statusName(LineStatus status)
{
    switch (status) {
    case LineStatus::Approved:
        return "approved";
    case LineStatus::Rejected:
        return "rejected";
    case LineStatus::Submitted:
        break;
    }
    return "submitted";
}

} // namespace cw
