#include "syncschedule.h"

#include "cache/database.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cw {

const QString SyncSchedule::kOption = QStringLiteral("schedule");

void SyncSchedule::setIntervalMinutes(SyncFlow flow, int minutes)
{
    if (minutes <= 0)
        m_minutes.remove(flow);
    else
        m_minutes.insert(flow, std::clamp(minutes, kMinMinutes, kMaxMinutes));
}

std::optional<QDateTime> SyncSchedule::nextRun(SyncFlow flow, const QDateTime &lastStart,
                                               const QDateTime &now) const
{
    const int minutes = intervalMinutes(flow);
    if (minutes == 0)
        return std::nullopt;
    if (!lastStart.isValid())
        return now;
    return lastStart.addSecs(qint64(minutes) * 60);
}

QList<SyncFlow> SyncSchedule::due(const QMap<SyncFlow, QDateTime> &lastStarts, const QDateTime &now) const
{
    QList<SyncFlow> flows;
    for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it) {
        const std::optional<QDateTime> next = nextRun(it.key(), lastStarts.value(it.key()), now);
        if (next && *next <= now)
            flows.append(it.key());
    }
    return flows; // QMap iterates in key order, which is run order
}

Result<SyncSchedule> SyncSchedule::load(const Database &database, qint64 systemId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT options FROM system WHERE id = ?"));
    query.addBindValue(systemId);
    if (!query.exec())
        return sqlError(tr("The sync schedule could not be read."), query.lastError());
    SyncSchedule schedule;
    if (!query.next())
        return schedule;
    const QJsonObject saved =
        QJsonDocument::fromJson(query.value(0).toByteArray()).object().value(kOption).toObject();
    for (SyncFlow flow : SyncFlows::all())
        schedule.setIntervalMinutes(flow, saved.value(SyncFlows::name(flow)).toInt());
    return schedule;
}

Result<void> SyncSchedule::save(const Database &database, qint64 systemId) const
{
    QJsonObject minutes;
    for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it)
        minutes.insert(SyncFlows::name(it.key()), it.value());
    return database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        // json_set keeps the other options (product, tax) a concurrent writer may have changed.
        query.prepare(
            QStringLiteral("UPDATE system SET options = json_set(CASE WHEN json_valid(options) THEN "
                           "options ELSE '{}' END, '$.%1', json(?)), updated_at = ? WHERE id = ?")
                .arg(kOption));
        query.addBindValue(QString::fromUtf8(QJsonDocument(minutes).toJson(QJsonDocument::Compact)));
        query.addBindValue(Clock::system()->now().toUTC().toString(Qt::ISODate));
        query.addBindValue(systemId);
        if (!query.exec())
            return sqlError(tr("The sync schedule could not be saved."), query.lastError());
        return {};
    });
}

Result<QMap<SyncFlow, QDateTime>> SyncSchedule::lastStarts(const Database &database, qint64 systemId)
{
    QSqlQuery query(database.connection());
    // The pull flow has no run of its own: each entity it pulls has one ("pull_customers") on the
    // CRM or staffing system it comes from; the latest of them is the flow's last start.
    query.prepare(
        QStringLiteral("SELECT flow, MAX(started_at) FROM sync_run WHERE system_id = ? GROUP BY flow "
                       "UNION ALL SELECT 'pull', MAX(started_at) FROM sync_run WHERE flow LIKE 'pull\\_%' "
                       "ESCAPE '\\'"));
    query.addBindValue(systemId);
    if (!query.exec())
        return sqlError(tr("The last sync runs could not be read."), query.lastError());
    QMap<SyncFlow, QDateTime> starts;
    while (query.next()) {
        const Result<QList<SyncFlow>> flow = SyncFlows::parse({ query.value(0).toString() });
        if (flow && flow.value().size() == 1 && !query.value(1).isNull())
            starts.insert(flow.value().first(),
                          QDateTime::fromString(query.value(1).toString(), Qt::ISODate));
    }
    return starts;
}

} // namespace cw
