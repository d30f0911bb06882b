#include "odoomethoddispatcher.h"

#include "odoobusinessrules.h"
#include "odoofault.h"
#include "odooimporter.h"
#include "odooorm.h"
#include "odooreadgroup.h"

namespace cw {

namespace {

QList<qint64> idList(const QJsonValue &value)
{
    QList<qint64> ids;
    if (value.isDouble())
        ids.append(static_cast<qint64>(value.toDouble()));
    for (const QJsonValue &item : value.toArray())
        ids.append(static_cast<qint64>(item.toDouble()));
    return ids;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(static_cast<double>(id));
    return array;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

qint64 limitOf(const QJsonValue &value, qint64 fallback = -1)
{
    if (value.isDouble())
        return static_cast<qint64>(value.toDouble());
    return fallback;
}

QJsonArray tail(const QJsonArray &array)
{
    QJsonArray rest;
    for (qsizetype i = 1; i < array.size(); ++i)
        rest.append(array.at(i));
    return rest;
}

bool isIdList(const QJsonValue &value)
{
    if (value.isDouble())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isDouble())
            return false;
    }
    return true;
}

} // namespace

OdooMethodDispatcher::OdooMethodDispatcher(OdooOrm &orm)
    : m_orm(orm)
{
    const int version = m_orm.majorVersion();
    const auto add = [this](const char *name, bool record, QStringList parameters) {
        m_signatures.append({ QString::fromLatin1(name), record, std::move(parameters) });
    };
    QStringList search { QStringLiteral("domain"), QStringLiteral("offset"), QStringLiteral("limit"),
                         QStringLiteral("order") };
    if (version <= 16)
        search.append(QStringLiteral("count"));
    add("search", false, search);
    add("search_count", false, { QStringLiteral("domain"), QStringLiteral("limit") });
    add("search_read", false,
        { QStringLiteral("domain"), QStringLiteral("fields"), QStringLiteral("offset"),
          QStringLiteral("limit"), QStringLiteral("order"), QStringLiteral("load") });
    add("read", true, { QStringLiteral("fields"), QStringLiteral("load") });
    add("create", false, { QStringLiteral("vals_list") });
    add("write", true, { QStringLiteral("vals") });
    add("unlink", true, {});
    add("copy", true, { QStringLiteral("default") });
    add("exists", true, {});
    add("fields_get", false, { QStringLiteral("allfields"), QStringLiteral("attributes") });
    add("name_search", false,
        { QStringLiteral("name"), version <= 17 ? QStringLiteral("args") : QStringLiteral("domain"),
          QStringLiteral("operator"), QStringLiteral("limit") });
    if (version <= 16)
        add("name_get", true, {});
    add("default_get", false, { QStringLiteral("fields_list") });
    add("read_group", false,
        { QStringLiteral("domain"), QStringLiteral("fields"), QStringLiteral("groupby"),
          QStringLiteral("offset"), QStringLiteral("limit"), QStringLiteral("orderby"),
          QStringLiteral("lazy") });
    add("load", false, { QStringLiteral("fields"), QStringLiteral("data") });
}

const OdooMethodDispatcher::Signature *OdooMethodDispatcher::signature(const QString &method) const
{
    for (const Signature &signature : m_signatures) {
        if (signature.name == method)
            return &signature;
    }
    return nullptr;
}

Result<QJsonValue> OdooMethodDispatcher::checkCallable(const QString &model, const QString &method) const
{
    if (method.startsWith(QLatin1Char('_'))) {
        return OdooFault::accessError(
            tr("Private methods (such as '%1.%2') cannot be called remotely.").arg(model, method));
    }
    Result<const OdooModelDef *> def = m_orm.model(model);
    if (!def)
        return def.error();
    return QJsonValue(true);
}

Result<QJsonObject> OdooMethodDispatcher::bind(const Signature &signature, const QJsonArray &args,
                                               const QJsonObject &kwargs) const
{
    if (args.size() > signature.parameters.size()) {
        return OdooFault::typeError(tr("%1() takes from 1 to %2 positional arguments but %3 were given")
                                        .arg(signature.name)
                                        .arg(signature.parameters.size() + 1)
                                        .arg(args.size() + 1));
    }
    QJsonObject params;
    for (qsizetype i = 0; i < args.size(); ++i)
        params.insert(signature.parameters.at(i), args.at(i));
    for (auto it = kwargs.constBegin(); it != kwargs.constEnd(); ++it) {
        if (it.key() == QLatin1String("context"))
            continue;
        if (!signature.parameters.contains(it.key())) {
            return OdooFault::typeError(
                tr("%1() got an unexpected keyword argument '%2'").arg(signature.name, it.key()));
        }
        if (params.contains(it.key()))
            return OdooFault::typeError(
                tr("%1() got multiple values for argument '%2'").arg(signature.name, it.key()));
        params.insert(it.key(), it.value());
    }
    return params;
}

