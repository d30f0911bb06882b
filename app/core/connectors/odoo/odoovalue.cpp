#include "odoovalue.h"

#include <QTimeZone>

namespace cw {

QJsonValue OdooValue::text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(false) : QJsonValue(value);
}

QString OdooValue::toText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QJsonValue OdooValue::many2one(qint64 id)
{
    return id > 0 ? QJsonValue(static_cast<double>(id)) : QJsonValue(false);
}

std::optional<qint64> OdooValue::many2oneId(const QJsonValue &value)
{
    if (value.isDouble())
        return static_cast<qint64>(value.toDouble());
    if (value.isArray() && !value.toArray().isEmpty() && value.toArray().first().isDouble())
        return static_cast<qint64>(value.toArray().first().toDouble());
    return std::nullopt;
}

QString OdooValue::many2oneName(const QJsonValue &value)
{
    return value.isArray() ? value.toArray().at(1).toString() : QString();
}

QJsonValue OdooValue::date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(false);
}

QDate OdooValue::toDate(const QJsonValue &value)
{
    return value.isString() ? QDate::fromString(value.toString().left(10), Qt::ISODate) : QDate();
}

QJsonValue OdooValue::dateTime(const QDateTime &value)
{
    if (!value.isValid())
        return false;
    return value.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QDateTime OdooValue::toDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime parsed =
        QDateTime::fromString(value.toString().left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

QList<qint64> OdooValue::ids(const QJsonValue &value)
{
    QList<qint64> result;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isDouble())
            result.append(static_cast<qint64>(item.toDouble()));
    }
    return result;
}

QJsonArray OdooValue::idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(static_cast<double>(id));
    return array;
}

} // namespace cw
