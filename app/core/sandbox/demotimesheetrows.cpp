#include "demotimesheetrows.h"

#include "demojsonwriter.h"
#include "util/boundedqueue.h"

namespace cw {

namespace {

// Bullhorn-style ids for timesheet entries, far from the other entities' ranges.
constexpr qint64 kTimesheetExternalBase = 5000000;
// Text bytes per encoded line (ids, currency, raw JSON), rounded up.
constexpr qsizetype kBytesPerRow = 320;

// Appends @p text and its terminating NUL; returns where it starts.
int appendText(QByteArray &out, const QByteArray &text)
{
    const auto offset = static_cast<int>(out.size());
    out.append(text).append('\0');
    return offset;
}

const char *approvalStatus(DemoDataset::LineStatus status)
{
    switch (status) {
    case DemoDataset::LineStatus::Approved:
        return "Approved";
    case DemoDataset::LineStatus::Rejected:
        return "Rejected";
    case DemoDataset::LineStatus::Submitted:
        break;
    }
    return "Submitted";
}

} // namespace

DemoTimesheetRows::DemoTimesheetRows(const DemoDataset &dataset)
    : m_data(dataset)
{
    // Every string that repeats per day is prepared once: the per-line work is then appends only.
    const QDate first = m_data.windowStart;
    const auto days = static_cast<std::size_t>(first.daysTo(m_data.asOf) + 1);
    m_dates.resize(days);
    m_submittedAt.resize(days);
    m_decidedAt.resize(days);
    m_decidedMs.resize(days);
    const QDate lastDay = m_data.asOf.addDays(-1);
    for (std::size_t i = 0; i < days; ++i) {
        const auto index = static_cast<int>(i);
        const QDate day = first.addDays(index);
        const QDate decided = std::min(day.addDays(2), lastDay);
        const int submittedSeconds = 17 * 3600 + (index * 7 % 60) * 60;
        const int decidedSeconds = 9 * 3600 + (index * 11 % 60) * 60;
        m_dates[i] = day.toString(Qt::ISODate).toLatin1();
        m_submittedAt[i] = DemoDataset::instant(day, submittedSeconds).toLatin1();
        m_decidedAt[i] = DemoDataset::instant(decided, decidedSeconds).toLatin1();
        m_decidedMs[i] = DemoDataset::epochMs(decided, decidedSeconds);
    }
}

void DemoTimesheetRows::produce(BoundedQueue<Batch> &queue, int batchRows,
                                const std::atomic_bool &cancel) const
{
    // A little more than a batch, so the last placement's lines rarely grow the buffers.
    const auto reserve = [batchRows](Batch &batch) {
        batch.rows.reserve(static_cast<std::size_t>(batchRows) + 512);
        batch.text.reserve((static_cast<qsizetype>(batchRows) + 512) * kBytesPerRow);
    };
    Batch batch;
    reserve(batch);
    for (int p = 0; p < static_cast<int>(m_data.placements.size()); ++p) {
        if (cancel.load(std::memory_order_relaxed))
            break;
        const DemoDataset::Placement &placement = m_data.placements[static_cast<std::size_t>(p)];
        const PlacementText texts { placement.currency.toLatin1(), placement.externalId.toLatin1() };
        m_data.forEachTimesheetLine(
            p, [&](const DemoDataset::TimesheetLine &line) { encode(line, placement, texts, batch); });
        if (static_cast<int>(batch.rows.size()) >= batchRows) {
            if (!queue.push(std::move(batch)))
                break;
            batch = {};
            reserve(batch);
        }
    }
    if (!batch.rows.empty())
        queue.push(std::move(batch));
    queue.close();
}

const char *DemoTimesheetRows::workDate(const Row &row) const
{
    return m_dates[static_cast<std::size_t>(row.day)].constData();
}

const char *DemoTimesheetRows::modifiedAt(const Row &row) const
{
    const auto day = static_cast<std::size_t>(row.day);
    return (row.decided ? m_decidedAt[day] : m_submittedAt[day]).constData();
}

void DemoTimesheetRows::encode(const DemoDataset::TimesheetLine &line,
                               const DemoDataset::Placement &placement, const PlacementText &texts,
                               Batch &batch) const
{
    Row row;
    row.id = line.id;
    row.placementId = placement.id;
    row.billRateMinor = line.billRateMinor;
    row.payRateMinor = line.payRateMinor;
    row.invoiceId = line.invoiceId;
    row.status = DemoDataset::statusName(line.status);
    row.minutes = line.minutes;
    row.day = static_cast<int>(m_data.windowStart.daysTo(line.workDate));
    row.billable = line.billable;
    row.decided = line.status != DemoDataset::LineStatus::Submitted;
    const auto day = static_cast<std::size_t>(row.day);

    QByteArray &text = batch.text;
    const qint64 externalId = kTimesheetExternalBase + line.id;
    row.externalId = static_cast<int>(text.size());
    DemoJsonWriter::appendInteger(text, externalId);
    text.append('\0');
    row.currency = appendText(text, texts.currency);

    row.raw = static_cast<int>(text.size());
    text.append("{\"id\":");
    DemoJsonWriter::appendInteger(text, externalId);
    text.append(",\"timesheetDay\":\"").append(m_dates[day]);
    text.append("\",\"quantity\":");
    DemoJsonWriter::appendDecimal(text, line.minutes * 100 / 60, 2);
    text.append(",\"billRate\":");
    DemoJsonWriter::appendDecimal(text, line.billRateMinor, 2);
    text.append(",\"payRate\":");
    DemoJsonWriter::appendDecimal(text, line.payRateMinor, 2);
    text.append(",\"currencyUnit\":\"").append(texts.currency).append("\",\"billable\":");
    text.append(line.billable ? "true" : "false");
    text.append(",\"placement\":{\"id\":").append(texts.externalId);
    text.append("},\"approvalStatus\":\"").append(approvalStatus(line.status));
    text.append("\",\"dateLastModified\":");
    DemoJsonWriter::appendInteger(text, row.decided ? m_decidedMs[day] : m_decidedMs[day] - 2 * 86400000);
    text.append("}\0", 2);
    batch.rows.push_back(row);
}

} // namespace cw
