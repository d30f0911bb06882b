#pragma once

#include "cacherecord.h"
#include "domain/result.h"
#include "upsertcounts.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringEncoder>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cw {

class Database;

/// Writes records of one system into one record table of the cache (customer, contact,
/// consultant, deal, placement, timesheet_line, expense, invoice, payment), keyed by
/// (system_id, external_id): `INSERT ... ON CONFLICT(system_id, external_id) DO UPDATE`, where
/// the update runs only when a value differs, so re-reading a record changes nothing and counts
/// as unchanged. Runs of records with the same columns go in groups of up to kGroupRows through
/// one multi-row statement; a group the cache refuses for a constraint is written again record
/// by record, so the outcome and the counts are the same as for single writes.
///
/// Contract: upsert() must run inside a transaction the caller opened on the calling thread's
/// cache connection (Database::transaction()), so records, cursor and run counts commit together.
/// A record the cache refuses (a CHECK or NOT NULL constraint) fails alone and is counted and
/// described; the others are written. References to records not cached yet resolve to NULL.
/// Column names are checked against the table's schema; an unknown one fails the record.
///
/// Thread affinity: the thread whose connection it uses; create, use and destroy it there while
/// the connection is open. Ownership: borrows the Database, which must outlive it.
class RecordUpserter
{
    Q_DECLARE_TR_FUNCTIONS(cw::RecordUpserter)

public:
    /// The page cache an upserter gives its connection at least, and at most.
    static constexpr qint64 kPageCacheMinKib = 16 * 1024;
    static constexpr qint64 kPageCacheMaxKib = 64 * 1024;
    /// Page cache per row of the table, about what its indexes take: past the least, the cache
    /// grows with the table.
    static constexpr qint64 kPageCacheBytesPerRow = 256;
    /// Records written by one multi-row statement (fewer for tables with many columns).
    static constexpr int kGroupRows = 64;
    /// Room for the UTF-8 text of one group's values.
    static constexpr qsizetype kArenaBytes = 256 * 1024;

    /// Tables that hold records of connected systems, unique per (system_id, external_id).
    static const QStringList &recordTables();

    RecordUpserter(const Database &database, qint64 systemId, QString table);
    ~RecordUpserter();
    RecordUpserter(const RecordUpserter &) = delete;
    RecordUpserter &operator=(const RecordUpserter &) = delete;

    qint64 systemId() const { return m_systemId; }
    QString table() const { return m_table; }

    /// Writes @p records in order. Fails as a whole when the table is unknown, a statement cannot
    /// be prepared or a group fails for anything but a constraint (a read-only or full cache, a
    /// transaction rolled back); per-record problems are in the counts, with the record's line.
    Result<UpsertCounts> upsert(const QList<CacheRecord> &records);

private:
    struct ReferenceKey
    {
        QString table;
        qint64 systemId = 0;
        QString externalId;
        bool operator==(const ReferenceKey &other) const;
        // Why: an upserter refers to one or two tables, so hashing the table name only costs.
        friend size_t qHash(const ReferenceKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.systemId, key.externalId);
        }
    };
    enum class Outcome { Created, Updated, Unchanged, Deleted };

    Result<void> prepareSchema();
    /// Raises the connection's page cache to kPageCacheBytesPerRow per row of the table, within
    /// kPageCacheMinKib and kPageCacheMaxKib, while this upserter lives; called at each upsert(),
    /// so it grows with the table. Why: the indexes of a record table with a few hundred thousand
    /// rows (and of the tables its references look up) outgrow SQLite's default 2 MB, and every
    /// write then reads its index pages back from the file. But a cache larger than that only
    /// fills with pages written once, each fresh memory the kernel must hand out and clear: on a
    /// fresh pull of 100,000 companies, 64 MB cost more than it saved.
    void enlargePageCache();
    std::optional<qint64> pragma(const char *name) const;
    Result<Outcome> write(const CacheRecord &record);
    /// Writes records[first] and the records after it that share its columns as one group of
    /// groupRows() records; returns how many it wrote (0 when they do not form a full group). A
    /// group refused for a constraint is written row by row; any other error is returned.
    Result<qsizetype> writeGroup(const QList<CacheRecord> &records, qsizetype first, UpsertCounts &counts);
    void writeOne(const CacheRecord &record, UpsertCounts &counts);
    Result<void> bindRecord(sqlite3_stmt *stmt, int &index, const CacheRecord &record);
    int bindText(sqlite3_stmt *stmt, int index, const QString &text);
    /// Frees the text bound since the last call; call before binding a statement anew.
    void releaseText();
    /// Binds @p value; a QByteArray is bound in place, so it must live until the step is done.
    int bindValue(sqlite3_stmt *stmt, int index, const QVariant &value);
    Result<qint64> lastRowId();
    Result<Outcome> remove(const QString &externalId);
    Result<sqlite3_stmt *> statement(const QString &key, const QString &sql);
    Result<sqlite3_stmt *> upsertStatement(const CacheRecord &record);
    Result<sqlite3_stmt *> groupStatement();
    QString upsertSql(int rows) const;
    int groupRows() const;
    bool sameLayout(const CacheRecord &record) const;
    /// Whether @p record may go into a group with the records of the current layout.
    bool groupable(const CacheRecord &record) const;
    Result<QVariant> resolve(const CacheReference &reference);
    Result<qint64> findRow(const QString &table, qint64 systemId, const QString &externalId);
    Error sqliteError(const QString &message) const;

    const Database &m_database;
    qint64 m_systemId;
    QString m_table;
    sqlite3 *m_db = nullptr;
    QSet<QString> m_columns;
    QHash<QString, sqlite3_stmt *> m_statements;
    /// The upsert statement of the last record written and the columns it binds, in order.
    sqlite3_stmt *m_upsert = nullptr;
    /// The multi-row form of m_upsert, prepared on first use.
    sqlite3_stmt *m_group = nullptr;
    QStringList m_layout;
    /// UTF-8 text bound with SQLITE_STATIC, kept until the statement has run: encoded into
    /// m_arena while it has room (never reallocated while bound), else in m_text.
    std::vector<QByteArray> m_text;
    QByteArray m_arena;
    qsizetype m_arenaUsed = 0;
    QStringEncoder m_utf8 { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
    /// Row ids of referenced records found during one upsert() call (one transaction).
    QHash<ReferenceKey, qint64> m_resolved;
    /// The connection's cache_size as found, restored on destruction once raised.
    std::optional<qint64> m_initialCacheSize;
    /// The connection's page cache in KiB, once read.
    qint64 m_cacheKib = 0;
    bool m_cacheRaised = false;
};

} // namespace cw