Result<QJsonValue> OdooMethodDispatcher::executeKw(const QString &model, const QString &method,
                                                   const QJsonArray &args, const QJsonObject &kwargs,
                                                   const OdooEnv &env, bool *rollback)
{
    Result<QJsonValue> callable = checkCallable(model, method);
    if (!callable)
        return callable;
    const Signature *known = signature(method);
    if (!known) {
        const bool withIds = !args.isEmpty() && isIdList(args.first());
        const QList<qint64> ids = withIds ? idList(args.first()) : QList<qint64>();
        Result<void> exist = m_orm.checkExist(model, ids, env);
        if (!exist)
            return exist.error();
        std::optional<Result<QJsonValue>> outcome =
            m_orm.rules().callMethod(model, method, ids, withIds ? tail(args) : args, kwargs, env);
        if (!outcome)
            return OdooFault::attributeError(tr("The method '%1.%2' does not exist").arg(model, method));
        return *outcome;
    }
    QList<qint64> ids;
    QJsonArray rest = args;
    if (known->recordMethod) {
        if (args.isEmpty())
            return OdooFault::typeError(tr("%1() missing 1 required positional argument: 'ids'").arg(method));
        ids = idList(args.first());
        rest = tail(args);
    }
    if (method == QLatin1String("create") && args.isEmpty() && m_orm.majorVersion() <= 18)
        return Error(Error::Category::Internal, QStringLiteral("tuple index out of range"))
            .setCode(QStringLiteral("builtins.IndexError"));
    Result<QJsonObject> params = bind(*known, rest, kwargs);
    if (!params)
        return params.error();
    return invoke(model, *known, ids, params.value(), env, false, rollback);
}

Result<QJsonValue> OdooMethodDispatcher::executeNamed(const QString &model, const QString &method,
                                                      const QJsonArray &ids, const QJsonObject &params,
                                                      const OdooEnv &env, bool *rollback)
{
    Result<QJsonValue> callable = checkCallable(model, method);
    if (!callable)
        return callable;
    const Signature *known = signature(method);
    if (!known) {
        std::optional<Result<QJsonValue>> outcome =
            m_orm.rules().callMethod(model, method, idList(ids), {}, params, env);
        if (!outcome)
            return OdooFault::attributeError(tr("The method '%1.%2' does not exist").arg(model, method));
        return *outcome;
    }
    if (!known->recordMethod && !ids.isEmpty())
        return OdooFault::typeError(tr("%1() is a model method and takes no ids").arg(method));
    Result<QJsonObject> bound = bind(*known, {}, params);
    if (!bound)
        return bound.error();
    return invoke(model, *known, idList(ids), bound.value(), env, true, rollback);
}

