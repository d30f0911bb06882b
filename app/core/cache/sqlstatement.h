#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace cw {

/// Runs one parameterised statement: prepare, bind @p values in order, execute, forward-only.
///
/// A failure becomes an Error with @p userMessage (already translated) and the driver's text as
/// detail (see sqlError()). Thread affinity: none; use the calling thread's connection.
class SqlStatement
{
public:
    static Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                 const QString &userMessage);
};

} // namespace cw
