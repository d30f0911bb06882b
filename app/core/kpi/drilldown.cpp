#include "drilldown.h"

namespace cw {

QString DrillDown::entityName(Entity entity)
{
    switch (entity) {
    case Entity::TimesheetLine:
        return QStringLiteral("timesheet_line");
    case Entity::Invoice:
        return QStringLiteral("invoice");
    case Entity::RevenueException:
        return QStringLiteral("revenue_exception");
    case Entity::FailedPush:
        return QStringLiteral("failed_push");
    case Entity::Customer:
        return QStringLiteral("customer");
    case Entity::SyncRun:
        return QStringLiteral("sync_run");
    }
    return {};
}

QString DrillDown::countSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(from, where);
}

} // namespace cw
