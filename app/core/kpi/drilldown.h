#pragma once

#include <QString>
#include <QVariantList>

namespace cw {

/// The records behind one dashboard figure: a list over one cache table, ready to become a
/// list model's query (`SELECT ... FROM <from> WHERE <where>` with `values` bound in order).
///
/// The table aliases are fixed per entity, so a list can add its columns:
/// - TimesheetLine: `timesheet_line t`, `placement p`, `customer c`, `consultant k` (left joins)
/// - Invoice: `invoice i`, `customer c`, `placement p`
/// - RevenueException: `revenue_exception e`, `customer c`
/// - FailedPush: `failed_push fp`, `system s`, `outbox o`
/// - Customer: `customer c`, `system s`
/// - SyncRun: `sync_run r`, `system s`
///
/// A plain value; copy freely, use from any thread. Its SQL is written by the program; every
/// varying value is a bound parameter.
struct DrillDown
{
    enum class Entity { TimesheetLine, Invoice, RevenueException, FailedPush, Customer, SyncRun };

    Entity entity = Entity::TimesheetLine;
    /// FROM clause without the keyword, joins included.
    QString from;
    /// Unique row identifier, e.g. "t.id".
    QString idExpression;
    /// Condition without the keyword; never empty.
    QString where;
    QVariantList values;
    /// What the list shows, translated ("Unbilled time of Acme, 31–60 days").
    QString title;

    /// Stable lowercase name of @p entity (the table name), for JSON and view-state keys.
    static QString entityName(Entity entity);
    /// `SELECT COUNT(*) FROM ... WHERE ...`: the number of records behind the figure.
    QString countSql() const;
};

} // namespace cw
