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

} // namespace

BulkWriter::BulkWriter(const Database &database, QString table, QStringList columns, OnConflict onConflict,
                       int batchSize)
    : m_database(database)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_onConflict(onConflict)
    , m_batchSize(std::max(1, batchSize))
{ }

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
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), m_columns.size());
    const QByteArray sql = QStringLiteral("%1 INTO %2 (%3) VALUES (%4)")
                               .arg(QLatin1String(conflictClause(m_onConflict)), m_table,
                                    m_columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(',')))
                               .toUtf8();
    if (sqlite3_prepare_v2(m_db, sql.constData(), static_cast<int>(sql.size()), &m_stmt, nullptr)
        != SQLITE_OK)
        return lastError(Tr::tr("Preparing the bulk insert into %1 failed.").arg(m_table));
    return exec("BEGIN IMMEDIATE");
}

BulkWriter &BulkWriter::bind(qint64 value)
{
    sqlite3_bind_int64(m_stmt, ++m_column, value);
    return *this;
}

BulkWriter &BulkWriter::bind(double value)
{
    sqlite3_bind_double(m_stmt, ++m_column, value);
    return *this;
}

BulkWriter &BulkWriter::bind(const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, ++m_column, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkWriter &BulkWriter::bind(const char *latin1)
{
    // Only ASCII literals come through here (states, codes), which are valid UTF-8 as they are.
    sqlite3_bind_text(m_stmt, ++m_column, latin1, -1, SQLITE_STATIC);
    return *this;
}

BulkWriter &BulkWriter::bindNull()
{
    sqlite3_bind_null(m_stmt, ++m_column);
    return *this;
}

Result<void> BulkWriter::endRow()
{
    Q_ASSERT_X(m_column == m_columns.size(), "BulkWriter::endRow", "bound value count differs from columns");
    m_column = 0;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE) {
        Error error = lastError(Tr::tr("Writing a row into %1 failed.").arg(m_table));
        rollback();
        return error;
    }
    ++m_rows;
    if (++m_inBatch >= m_batchSize) {
        m_inBatch = 0;
        if (auto committed = exec("COMMIT"); !committed)
            return committed;
        return exec("BEGIN IMMEDIATE");
    }
    return {};
}

Result<void> BulkWriter::finish()
{
    Result<void> result;
    if (m_inTransaction)
        result = exec("COMMIT");
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    return result;
}

qint64 BulkWriter::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
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
