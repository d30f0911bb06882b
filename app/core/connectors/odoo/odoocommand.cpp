#include "odoocommand.h"

#include "odoovalue.h"

namespace cw {

QJsonArray OdooCommand::create(const QJsonObject &vals)
{
    return QJsonArray { 0, 0, vals };
}

QJsonArray OdooCommand::update(qint64 id, const QJsonObject &vals)
{
    return QJsonArray { 1, static_cast<double>(id), vals };
}

QJsonArray OdooCommand::remove(qint64 id)
{
    return QJsonArray { 2, static_cast<double>(id), 0 };
}

QJsonArray OdooCommand::unlink(qint64 id)
{
    return QJsonArray { 3, static_cast<double>(id), 0 };
}

QJsonArray OdooCommand::link(qint64 id)
{
    return QJsonArray { 4, static_cast<double>(id), 0 };
}

QJsonArray OdooCommand::clear()
{
    return QJsonArray { 5, 0, 0 };
}

QJsonArray OdooCommand::set(const QList<qint64> &ids)
{
    return QJsonArray { 6, 0, OdooValue::idArray(ids) };
}

QJsonArray OdooCommand::list(std::initializer_list<QJsonArray> commands)
{
    QJsonArray result;
    for (const QJsonArray &command : commands)
        result.append(command);
    return result;
}

} // namespace cw
