#include "sqlstatement.h"

#include "database.h"

#include <QSqlError>

namespace cw {

Result<QSqlQuery> SqlStatement::run(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                    const QString &userMessage)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool prepared = query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!prepared || !query.exec())
        return sqlError(userMessage, query.lastError());
    return query;
}

} // namespace cw
