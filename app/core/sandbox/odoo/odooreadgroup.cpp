#include "odooreadgroup.h"

#include "odoofault.h"
#include "odooorm.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <map>

namespace cw {

namespace {

struct GroupBy
{
    QString spec; ///< as requested, e.g. "date:month"
    QString field;
    QString granularity;
    const OdooFieldDef *def = nullptr;
};

struct Aggregate
{
    QString alias;
    QString field;
    QString function;
};

// The first day of the period containing @p date and the first day of the next one.
std::pair<QDate, QDate> period(const QDate &date, const QString &granularity)
{
    if (granularity == QLatin1String("day"))
        return { date, date.addDays(1) };
    if (granularity == QLatin1String("week")) {
        const QDate start = date.addDays(1 - date.dayOfWeek());
        return { start, start.addDays(7) };
    }
    if (granularity == QLatin1String("quarter")) {
        const QDate start(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
        return { start, start.addMonths(3) };
    }
    if (granularity == QLatin1String("year"))
        return { QDate(date.year(), 1, 1), QDate(date.year() + 1, 1, 1) };
    const QDate start(date.year(), date.month(), 1);
    return { start, start.addMonths(1) };
}

QString periodLabel(const QDate &start, const QString &granularity)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (granularity == QLatin1String("day"))
        return english.toString(start, QStringLiteral("dd MMM yyyy"));
    if (granularity == QLatin1String("week"))
        return QStringLiteral("W%1 %2").arg(start.weekNumber()).arg(start.addDays(3).year());
    if (granularity == QLatin1String("quarter"))
        return QStringLiteral("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    if (granularity == QLatin1String("year"))
        return QString::number(start.year());
    return english.toString(start, QStringLiteral("MMMM yyyy"));
}

int compareJson(const QJsonValue &a, const QJsonValue &b)
{
    const bool aEmpty = a.isBool() && !a.toBool();
    const bool bEmpty = b.isBool() && !b.toBool();
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty ? 0 : (aEmpty ? 1 : -1);
    if (a.isArray() && b.isArray())
        return compareJson(a.toArray().at(1), b.toArray().at(1));
    if (a.isString() && b.isString())
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
    const double x = a.toDouble();
    const double y = b.toDouble();
    return x < y ? -1 : (x > y ? 1 : 0);
}

} // namespace

Result<QJsonArray> OdooReadGroup::run(const OdooOrm &orm, const Request &request, const OdooEnv &env)
{
    Result<const OdooModelDef *> modelResult = orm.model(request.model);
    if (!modelResult)
        return modelResult.error();
    const OdooModelDef &model = *modelResult.value();
    QList<GroupBy> groupbys;
    for (const QString &spec : request.groupby) {
        GroupBy groupBy;
        groupBy.spec = spec;
        groupBy.field = spec.section(QLatin1Char(':'), 0, 0);
        groupBy.granularity = spec.section(QLatin1Char(':'), 1, 1);
        if (!model.hasField(groupBy.field))
            return OdooFault::valueError(
                tr("Invalid field '%1' on model '%2'").arg(groupBy.field, model.name()));
        groupBy.def = &model.field(groupBy.field);
        if ((groupBy.def->type == OdooFieldDef::Date || groupBy.def->type == OdooFieldDef::Datetime)
            && groupBy.granularity.isEmpty())
            groupBy.granularity = QStringLiteral("month");
        if (groupBy.granularity.isEmpty())
            groupBy.spec = groupBy.field;
        groupbys.append(groupBy);
    }
    if (groupbys.isEmpty())
        return OdooFault::valueError(tr("read_group() needs at least one groupby field"));
    const QList<GroupBy> levels = request.lazy ? groupbys.mid(0, 1) : groupbys;

    static const QRegularExpression aggregateSpec(QStringLiteral("^(\\w+)(?::(\\w+)(?:\\((\\w+)\\))?)?$"));
    QList<Aggregate> aggregates;
    for (const QString &spec : request.fields) {
        const QRegularExpressionMatch match = aggregateSpec.match(spec.trimmed());
        if (!match.hasMatch())
            return OdooFault::valueError(tr("Invalid field specification %1").arg(spec));
        Aggregate aggregate { match.captured(1),
                              match.captured(3).isEmpty() ? match.captured(1) : match.captured(3),
                              match.captured(2) };
        if (aggregate.field == QLatin1String("__count"))
            continue;
        if (!model.hasField(aggregate.field))
            return OdooFault::valueError(
                tr("Invalid field '%1' on model '%2'").arg(aggregate.field, model.name()));
        bool grouped = false;
        for (const GroupBy &groupBy : std::as_const(groupbys))
            grouped = grouped || groupBy.field == aggregate.field;
        if (aggregate.function.isEmpty()) {
            if (grouped || !model.field(aggregate.field).isNumeric()
                || aggregate.field == QLatin1String("id"))
                continue;
            aggregate.function = QStringLiteral("sum");
        }
        aggregates.append(aggregate);
    }

    Result<QList<qint64>> ids = orm.search(request.model, request.domain, 0, -1, QStringLiteral("id"), env);
    if (!ids)
        return ids.error();
    const OdooStore &store = orm.store();

    struct Group
    {
        QJsonArray keys;
        QList<qint64> ids;
    };
    std::map<QString, Group> groups;
    for (qint64 id : ids.value()) {
        QJsonArray keys;
        for (const GroupBy &level : levels) {
            const QJsonValue value = store.value(model.name(), id, level.field, env.lang);
            if (level.def->type == OdooFieldDef::Date || level.def->type == OdooFieldDef::Datetime) {
                const QDate date = QDate::fromString(value.toString().left(10), Qt::ISODate);
                keys.append(date.isValid()
                                ? QJsonValue(period(date, level.granularity).first.toString(Qt::ISODate))
                                : QJsonValue(false));
            } else {
                keys.append(value);
            }
        }
        Group &group = groups[QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))];
        group.keys = keys;
        group.ids.append(id);
    }

