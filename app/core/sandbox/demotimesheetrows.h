#pragma once

#include "demodataset.h"

#include <QByteArray>

#include <atomic>
#include <vector>

namespace cw {

template<typename T> class BoundedQueue;

/// Turns a dataset's timesheet lines into the values of the cache's timesheet_line columns,
/// batch by batch, so one thread can encode (generate the lines, write their Bullhorn-style raw
/// JSON) while another inserts what is ready.
///
/// Thread affinity: after construction every member is const and may be used from any thread;
/// produce() runs on the encoding thread and the rows it hands over are read on the writing one.
class DemoTimesheetRows
{
public:
    /// One encoded line. Text columns are offsets of NUL-terminated ASCII in Batch::text.
    struct Row
    {
        qint64 id = 0;
        qint64 placementId = 0;
        qint64 billRateMinor = 0;
        qint64 payRateMinor = 0;
        /// 0 when not invoiced.
        qint64 invoiceId = 0;
        const char *status = nullptr;
        int minutes = 0;
        /// Days since the dataset's windowStart.
        int day = 0;
        int externalId = 0;
        int currency = 0;
        int raw = 0;
        bool billable = true;
        /// Approved or rejected, rather than still waiting.
        bool decided = false;
    };

    struct Batch
    {
        std::vector<Row> rows;
        QByteArray text;

        const char *textAt(int offset) const { return text.constData() + offset; }
    };

    explicit DemoTimesheetRows(const DemoDataset &dataset);

    /// Encodes every line, placement by placement in id order, into batches of about
    /// @p batchRows rows pushed to @p queue; stops early when the queue is closed or @p cancel is
    /// set. Closes the queue at the end either way, so the reader never waits for nothing.
    void produce(BoundedQueue<Batch> &queue, int batchRows, const std::atomic_bool &cancel) const;

    /// The work_date column of a row ("YYYY-MM-DD").
    const char *workDate(const Row &row) const;
    /// The modified_at column of a row: when it was decided, or submitted if it is still waiting.
    const char *modifiedAt(const Row &row) const;

private:
    /// A placement's text that every one of its lines repeats.
    struct PlacementText
    {
        QByteArray currency;
        QByteArray externalId;
    };

    void encode(const DemoDataset::TimesheetLine &line, const DemoDataset::Placement &placement,
                const PlacementText &texts, Batch &batch) const;

    const DemoDataset &m_data;
    std::vector<QByteArray> m_dates;
    std::vector<QByteArray> m_submittedAt;
    std::vector<QByteArray> m_decidedAt;
    std::vector<qint64> m_decidedMs;
};

} // namespace cw
