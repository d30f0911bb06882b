#pragma once

#include "domain/result.h"
#include "odooenv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace cw {

class OdooOrm;

/// Odoo's read_group over the simulated records: `groupby` items "field" or
/// "date_field:granularity" (day, week, month, quarter, year; month by default), aggregates from
/// `fields` items "field" (sum for numbers), "field:agg" or "alias:agg(field)" with sum, avg, min,
/// max, count, count_distinct, bool_and, bool_or, array_agg. Each group carries its groupby
/// values (many2one as [id, name], dates as labels such as "January 2024" plus `__range`), the
/// aggregates, `<field>_count` (lazy) or `__count` (not lazy), `__domain`, and with lazy grouping
/// `__context.group_by` for the remaining levels. Groups are ordered by their groupby values unless
/// `orderby` names a groupby field, an aggregate or `__count`.
class OdooReadGroup
{
    Q_DECLARE_TR_FUNCTIONS(cw::OdooReadGroup)

public:
    struct Request
    {
        QString model;
        QJsonValue domain;
        QStringList fields;
        QStringList groupby;
        qint64 offset = 0;
        qint64 limit = -1;
        QString orderby;
        bool lazy = true;
    };

    static Result<QJsonArray> run(const OdooOrm &orm, const Request &request, const OdooEnv &env);
};

} // namespace cw
