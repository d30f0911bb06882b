#include "fileimporter.h"

#include "cache/database.h"
#include "cache/indexsuspension.h"
#include "rowconverter.h"
#include "sync/recordupserter.h"
#include "sync/syncrunlog.h"
#include "util/boundedqueue.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <thread>
#include <utility>

namespace cw {

namespace {

// Rows read and converted on the reading thread, handed to the writing one. 2,000 rows divide
// the commit and progress intervals, so commits and progress fall on the same rows as before.
constexpr qint64 kChunkRows = 2000;
// Chunks waiting at most: a commit's worth and two more. Why: while the writer commits (some
// 20,000 rows), the reader must be able to read on; with only 8,000 rows of room it stood still,
// and the writer then waited for it (2.3 s of a 7 s loop on a million rows). Memory stays bounded
// (some 25 MB more than with 4 chunks).
constexpr std::size_t kChunksAhead = FileImporter::kCommitEvery / kChunkRows + 2;

struct RowChunk
{
    qint64 rows = 0;
    QList<CacheRecord> records;
    QList<RecordFailure> refused;
};

// Records written, handed back to the reading thread to be freed. Why: freeing a batch took the
// writing thread, the import's bottleneck, about a tenth of its time; the reading thread has time
// to spare, and the records' memory came from its allocator arena.
using SpentRecords = BoundedQueue<QList<CacheRecord>>;

// Reads @p path and converts its rows under @p mapping into chunks pushed to @p queue, until the
// end of the file or the queue is closed; closes the queue either way, and frees what comes back
// through @p spent meanwhile. Returns why it stopped early: the header does not fit the mapping,
// or the file cannot be read.
std::optional<Error> readChunks(const QString &path, const TabularFile::Options &options,
                                const ImportMapping &mapping, const QString &modifiedAt,
                                BoundedQueue<RowChunk> &queue, SpentRecords &spent)
{
    QStringList header;
    std::optional<RowConverter> converter;
    std::optional<Error> failure;
    RowChunk chunk;
    auto read = TabularFile::forEachRow(path, options, [&](const TabularRow &row) {
        if (header.isEmpty()) {
            header = row.cells;
            if (auto valid = mapping.validate(header); !valid) {
                failure = valid.error();
                return false;
            }
            converter.emplace(header, mapping, modifiedAt);
            return true;
        }
        ++chunk.rows;
        auto record = converter->toRecord(row);
        if (record)
            chunk.records.append(std::move(record).value());
        else
            chunk.refused.append(
                { QString(), row.line, record.error().userMessage(), record.error().detail() });
        if (chunk.rows < kChunkRows)
            return true;
        while (spent.tryPop()) { }
        return queue.push(std::exchange(chunk, RowChunk()));
    });
    if (chunk.rows > 0)
        queue.push(std::move(chunk));
    queue.close();
    spent.close();
    while (spent.tryPop()) { }
    if (!read && !failure)
        failure = read.error();
    return failure;
}

} // namespace

FileImporter::FileImporter(const Database &database, qint64 systemId, std::shared_ptr<Clock> clock,
                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_systemId(systemId)
    , m_clock(std::move(clock))
{ }

Result<ImportPreview> FileImporter::preview(const QString &path, const TabularFile::Options &options,
                                            const QString &table, int rows)
{
    ImportPreview preview;
    auto format = TabularFile::formatOf(path);
    if (!format)
        return format.error();
    preview.format = format.value();
    TabularFile::Options chosen = options;
    if (preview.format == TabularFile::Format::Csv && chosen.encoding == TabularFile::Encoding::Auto) {
        auto encoding = TabularFile::detectEncoding(path);
        if (!encoding)
            return encoding.error();
        chosen.encoding = encoding.value();
    }
    preview.encoding =
        preview.format == TabularFile::Format::Csv ? chosen.encoding : TabularFile::Encoding::Auto;
    auto read = TabularFile::forEachRow(path, chosen, [&](const TabularRow &row) {
        if (preview.header.isEmpty())
            preview.header = row.cells;
        else
            preview.rows.append(row);
        return preview.rows.size() < rows;
    });
    if (!read)
        return read.error();
    preview.suggested = ImportMapping::guess(table, preview.header);
    return preview;
}

Result<ImportReport> FileImporter::run(const QString &path, const TabularFile::Options &options,
                                       const ImportMapping &mapping)
{
    m_cancel = false;
    SyncRunLog log(m_database, m_clock);
    auto run = log.start(QStringLiteral("import_") + mapping.table, m_systemId);
    if (!run)
        return run.error();
    ImportReport report;
    report.runId = run.value();
    const std::optional<Error> failure = importRows(path, options, mapping, log, report);
    const QString status = failure ? QStringLiteral("failed")
        : report.cancelled         ? QStringLiteral("cancelled")
        : report.counts.failed > 0 ? QStringLiteral("partial")
                                   : QStringLiteral("succeeded");
    const QString message = failure ? failure->userMessage()
        : report.counts.failed > 0  ? tr("%1 of %2 rows could not be imported; see the events.")
                                         .arg(report.counts.failed)
                                         .arg(report.rows)
                                   : QString();
    if (auto closed = log.finish(report.runId, status, message); !closed)
        return closed.error();
    if (failure)
        return *failure;
    return report;
}

std::optional<Error> FileImporter::importRows(const QString &path, const TabularFile::Options &options,
                                              const ImportMapping &mapping, SyncRunLog &log,
                                              ImportReport &report)
{
    RecordUpserter upserter(m_database, m_systemId, mapping.table);
    IndexSuspension suspension(m_database, mapping.table);
    // Files carry no modification time per row; a fixed stamp keeps a re-imported row identical.
    const QString modifiedAt = QStringLiteral("1970-01-01T00:00:00Z");
    QList<CacheRecord> batch;
    QList<RecordFailure> refused;
    SpentRecords spent(kChunksAhead);
    std::optional<Error> failure;
    const auto flush = [&]() -> bool {
        auto committed = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
            auto written = upserter.upsert(batch);
            if (!written)
                return written.error();
            UpsertCounts counts = written.value();
            counts.failed += refused.size();
            counts.failures = refused + counts.failures;
            if (auto added = log.addCounts(db, report.runId, batch.size() + refused.size(), counts); !added)
                return added;
            for (const RecordFailure &row : std::as_const(counts.failures)) {
                if (auto logged = log.event(db, report.runId, SyncRunLog::Level::Error, mapping.table,
                                            row.externalId, row.message, tr("line %1").arg(row.line));
                    !logged)
                    return logged;
            }
            report.counts += counts;
            return {};
        });
        if (!spent.tryPush(batch))
            batch.clear();
        refused.clear();
        if (committed)
            committed = suspension.update(report.counts.created);
        if (!committed)
            failure = committed.error();
        return committed.ok();
    };
    // Why: reading and converting rows takes about a third of an import; on a thread of its own
    // it overlaps with the cache writes on this one.
    BoundedQueue<RowChunk> queue(kChunksAhead);
    std::optional<Error> readFailure;
    std::thread reader([&] { readFailure = readChunks(path, options, mapping, modifiedAt, queue, spent); });
    while (auto chunk = queue.pop()) {
        report.rows += chunk->rows;
        batch += std::move(chunk->records);
        refused += std::move(chunk->refused);
        if (batch.size() + refused.size() >= kCommitEvery && !flush())
            break;
        if (report.rows % 10000 == 0)
            emit progress(report.rows);
        if (m_cancel) {
            report.cancelled = true;
            break;
        }
    }
    queue.close();
    reader.join();
    if (!failure)
        flush();
    if (suspension.isSuspended())
        emit indexing();
    if (auto rebuilt = suspension.finish(); !rebuilt && !failure)
        failure = rebuilt.error();
    if (!failure && !report.cancelled)
        failure = readFailure;
    return failure;
}

Result<void> FileImporter::saveMapping(const QString &source, const ImportMapping &mapping) const
{
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "UPDATE system SET options = json_set(options, '$.import_mappings.' || json_quote(?), json(?)), "
            "updated_at = ? WHERE id = ?"));
        query.addBindValue(source);
        query.addBindValue(QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
        query.addBindValue(m_clock->now().toUTC().toString(Qt::ISODate));
        query.addBindValue(m_systemId);
        if (!query.exec())
            return sqlError(tr("The import mapping could not be saved."), query.lastError());
        if (query.numRowsAffected() == 0)
            return Error(Error::Category::NotFound, tr("The import source no longer exists."));
        return {};
    });
}

Result<ImportMapping> FileImporter::loadMapping(const QString &source) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT json_extract(options, '$.import_mappings.' || json_quote(?)) FROM system WHERE id = ?"));
    query.addBindValue(source);
    query.addBindValue(m_systemId);
    if (!query.exec())
        return sqlError(tr("The import mapping could not be read."), query.lastError());
    if (!query.next() || query.value(0).isNull())
        return Error(Error::Category::NotFound, tr("No mapping is saved for %1.").arg(source));
    return ImportMapping::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

} // namespace cw
