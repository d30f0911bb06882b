#include "bulkwriter.h"

#include "database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace cw {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cw::BulkWriter)
};

const char *conflictClause(BulkWriter::OnConflict onConflict)
{
    switch (onConflict) {
    case BulkWriter::OnConflict::Ignore:
        return "INSERT OR IGNORE";
    case BulkWriter::OnConflict::Replace:
        return "INSERT OR REPLACE";
    case BulkWriter::OnConflict::Abort:
        break;
    }
    return "INSERT";
}

// SQLite takes up to 32,766 parameters per statement; a few hundred already make the per-statement
// cost vanish next to the per-row one.
constexpr int kValuesPerStatement = 1000;
constexpr int kMaxRowsPerStatement = 64;

} // namespace

BulkWriter::BulkWriter(const Database &database, QString table, QStringList columns, OnConflict onConflict,
                       int batchSize)
    : m_database(database)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_onConflict(onConflict)
    , m_batchSize(std::max(1, batchSize))
    , m_rowsPerStatement(std::clamp(kValuesPerStatement / std::max(1, static_cast<int>(m_columns.size())), 1,
                                    kMaxRowsPerStatement))
{
    m_values.reserve(static_cast<std::size_t>(m_rowsPerStatement * m_columns.size()));
}

BulkWriter::~BulkWriter()
{
    if (m_inTransaction)
        rollback();
    sqlite3_finalize(m_stmt);
}

Result<void> BulkWriter::begin()
{
    m_db = Database::rawHandle(m_database.connection());
    if (!m_db)
        return Error(Error::Category::Internal, Tr::tr("The cache connection is not open."));
    m_stmt = prepare(m_rowsPerStatement);
    if (!m_stmt)
        return lastError(Tr::tr("Preparing the bulk insert into %1 failed.").arg(m_table));
    return exec("BEGIN IMMEDIATE");
}

sqlite3_stmt *BulkWriter::prepare(int rows)
{
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), m_columns.size());
    const QString row = QLatin1Char('(') + placeholders.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList values;
    values.fill(row, rows);
    const QByteArray sql = QStringLiteral("%1 INTO %2 (%3) VALUES %4")
                               .arg(QLatin1String(conflictClause(m_onConflict)), m_table,
                                    m_columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')))
                               .toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    return stmt;
}

BulkWriter::Value &BulkWriter::nextValue()
{
    ++m_column;
    return m_values.emplace_back();
}

BulkWriter &BulkWriter::bind(qint64 value)
{
    Value &bound = nextValue();
    bound.kind = Value::Kind::Integer;
    bound.integer = value;
    return *this;
}

BulkWriter &BulkWriter::bind(double value)
{
    Value &bound = nextValue();
    bound.kind = Value::Kind::Real;
    bound.real = value;
    return *this;
}

BulkWriter &BulkWriter::bind(const QByteArray &utf8)
{
    return bindText(utf8.constData(), utf8.size());
}

BulkWriter &BulkWriter::bind(const char *utf8)
{
    return bindText(utf8, static_cast<qsizetype>(qstrlen(utf8)));
}

BulkWriter &BulkWriter::bindText(const char *utf8, qsizetype size)
{
    Value &bound = nextValue();
    bound.kind = Value::Kind::Text;
    bound.offset = m_text.size();
    bound.size = size;
    m_text.append(utf8, size);
    return *this;
}

BulkWriter &BulkWriter::bindNull()
{
    nextValue();
    return *this;
}

Result<void> BulkWriter::endRow()
{
    Q_ASSERT_X(m_column == m_columns.size(), "BulkWriter::endRow", "bound value count differs from columns");
    m_column = 0;
    ++m_rows;
    ++m_inBatch;
    const bool batchFull = m_inBatch >= m_batchSize;
    if (++m_pendingRows < m_rowsPerStatement && !batchFull)
        return {};
    if (auto written = writePending(); !written)
        return written;
    if (!batchFull)
        return {};
    m_inBatch = 0;
    if (auto committed = exec("COMMIT"); !committed)
        return committed;
    return exec("BEGIN IMMEDIATE");
}

Result<void> BulkWriter::writePending()
{
    if (m_pendingRows == 0)
        return {};
    // A short last group (end of a batch or of the data) gets a statement of its own size.
    const bool full = m_pendingRows == m_rowsPerStatement;
    sqlite3_stmt *stmt = full ? m_stmt : prepare(m_pendingRows);
    if (!stmt) {
        Error error = lastError(Tr::tr("Preparing the bulk insert into %1 failed.").arg(m_table));
        rollback();
        return error;
    }
    // The text buffer no longer grows until the step is done, so its bytes can be bound in place.
    for (int i = 0; i < static_cast<int>(m_values.size()); ++i) {
        const Value &value = m_values[static_cast<std::size_t>(i)];
        switch (value.kind) {
        case Value::Kind::Null:
            sqlite3_bind_null(stmt, i + 1);
            break;
        case Value::Kind::Integer:
            sqlite3_bind_int64(stmt, i + 1, value.integer);
            break;
        case Value::Kind::Real:
            sqlite3_bind_double(stmt, i + 1, value.real);
            break;
        case Value::Kind::Text:
            sqlite3_bind_text64(stmt, i + 1, m_text.constData() + value.offset,
                                static_cast<sqlite3_uint64>(value.size), SQLITE_STATIC, SQLITE_UTF8);
            break;
        }
    }
    const int rc = sqlite3_step(stmt);
    if (full)
        sqlite3_reset(stmt);
    m_values.clear();
    m_text.resize(0);
    m_pendingRows = 0;
    if (rc != SQLITE_DONE) {
        Error error = lastError(Tr::tr("Writing rows into %1 failed.").arg(m_table));
        if (!full)
            sqlite3_finalize(stmt);
        rollback();
        return error;
    }
    if (!full)
        sqlite3_finalize(stmt);
    return {};
}

Result<void> BulkWriter::finish()
{
    Result<void> result = writePending();
    if (result && m_inTransaction)
        result = exec("COMMIT");
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    return result;
}

Result<void> BulkWriter::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        Error error = lastError(Tr::tr("The cache transaction on %1 failed.").arg(m_table));
        rollback();
        return error;
    }
    const bool begins = qstrncmp(sql, "BEGIN", 5) == 0;
    m_inTransaction = begins;
    return {};
}

Error BulkWriter::lastError(const QString &what) const
{
    const int code = sqlite3_extended_errcode(m_db);
    Error error(Error::Category::Internal, what,
                Tr::tr("SQLite error %1: %2").arg(code).arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    if ((code & 0xff) == SQLITE_CONSTRAINT)
        error = Error(Error::Category::Conflict, what, error.detail());
    else if ((code & 0xff) == SQLITE_BUSY)
        error = Error(Error::Category::Conflict, what, error.detail()).setCode(Database::kOpenLocked);
    return error;
}

void BulkWriter::rollback()
{
    if (m_db && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_inTransaction = false;
    m_inBatch = 0;
}

} // namespace cw
