#include "sqlitereader.h"

#include "cache/database.h"

#include <sqlite3.h>

namespace cw {

SqliteReader::SqliteReader(const QSqlDatabase &db, const QString &sql)
    : m_db(Database::rawHandle(db))
    , m_sql(sql.toUtf8())
{
    if (!m_db) {
        m_prepareStatus = SQLITE_MISUSE;
        return;
    }
    m_prepareStatus = sqlite3_prepare_v2(m_db, m_sql.constData(), int(m_sql.size()), &m_stmt, nullptr);
}

SqliteReader::~SqliteReader()
{
    sqlite3_finalize(m_stmt);
}

SqliteReader &SqliteReader::bind(qint64 value)
{
    if (m_stmt && m_bindStatus == SQLITE_OK)
        m_bindStatus = sqlite3_bind_int64(m_stmt, m_nextParameter, value);
    ++m_nextParameter;
    return *this;
}

SqliteReader &SqliteReader::bind(const QString &text)
{
    if (m_stmt && m_bindStatus == SQLITE_OK) {
        const QByteArray utf8 = text.toUtf8();
        m_bindStatus =
            sqlite3_bind_text(m_stmt, m_nextParameter, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    ++m_nextParameter;
    return *this;
}

SqliteReader &SqliteReader::bind(const QDate &date)
{
    return bind(date.toString(Qt::ISODate));
}

SqliteReader &SqliteReader::bindAll(const QVariantList &values)
{
    for (const QVariant &value : values) {
        if (value.isNull()) {
            if (m_stmt && m_bindStatus == SQLITE_OK)
                m_bindStatus = sqlite3_bind_null(m_stmt, m_nextParameter);
            ++m_nextParameter;
        } else if (value.typeId() == QMetaType::QString) {
            bind(value.toString());
        } else {
            bind(value.toLongLong());
        }
    }
    return *this;
}

Result<bool> SqliteReader::next()
{
    if (m_prepareStatus != SQLITE_OK || !m_stmt)
        return error(tr("A report query could not be prepared."));
    if (m_bindStatus != SQLITE_OK)
        return error(tr("A value could not be bound to a report query."));
    const int status = sqlite3_step(m_stmt);
    if (status == SQLITE_ROW)
        return true;
    if (status == SQLITE_DONE)
        return false;
    return error(tr("A report query failed."));
}

qint64 SqliteReader::totalChanges(const QSqlDatabase &db)
{
    sqlite3 *handle = Database::rawHandle(db);
    return handle ? sqlite3_total_changes64(handle) : 0;
}

bool SqliteReader::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteReader::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteReader::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView SqliteReader::utf8(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QDate SqliteReader::date(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!bytes || sqlite3_column_bytes(m_stmt, column) < 10)
        return {};
    // Parsing the fixed 'YYYY-MM-DD' prefix by hand: QDate::fromString is the hot spot otherwise.
    auto digits = [bytes](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (bytes[i] < '0' || bytes[i] > '9')
                return -1;
            value = value * 10 + (bytes[i] - '0');
        }
        return value;
    };
    if (bytes[4] != '-' || bytes[7] != '-')
        return {};
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

Error SqliteReader::error(const QString &what) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("no SQLite connection");
    return Error(Error::Category::Internal, what, detail);
}

} // namespace cw
