#include "tempcache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

namespace cw::test {

TempCache::TempCache(int targetVersion)
    : m_path(m_dir.filePath(QStringLiteral("cache.sqlite")))
{
    auto opened = Database::open(m_path, targetVersion);
    if (opened)
        m_database = std::move(opened).value();
    else
        m_error = opened.error().toString();
}

bool TempCache::reopen()
{
    m_database.reset();
    auto opened = Database::open(m_path);
    if (!opened) {
        m_error = opened.error().toString();
        return false;
    }
    m_database = std::move(opened).value();
    return true;
}

qint64 TempCache::addSystem(const QString &kind, const QString &name) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO system (kind, name, created_at, updated_at) "
                                 "VALUES (?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    query.addBindValue(kind);
    query.addBindValue(name);
    if (!query.exec()) {
        qWarning() << "addSystem failed:" << query.lastError().text();
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

bool TempCache::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning() << "statement failed:" << sql << query.lastError().text();
        return false;
    }
    return true;
}

QVariant TempCache::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

} // namespace cw::test
