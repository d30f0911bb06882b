#include "integrationhealthquery.h"

#include "kpisql.h"
#include "sqlitereader.h"

#include <QMap>

#include <algorithm>

namespace cw {

Result<IntegrationHealth> IntegrationHealthQuery::run(const QSqlDatabase &db, const QDate &asOf)
{
    IntegrationHealth health;
    health.asOf = asOf;
    if (auto done = readFailedPushes(db, health); !done)
        return done.error();
    if (auto done = readSystems(db, health); !done)
        return done.error();
    return health;
}

Result<void> IntegrationHealthQuery::readFailedPushes(const QSqlDatabase &db, IntegrationHealth &health)
{
    SqliteReader reader(db,
                        QStringLiteral("SELECT fp.category, substr(fp.first_seen, 1, 10), COUNT(*) "
                                       "FROM failed_push fp WHERE %1 GROUP BY 1, 2")
                            .arg(KpiSql::failedPushOpenAsOf()));
    reader.bind(health.asOf).bind(health.asOf);
    QMap<QString, IntegrationHealth::Category> categories;
    for (;;) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        IntegrationHealth::Category &category = categories[reader.text(0)];
        category.category = reader.text(0);
        const QDate firstSeen = reader.date(1);
        const qint64 count = reader.int64(2);
        const qint64 age = firstSeen.isValid() ? std::max<qint64>(0, firstSeen.daysTo(health.asOf)) : 0;
        category.open += count;
        category.byAge[IntegrationHealth::ageBucketOf(age)] += count;
        if (firstSeen.isValid()
            && (!category.oldestFirstSeen.isValid() || firstSeen < category.oldestFirstSeen))
            category.oldestFirstSeen = firstSeen;
        health.openFailedPushes += count;
    }
    health.failedByCategory = categories.values();
    std::stable_sort(health.failedByCategory.begin(), health.failedByCategory.end(),
                     [](const auto &a, const auto &b) { return a.open > b.open; });
    return {};
}

Result<void> IntegrationHealthQuery::readSystems(const QSqlDatabase &db, IntegrationHealth &health)
{
    SqliteReader reader(db,
                        QStringLiteral("SELECT s.id, s.kind, s.name, "
                                       "(SELECT COUNT(*) FROM customer c WHERE c.system_id = s.id AND %1), "
                                       "(SELECT MAX(r.finished_at) FROM sync_run r WHERE r.system_id = s.id "
                                       "AND r.status = 'succeeded' AND substr(r.finished_at, 1, 10) <= ?) "
                                       "FROM system s ORDER BY s.name, s.id")
                            .arg(KpiSql::customerUnmatchedAsOf()));
    reader.bind(health.asOf).bind(health.asOf);
    for (;;) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        IntegrationHealth::System system;
        system.id = reader.int64(0);
        system.kind = reader.text(1);
        system.name = reader.text(2);
        system.unmatchedCustomers = reader.int64(3);
        if (!reader.isNull(4))
            system.lastSuccessfulSync = QDateTime::fromString(reader.text(4), Qt::ISODate);
        health.unmatchedCustomers += system.unmatchedCustomers;
        health.systems.append(system);
    }
}

} // namespace cw
