#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace cw {

class Database;

/// Fast path for writing many rows into one cache table: one prepared INSERT reused for every
/// row, bound through the sqlite3 API directly (no QVariant per value), committed every
/// batchSize rows.
///
/// Usage: begin(); then per row bind(...) for each column in order and endRow(); finally
/// finish(). Values are bound in the column order given to the constructor.
/// Thread affinity: use on one thread; it writes through that thread's cache connection.
/// If an error occurs the current batch is rolled back, and earlier committed batches stay.
class BulkWriter
{
public:
    enum class OnConflict { Abort, Ignore, Replace };

    BulkWriter(const Database &database, QString table, QStringList columns,
               OnConflict onConflict = OnConflict::Abort, int batchSize = 20000);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    /// Prepares the statement and opens the first transaction.
    Result<void> begin();

    BulkWriter &bind(qint64 value);
    BulkWriter &bind(int value) { return bind(static_cast<qint64>(value)); }
    BulkWriter &bind(double value);
    /// UTF-8 text; the bytes are copied.
    BulkWriter &bind(const QByteArray &utf8);
    BulkWriter &bind(const QString &text) { return bind(text.toUtf8()); }
    BulkWriter &bind(const char *latin1);
    BulkWriter &bindNull();

    /// Executes the row bound since the last endRow(); commits when the batch is full.
    Result<void> endRow();
    /// Commits what is pending and releases the statement.
    Result<void> finish();

    /// Rows written so far (including rows ignored by OnConflict::Ignore).
    qint64 rowCount() const { return m_rows; }
    /// Row id of the row last inserted by endRow().
    qint64 lastInsertId() const;

private:
    Result<void> exec(const char *sql);
    Error lastError(const QString &what) const;
    void rollback();

    const Database &m_database;
    QString m_table;
    QStringList m_columns;
    OnConflict m_onConflict;
    int m_batchSize;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_column = 0;
    int m_inBatch = 0;
    qint64 m_rows = 0;
    bool m_inTransaction = false;
};

} // namespace cw
