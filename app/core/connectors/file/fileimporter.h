#pragma once

#include "domain/result.h"
#include "importmapping.h"
#include "sync/cacherecord.h"
#include "sync/upsertcounts.h"
#include "tabularfile.h"
#include "util/clock.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace cw {

class Database;
class SyncRunLog;

/// What a file preview shows before the mapping is chosen. A plain value.
struct ImportPreview
{
    QStringList header;
    /// The first data rows (after the header), as read.
    QList<TabularRow> rows;
    TabularFile::Format format = TabularFile::Format::Csv;
    /// Detected (or chosen) text encoding; Auto for workbooks.
    TabularFile::Encoding encoding = TabularFile::Encoding::Auto;
    /// A mapping guessed from the header for the requested table.
    ImportMapping suggested;
};

/// How an import ended. A plain value.
struct ImportReport
{
    qint64 runId = 0;
    qint64 rows = 0;
    /// Per record; failures hold the line number and reason of every refused row.
    UpsertCounts counts;
    bool cancelled = false;
};

/// Imports CSV/XLSX exports of systems without an API (payroll, expense tools, a PSA) into the
/// cache for one file system (system kind "file"): rows become records of the mapping's table
/// through RecordUpserter, keyed by the mapping's key fields or by a hash of the row, so importing
/// the same file again changes nothing. Rows that cannot be read (a required value missing, a date
/// or amount that does not parse) are listed with their line number and reason; the good rows
/// are kept. Each import is a sync_run (flow "import_<table>") with sync_event rows for refused rows.
///
/// run() is synchronous and meant for a worker thread (it writes through that thread's
/// connection, while a thread of its own reads and converts the rows a few thousand ahead);
/// progress() is emitted on the calling thread every 10,000 rows and cancel() may be called from any
/// thread (rows committed so far stay). Rows are committed every kCommitEvery; an import that adds
/// more rows than its table held lets IndexSuspension drop the table's scattered indexes and
/// rebuilds them before run() returns. Mappings are saved per source in the system's options
/// under "import_mappings".
class FileImporter : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCommitEvery = 20000;

    FileImporter(const Database &database, qint64 systemId, std::shared_ptr<Clock> clock = Clock::system(),
                 QObject *parent = nullptr);

    /// Header and the first @p rows rows of @p path, with a mapping guessed for @p table.
    static Result<ImportPreview> preview(const QString &path, const TabularFile::Options &options,
                                         const QString &table, int rows = 20);

    Result<ImportReport> run(const QString &path, const TabularFile::Options &options,
                             const ImportMapping &mapping);
    void cancel() { m_cancel = true; }

    /// Stores @p mapping for @p source (a file name pattern or a name the user gave) in the system's options.
    Result<void> saveMapping(const QString &source, const ImportMapping &mapping) const;
    /// The mapping saved for @p source; NotFound when none.
    Result<ImportMapping> loadMapping(const QString &source) const;

signals:
    void progress(qint64 rows);
    /// The rows are written and the indexes a bulk import suspended are being built again (a few
    /// seconds for a million rows); emitted once, on the calling thread, before run() returns.
    void indexing();

private:
    /// Reads, converts and writes the rows of @p path into @p report; returns what stopped it.
    std::optional<Error> importRows(const QString &path, const TabularFile::Options &options,
                                    const ImportMapping &mapping, SyncRunLog &log, ImportReport &report);

    const Database &m_database;
    qint64 m_systemId;
    std::shared_ptr<Clock> m_clock;
    std::atomic_bool m_cancel = false;
};

} // namespace cw
