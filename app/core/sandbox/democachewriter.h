#pragma once

#include "demodataset.h"
#include "demodatastats.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace cw {

class BulkWriter;
class Database;

/// Writes a DemoDataset into an empty cache, every table through a BulkWriter, with the dataset's
/// ids as row ids so cross references hold; timesheet lines are streamed from the dataset, never
/// held in memory, encoded on a helper thread while this one inserts.
///
/// Thread affinity: call write() on the thread whose cache connection should do the writing; the
/// database and dataset must outlive the call. Progress is reported on that thread. When that
/// connection is the only one open on the file, the fill writes through a rollback journal
/// (RollbackJournalScope), which is faster for a fresh cache.
class DemoCacheWriter
{
    Q_DECLARE_TR_FUNCTIONS(cw::DemoCacheWriter)

public:
    /// Error::code() of write() when a table it would fill already has rows.
    static inline const QString kCacheNotEmpty = QStringLiteral("demo.cache_not_empty");
    /// Error::code() of write() when cancelled; rows committed before stay in the cache.
    static inline const QString kCancelled = QStringLiteral("demo.cancelled");

    /// @p progress receives 0..100 whenever the written share changes; @p cancel (may be null) is
    /// polled while writing.
    DemoCacheWriter(const Database &database, const DemoDataset &dataset,
                    std::function<void(int)> progress = {}, const std::atomic_bool *cancel = nullptr);

    /// Checks that the cache holds no data in these tables, then writes them all.
    Result<DemoDataStats> write();

    /// The tables write() fills, in the order it fills them (parents before children).
    static QStringList tables();
    /// Success when none of tables() holds a row in @p database, else the kCacheNotEmpty error.
    static Result<void> checkEmpty(const Database &database);

private:
    Result<void> writeSystems();
    Result<void> writeRecords();
    Result<void> writeStaffing();
    Result<void> writeBilling();
    Result<void> writeTimesheetLines();
    Result<void> writeOperations();
    Result<void> writeSyncAndAudit();
    Result<void> writeReference();

    /// Writes @p items into @p table, binding each with @p bind, and records the row count.
    template<typename Item, typename Bind>
    Result<void> writeRows(const char *table, const QStringList &columns, const std::vector<Item> &items,
                           Bind bind);
    /// Counts a written row; false when the caller should stop because of cancellation.
    bool advance();
    Result<void> finishTable(BulkWriter &writer, const char *table);
    Error cancelled() const;
    qint64 systemId(DemoDataset::System system) const;

    const Database &m_database;
    const DemoDataset &m_data;
    std::function<void(int)> m_progress;
    const std::atomic_bool *m_cancel;
    DemoDataStats m_stats;
    qint64 m_expectedRows = 1;
    qint64 m_written = 0;
    int m_percent = -1;
};

} // namespace cw
