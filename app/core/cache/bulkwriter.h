#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cw {

class Database;

/// Fast path for writing many rows into one cache table: rows are collected and sent several at a
/// time through one prepared multi-row INSERT, bound through the sqlite3 API directly (no
/// QVariant per value), and committed every batchSize rows.
///
/// Usage: begin(); then per row bind(...) for each column in order and endRow(); finally
/// finish(). Values are bound in the column order given to the constructor and copied, so the
/// caller may reuse its buffers at once. A row is written by the endRow() that completes its
/// group of rows, or by finish(); that call reports its error.
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
    /// UTF-8 text.
    BulkWriter &bind(const QByteArray &utf8);
    BulkWriter &bind(const QString &text) { return bind(text.toUtf8()); }
    /// NUL-terminated UTF-8 text (ASCII literals and codes, mostly).
    BulkWriter &bind(const char *utf8);
    BulkWriter &bindNull();

    /// Ends the row bound since the last endRow(); writes the rows collected when there are enough
    /// for one statement, and commits when the batch is full.
    Result<void> endRow();
    /// Writes and commits what is pending and releases the statements.
    Result<void> finish();

    /// Rows ended so far (including rows ignored by OnConflict::Ignore).
    qint64 rowCount() const { return m_rows; }
    /// How many rows one statement carries for this table (fewer for wide tables).
    int rowsPerStatement() const { return m_rowsPerStatement; }

private:
    /// One bound value; text lives in m_text until the rows are written.
    struct Value
    {
        enum class Kind : quint8 { Null, Integer, Real, Text };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        qsizetype offset = 0;
        qsizetype size = 0;
    };

    BulkWriter &bindText(const char *utf8, qsizetype size);
    Value &nextValue();
    sqlite3_stmt *prepare(int rows);
    Result<void> writePending();
    Result<void> exec(const char *sql);
    Error lastError(const QString &what) const;
    void rollback();

    const Database &m_database;
    QString m_table;
    QStringList m_columns;
    OnConflict m_onConflict;
    int m_batchSize;
    int m_rowsPerStatement;
    sqlite3 *m_db = nullptr;
    /// The statement for a full group of rows; a shorter last group gets its own, once.
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<Value> m_values;
    QByteArray m_text;
    int m_column = 0;
    int m_pendingRows = 0;
    int m_inBatch = 0;
    qint64 m_rows = 0;
    bool m_inTransaction = false;
};

} // namespace cw
