#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace cw {

/// A read-only statement stepped through the sqlite3 API directly: the KPI queries read tens of
/// thousands of aggregate rows, and going through QSqlQuery/QVariant per value would cost more
/// than the query itself.
///
/// Usage: construct with the connection and SQL, bind() values in placeholder order, then
/// `while (auto row = reader.next(); row && row.value()) { reader.int64(0) ... }`.
/// Thread affinity: the thread that owns @p db (its cache connection); not copyable.
/// SQLite only, like BulkWriter: a PostgreSQL port supplies its own reader.
class SqliteReader
{
    Q_DECLARE_TR_FUNCTIONS(cw::SqliteReader)

public:
    SqliteReader(const QSqlDatabase &db, const QString &sql);
    ~SqliteReader();
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    /// Binds the next placeholder.
    SqliteReader &bind(qint64 value);
    SqliteReader &bind(int value) { return bind(static_cast<qint64>(value)); }
    SqliteReader &bind(const QString &text);
    /// Binds a date as 'YYYY-MM-DD'.
    SqliteReader &bind(const QDate &date);
    /// Binds each of @p values in order: text, integer or NULL (as KpiSql builds them).
    SqliteReader &bindAll(const QVariantList &values);

    /// Steps to the next row: true when a row is available, false at the end.
    Result<bool> next();
    /// Steps to the end, handing each row to @p take (called as take(const SqliteReader &)).
    template<typename Take> Result<void> forEachRow(Take take)
    {
        for (;;) {
            auto row = next();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            take(*this);
        }
    }

    /// Rows changed through @p db's connection since it opened (sqlite3_total_changes64).
    static qint64 totalChanges(const QSqlDatabase &db);

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    /// The UTF-8 bytes of a text column without copying; valid until the next step.
    QByteArrayView utf8(int column) const;
    /// A 'YYYY-MM-DD' (or longer ISO) column as a date; invalid when NULL or malformed.
    QDate date(int column) const;

private:
    Error error(const QString &what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_sql;
    int m_nextParameter = 1;
    int m_prepareStatus = 0;
    int m_bindStatus = 0;
};

} // namespace cw
