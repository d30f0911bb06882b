#include "indexsuspension.h"

#include "database.h"
#include "util/logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cw {

namespace {

// Builds the index named @p name from its stored statement and forgets the statement, in the
// caller's transaction. An index that exists already (rebuilt by another process) only loses its
// note.
Result<void> rebuild(QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT sql FROM suspended_index WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(IndexSuspension::tr("The cache could not read its suspended indexes."),
                        query.lastError());
    if (!query.next())
        return {};
    const QString sql = query.value(0).toString();
    query.finish();
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
    exists.addBindValue(name);
    if (!exists.exec())
        return sqlError(IndexSuspension::tr("The cache could not read its schema."), exists.lastError());
    const bool present = exists.next();
    exists.finish();
    if (QSqlQuery build(db); !present && !build.exec(sql))
        return sqlError(IndexSuspension::tr("The cache index %1 could not be built again.").arg(name),
                        build.lastError());
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM suspended_index WHERE name = ?"));
    forget.addBindValue(name);
    if (!forget.exec())
        return sqlError(IndexSuspension::tr("The cache could not update its suspended indexes."),
                        forget.lastError());
    return {};
}

} // namespace

QStringList IndexSuspension::scatteredIndexes(const QString &table)
{
    if (table == QLatin1String("timesheet_line"))
        return { QStringLiteral("timesheet_period"), QStringLiteral("timesheet_unbilled") };
    if (table == QLatin1String("expense"))
        return { QStringLiteral("expense_by_placement") };
    if (table == QLatin1String("placement"))
        return { QStringLiteral("placement_by_customer") };
    if (table == QLatin1String("customer"))
        return { QStringLiteral("customer_by_name") };
    return {};
}

Result<QStringList> IndexSuspension::restoreLeftovers(const Database &database)
{
    QStringList names;
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT name FROM suspended_index ORDER BY name")))
            return sqlError(tr("The cache could not read its suspended indexes."), query.lastError());
        while (query.next())
            names.append(query.value(0).toString());
    }
    if (names.isEmpty())
        return names;
    auto rebuilt = database.transaction([&](QSqlDatabase &db) -> Result<void> {
        for (const QString &name : std::as_const(names)) {
            if (auto done = rebuild(db, name); !done)
                return done;
        }
        return {};
    });
    if (!rebuilt)
        return rebuilt.error();
    return names;
}

IndexSuspension::IndexSuspension(const Database &database, QString table)
    : m_database(database)
    , m_table(std::move(table))
{ }

IndexSuspension::~IndexSuspension()
{
    if (auto done = finish(); !done)
        qCWarning(lcCache) << "indexes of" << m_table
                           << "stay suspended until the cache is opened again:" << done.error().toString();
}

Result<void> IndexSuspension::update(qint64 created)
{
    if (isSuspended() || created <= kMinimumRows || scatteredIndexes(m_table).isEmpty())
        return {};
    if (m_rowsBefore < 0) {
        QSqlQuery query(m_database.connection());
        // Why: the table name comes from scatteredIndexes()' own list, never from input.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(m_table)) || !query.next())
            return sqlError(tr("The cache could not count the rows of %1.").arg(m_table), query.lastError());
        // Rows other writers added meanwhile count as held before: that only keeps the indexes.
        m_rowsBefore = std::max<qint64>(0, query.value(0).toLongLong() - created);
    }
    if (created <= m_rowsBefore)
        return {};
    return suspend();
}

Result<void> IndexSuspension::suspend()
{
    QStringList dropped;
    auto done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const QString &name : scatteredIndexes(m_table)) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ? AND tbl_name = ?"));
            query.addBindValue(name);
            query.addBindValue(m_table);
            if (!query.exec())
                return sqlError(tr("The cache could not read its schema."), query.lastError());
            // Why: an index already dropped by another load (or another process) is that load's
            // to rebuild.
            if (!query.next())
                continue;
            const QString sql = query.value(0).toString();
            query.finish();
            QSqlQuery note(db);
            note.prepare(QStringLiteral(
                "INSERT INTO suspended_index (name, table_name, sql, suspended_at) VALUES (?, ?, ?, ?)"));
            note.addBindValue(name);
            note.addBindValue(m_table);
            note.addBindValue(sql);
            note.addBindValue(now);
            if (!note.exec())
                return sqlError(tr("The cache could not note a suspended index."), note.lastError());
            if (QSqlQuery drop(db); !drop.exec(QStringLiteral("DROP INDEX %1").arg(name)))
                return sqlError(tr("The cache index %1 could not be dropped.").arg(name), drop.lastError());
            dropped.append(name);
        }
        return {};
    });
    if (!done)
        return done;
    m_suspended = dropped;
    qCInfo(lcCache) << "bulk load into" << m_table << "suspended" << m_suspended;
    return {};
}

Result<void> IndexSuspension::finish()
{
    if (!isSuspended())
        return {};
    auto done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        for (const QString &name : std::as_const(m_suspended)) {
            if (auto built = rebuild(db, name); !built)
                return built;
        }
        return {};
    });
    if (done)
        m_suspended.clear();
    return done;
}

} // namespace cw