Result<QJsonValue> OdooMethodDispatcher::invoke(const QString &model, const Signature &signature,
                                                const QList<qint64> &ids, const QJsonObject &params,
                                                const OdooEnv &env, bool json2, bool *rollback)
{
    const QString &method = signature.name;
    const auto p = [&params](const char *name) {
        return params.value(QString::fromLatin1(name));
    };
    const auto wrap = [](auto result) -> Result<QJsonValue> {
        if (!result)
            return result.error();
        return QJsonValue(result.value());
    };
    if (method == QLatin1String("search")) {
        Result<QList<qint64>> found = m_orm.search(model, p("domain"), limitOf(p("offset"), 0),
                                                   limitOf(p("limit")), p("order").toString(), env);
        if (!found)
            return found.error();
        if (p("count").toBool())
            return QJsonValue(static_cast<double>(found.value().size()));
        return QJsonValue(idArray(found.value()));
    }
    if (method == QLatin1String("search_count")) {
        Result<qint64> count = m_orm.searchCount(model, p("domain"), limitOf(p("limit")), env);
        if (!count)
            return count.error();
        return QJsonValue(static_cast<double>(count.value()));
    }
    if (method == QLatin1String("search_read")) {
        Result<QList<qint64>> found = m_orm.search(model, p("domain"), limitOf(p("offset"), 0),
                                                   limitOf(p("limit")), p("order").toString(), env);
        if (!found)
            return found.error();
        return wrap(
            m_orm.read(model, found.value(), stringList(p("fields")), env,
                       p("load").isUndefined() || p("load").toString() == QLatin1String("_classic_read")));
    }
    if (method == QLatin1String("read")) {
        return wrap(
            m_orm.read(model, ids, stringList(p("fields")), env,
                       p("load").isUndefined() || p("load").toString() == QLatin1String("_classic_read")));
    }
    if (method == QLatin1String("create")) {
        const QJsonValue vals = p("vals_list");
        const bool single = vals.isObject();
        Result<QList<qint64>> created =
            m_orm.create(model, single ? QJsonArray { vals } : vals.toArray(), env);
        if (!created)
            return created.error();
        if (single && !json2)
            return QJsonValue(static_cast<double>(created.value().first()));
        return QJsonValue(idArray(created.value()));
    }
    if (method == QLatin1String("write")) {
        Result<void> written = m_orm.write(model, ids, p("vals").toObject(), env);
        return written ? Result<QJsonValue>(QJsonValue(true)) : Result<QJsonValue>(written.error());
    }
    if (method == QLatin1String("unlink")) {
        Result<void> removed = m_orm.unlink(model, ids, env);
        return removed ? Result<QJsonValue>(QJsonValue(true)) : Result<QJsonValue>(removed.error());
    }
    if (method == QLatin1String("exists")) {
        QList<qint64> existing;
        for (qint64 id : ids) {
            if (m_orm.store().exists(model, id))
                existing.append(id);
        }
        return QJsonValue(idArray(existing));
    }
    if (method == QLatin1String("copy")) {
        Result<QJsonArray> original = m_orm.read(model, ids.mid(0, 1), {}, env, false);
        if (!original)
            return original.error();
        const OdooModelDef *def = m_orm.store().modelDef(model);
        QJsonObject vals;
        const QJsonObject record = original.value().first().toObject();
        for (const OdooFieldDef &field : def->fields()) {
            if (field.computed || !field.stored || field.type == OdooFieldDef::One2many
                || field.name == QLatin1String("id") || field.name.startsWith(QLatin1String("create_"))
                || field.name.startsWith(QLatin1String("write_")))
                continue;
            vals.insert(field.name, record.value(field.name));
        }
        if (def->hasField(QStringLiteral("name")) && record.value(QStringLiteral("name")).isString())
            vals.insert(QStringLiteral("name"),
                        tr("%1 (copy)").arg(record.value(QStringLiteral("name")).toString()));
        const QJsonObject overrides = p("default").toObject();
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
            vals.insert(it.key(), it.value());
        Result<QList<qint64>> created = m_orm.create(model, QJsonArray { vals }, env);
        if (!created)
            return created.error();
        return QJsonValue(static_cast<double>(created.value().first()));
    }
    if (method == QLatin1String("fields_get"))
        return wrap(m_orm.fieldsGet(model, stringList(p("allfields")), stringList(p("attributes")), env));
    if (method == QLatin1String("name_search")) {
        const QJsonValue domain = params.contains(QStringLiteral("args")) ? p("args") : p("domain");
        const QJsonValue name = p("name");
        return wrap(m_orm.nameSearch(model, name.isString() ? name.toString() : QString(), domain,
                                     p("operator").toString(QStringLiteral("ilike")),
                                     limitOf(p("limit"), 100), env));
    }
    if (method == QLatin1String("name_get")) {
        Result<void> exist = m_orm.checkExist(model, ids, env);
        if (!exist)
            return exist.error();
        QJsonArray pairs;
        for (qint64 id : ids)
            pairs.append(QJsonArray { static_cast<double>(id), m_orm.displayName(model, id, env.lang) });
        return QJsonValue(pairs);
    }
    if (method == QLatin1String("default_get"))
        return wrap(m_orm.defaultGet(model, stringList(p("fields_list")), env));
    if (method == QLatin1String("read_group")) {
        OdooReadGroup::Request request;
        request.model = model;
        request.domain = p("domain");
        request.fields = stringList(p("fields"));
        request.groupby = stringList(p("groupby"));
        request.offset = limitOf(p("offset"), 0);
        request.limit = limitOf(p("limit"));
        request.orderby = p("orderby").toString();
        request.lazy = p("lazy").isUndefined() || p("lazy").toBool();
        return wrap(OdooReadGroup::run(m_orm, request, env));
    }
    if (method == QLatin1String("load")) {
        const QJsonObject result =
            OdooImporter(m_orm).load(model, stringList(p("fields")), p("data").toArray(), env);
        *rollback = !result.value(QStringLiteral("ids")).isArray();
        return QJsonValue(result);
    }
    return OdooFault::attributeError(tr("The method '%1.%2' does not exist").arg(model, method));
}

} // namespace cw