    QList<QJsonObject> rows;
    for (const auto &[key, group] : groups) {
        QJsonObject row;
        QJsonArray groupDomain;
        QJsonObject ranges;
        for (qsizetype i = 0; i < levels.size(); ++i) {
            const GroupBy &level = levels.at(i);
            const QJsonValue keyValue = group.keys.at(i);
            if (level.def->type == OdooFieldDef::Many2one && keyValue.isDouble()) {
                row.insert(
                    level.spec,
                    QJsonArray { keyValue,
                                 orm.displayName(level.def->comodel, static_cast<qint64>(keyValue.toDouble()),
                                                 env.lang) });
                groupDomain.append(QJsonArray { level.field, QStringLiteral("="), keyValue });
            } else if (!level.granularity.isEmpty() && keyValue.isString()) {
                const auto [start, end] =
                    period(QDate::fromString(keyValue.toString(), Qt::ISODate), level.granularity);
                row.insert(level.spec, periodLabel(start, level.granularity));
                const bool datetime = level.def->type == OdooFieldDef::Datetime;
                const QString from = datetime ? start.toString(Qt::ISODate) + QStringLiteral(" 00:00:00")
                                              : start.toString(Qt::ISODate);
                const QString to = datetime ? end.toString(Qt::ISODate) + QStringLiteral(" 00:00:00")
                                            : end.toString(Qt::ISODate);
                ranges.insert(level.spec,
                              QJsonObject { { QStringLiteral("from"), from }, { QStringLiteral("to"), to } });
                groupDomain.append(QStringLiteral("&"));
                groupDomain.append(QJsonArray { level.field, QStringLiteral(">="), from });
                groupDomain.append(QJsonArray { level.field, QStringLiteral("<"), to });
            } else {
                row.insert(level.spec, keyValue);
                groupDomain.append(QJsonArray { level.field, QStringLiteral("="), keyValue });
            }
        }
        row.insert(request.lazy ? levels.first().field + QStringLiteral("_count") : QStringLiteral("__count"),
                   static_cast<double>(group.ids.size()));
        for (const Aggregate &aggregate : std::as_const(aggregates)) {
            QJsonArray values;
            for (qint64 id : group.ids)
                values.append(store.value(model.name(), id, aggregate.field, env.lang));
            const QString &f = aggregate.function;
            if (f == QLatin1String("count")) {
                row.insert(aggregate.alias, static_cast<double>(values.size()));
            } else if (f == QLatin1String("count_distinct")) {
                QSet<QString> distinct;
                for (const QJsonValue &value : std::as_const(values))
                    distinct.insert(QString::fromUtf8(
                        QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)));
                row.insert(aggregate.alias, static_cast<double>(distinct.size()));
            } else if (f == QLatin1String("array_agg")) {
                row.insert(aggregate.alias, values);
            } else if (f == QLatin1String("bool_and") || f == QLatin1String("bool_or")) {
                bool result = f == QLatin1String("bool_and");
                for (const QJsonValue &value : std::as_const(values))
                    result = f == QLatin1String("bool_and") ? (result && value.toBool())
                                                            : (result || value.toBool());
                row.insert(aggregate.alias, result);
            } else {
                double sum = 0;
                double min = std::numeric_limits<double>::max();
                double max = std::numeric_limits<double>::lowest();
                for (const QJsonValue &value : std::as_const(values)) {
                    sum += value.toDouble();
                    min = std::min(min, value.toDouble());
                    max = std::max(max, value.toDouble());
                }
                const double result = f == QLatin1String("avg") ? (values.isEmpty() ? 0 : sum / values.size())
                    : f == QLatin1String("min")                 ? min
                    : f == QLatin1String("max")                 ? max
                                                                : sum;
                row.insert(aggregate.alias, result);
            }
        }
        QJsonArray domain = groupDomain;
        for (const QJsonValue &term : request.domain.toArray())
            domain.append(term);
        row.insert(QStringLiteral("__domain"), domain);
        if (!ranges.isEmpty())
            row.insert(QStringLiteral("__range"), ranges);
        if (request.lazy) {
            QJsonArray remaining;
            for (qsizetype i = 1; i < groupbys.size(); ++i)
                remaining.append(groupbys.at(i).spec);
            row.insert(QStringLiteral("__context"),
                       QJsonObject { { QStringLiteral("group_by"), remaining } });
        }
        rows.append(row);
    }

    QList<QPair<QString, bool>> order;
    for (const QString &part : request.orderby.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        order.append(
            { words.first(),
              words.size() > 1 && words.at(1).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0 });
    }
    for (const GroupBy &level : levels)
        order.append({ level.spec, false });
    std::stable_sort(rows.begin(), rows.end(), [&order](const QJsonObject &a, const QJsonObject &b) {
        for (const auto &[key, descending] : order) {
            int c = compareJson(a.value(key), b.value(key));
            if (descending)
                c = -c;
            if (c != 0)
                return c < 0;
        }
        return false;
    });
    QJsonArray result;
    const qint64 end =
        request.limit < 0 ? rows.size() : std::min<qint64>(rows.size(), request.offset + request.limit);
    for (qint64 i = std::max<qint64>(0, request.offset); i < end; ++i)
        result.append(rows.at(i));
    return result;
}

} // namespace cw
