#include "odooorm.h"

#include "odoobusinessrules.h"
#include "odoodomain.h"
#include "odoofault.h"

#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace cw {

namespace {

QString repr(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

bool truthy(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    return value.isString() || value.isArray() || value.isObject();
}

qint64 toId(const QJsonValue &value)
{
    return static_cast<qint64>(value.toDouble());
}

// Sort keys compare like PostgreSQL with nulls last when ascending, text case-insensitively first.
int compareKeys(const QJsonValue &a, const QJsonValue &b)
{
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull == bNull ? 0 : (aNull ? 1 : -1);
    if (a.isString() && b.isString()) {
        const int folded = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
        return folded != 0 ? folded : QString::compare(a.toString(), b.toString());
    }
    const double x = a.isBool() ? double(a.toBool()) : a.toDouble();
    const double y = b.isBool() ? double(b.toBool()) : b.toDouble();
    return x < y ? -1 : (x > y ? 1 : 0);
}

} // namespace

OdooOrm::OdooOrm(OdooStore &store)
    : m_store(store)
    , m_rules(std::make_unique<OdooBusinessRules>(*this))
{
    m_store.setDisplayNamer([this](const OdooStore &, const QString &model, qint64 id, const QString &lang) {
        return m_rules->displayName(model, id, lang);
    });
}

OdooOrm::~OdooOrm() = default;

Result<const OdooModelDef *> OdooOrm::model(const QString &name) const
{
    const OdooModelDef *def = m_store.modelDef(name);
    if (!def) {
        if (majorVersion() >= 17)
            return OdooFault::userError(tr("Object %1 doesn't exist").arg(name));
        return OdooFault::keyError(repr(name));
    }
    return def;
}

QString OdooOrm::displayName(const QString &model, qint64 id, const QString &lang) const
{
    return m_store.exists(model, id) ? m_rules->displayName(model, id, lang) : QString();
}

Result<void> OdooOrm::checkExist(const QString &model, const QList<qint64> &ids, const OdooEnv &env) const
{
    QList<qint64> missing;
    for (qint64 id : ids) {
        if (!m_store.exists(model, id))
            missing.append(id);
    }
    if (!missing.isEmpty())
        return OdooFault::recordMissing(model, missing, env.uid);
    return {};
}

Result<QList<OdooOrm::OrderTerm>> OdooOrm::parseOrder(const OdooModelDef &model, const QString &order) const
{
    static const QRegularExpression term(
        QStringLiteral("^\\s*(\\w+)(?:\\s+(asc|desc))?(?:\\s+nulls\\s+(first|last))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QList<OrderTerm> terms;
    const QString spec = order.trimmed().isEmpty() ? model.order() : order;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = term.match(part);
        if (!match.hasMatch() || !model.hasField(match.captured(1))) {
            return OdooFault::valueError(
                tr("Invalid \"order\" specified (%1). A valid \"order\" specification is a comma-separated "
                   "list of "
                   "valid field names (optionally followed by asc/desc for the direction)")
                    .arg(order));
        }
        const OdooFieldDef &field = model.field(match.captured(1));
        if (!field.stored || field.isX2many())
            continue; // Odoo only warns about ordering on a non-column and ignores it.
        terms.append(
            { field.name, match.captured(2).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0 });
    }
    return terms;
}

QList<qint64> OdooOrm::sortIds(const OdooModelDef &model, QList<qint64> ids, const QList<OrderTerm> &order,
                               const OdooEnv &env) const
{
    struct Keyed
    {
        qint64 id;
        QList<QJsonValue> keys;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(static_cast<std::size_t>(ids.size()));
    for (qint64 id : ids) {
        Keyed item { id, {} };
        for (const OrderTerm &term : order) {
            const OdooFieldDef &field = model.field(term.field);
            QJsonValue key = m_store.value(model.name(), id, term.field, env.lang);
            if (field.type == OdooFieldDef::Many2one)
                key = key.isDouble() ? QJsonValue(displayName(field.comodel, toId(key), env.lang))
                                     : QJsonValue();
            else if (field.type != OdooFieldDef::Boolean && !field.isNumeric() && key.isBool())
                key = QJsonValue();
            item.keys.append(key);
        }
        keyed.push_back(std::move(item));
    }
    std::stable_sort(keyed.begin(), keyed.end(), [&order](const Keyed &a, const Keyed &b) {
        for (qsizetype i = 0; i < order.size(); ++i) {
            int c = compareKeys(a.keys.at(i), b.keys.at(i));
            if (order.at(i).descending)
                c = -c;
            if (c != 0)
                return c < 0;
        }
        return a.id < b.id;
    });
    QList<qint64> result;
    result.reserve(ids.size());
    for (const Keyed &item : keyed)
        result.append(item.id);
    return result;
}

Result<QList<qint64>> OdooOrm::search(const QString &modelName, const QJsonValue &domainValue, qint64 offset,
                                      qint64 limit, const QString &order, const OdooEnv &env) const
{
    Result<const OdooModelDef *> modelResult = model(modelName);
    if (!modelResult)
        return modelResult.error();
    const OdooModelDef &def = *modelResult.value();
    Result<OdooDomain> parsed = OdooDomain::parse(domainValue, def, m_store);
    if (!parsed)
        return parsed.error();
    const OdooDomain &domain = parsed.value();
    Result<QList<OrderTerm>> orderTerms = parseOrder(def, order);
    if (!orderTerms)
        return orderTerms.error();
    const bool activeFilter = def.hasActive() && env.activeTest && !domain.mentions(QStringLiteral("active"));
    const bool companyFilter = def.hasCompany() && !env.companyIds.isEmpty();
    const QString activeField = QStringLiteral("active");
    const QString companyField = QStringLiteral("company_id");
    const auto accept = [&](qint64 id, const OdooStore::Values &values) {
        if (activeFilter && !truthy(values.value(activeField)))
            return false;
        if (companyFilter) {
            const QJsonValue company = values.value(companyField);
            if (company.isDouble() && !env.companyIds.contains(toId(company)))
                return false;
        }
        return domain.matches(m_store, id, env.lang, env.activeTest);
    };
    const auto [low, high] = domain.idBounds();
    if (low > high)
        return QList<qint64>();
    const OdooStore::Table &table = m_store.table(modelName);
    const auto first = table.lower_bound(low);
    const auto last = table.upper_bound(high);
    const QList<OrderTerm> &terms = orderTerms.value();
    QList<qint64> result;
    offset = std::max<qint64>(0, offset);
    // Why: keyset paging orders by id; walking the id-ordered table stops after one page.
    if (terms.size() == 1 && terms.first().field == QLatin1String("id")) {
        qint64 skipped = 0;
        const auto visit = [&](qint64 id, const OdooStore::Values &values) {
            if (!accept(id, values))
                return true;
            if (skipped++ < offset)
                return true;
            result.append(id);
            return limit < 0 || result.size() < limit;
        };
        if (terms.first().descending) {
            for (auto it = std::make_reverse_iterator(last); it != std::make_reverse_iterator(first); ++it) {
                if (!visit(it->first, it->second))
                    break;
            }
        } else {
            for (auto it = first; it != last; ++it) {
                if (!visit(it->first, it->second))
                    break;
            }
        }
        return result;
    }
    QList<qint64> matching;
    for (auto it = first; it != last; ++it) {
        if (accept(it->first, it->second))
            matching.append(it->first);
    }
    matching = sortIds(def, std::move(matching), terms, env);
    const qint64 end = limit < 0 ? matching.size() : std::min<qint64>(matching.size(), offset + limit);
    for (qint64 i = offset; i < end; ++i)
        result.append(matching.at(i));
    return result;
}

Result<qint64> OdooOrm::searchCount(const QString &model, const QJsonValue &domain, qint64 limit,
                                    const OdooEnv &env) const
{
    Result<QList<qint64>> ids = search(model, domain, 0, limit, QStringLiteral("id"), env);
    if (!ids)
        return ids.error();
    return static_cast<qint64>(ids.value().size());
}

QJsonValue OdooOrm::readValue(const OdooModelDef &model, const OdooFieldDef &field, qint64 id,
                              const OdooEnv &env, bool classicRead) const
{
    const QJsonValue value = m_store.value(model.name(), id, field.name, env.lang);
    if (field.type == OdooFieldDef::Many2one) {
        if (!value.isDouble() || !m_store.exists(field.comodel, toId(value)))
            return false;
        if (!classicRead)
            return value;
        return QJsonArray { value, displayName(field.comodel, toId(value), env.lang) };
    }
    if (field.isX2many()) {
        const OdooModelDef *comodel = m_store.modelDef(field.comodel);
        const bool filterArchived = env.activeTest && comodel && comodel->hasActive();
        QJsonArray ids;
        for (const QJsonValue &item : value.toArray()) {
            const qint64 related = toId(item);
            if (!m_store.exists(field.comodel, related))
                continue;
            if (filterArchived
                && !truthy(m_store.value(field.comodel, related, QStringLiteral("active"), env.lang)))
                continue;
            ids.append(item);
        }
        return ids;
    }
    return value;
}

Result<QJsonArray> OdooOrm::read(const QString &modelName, const QList<qint64> &ids,
                                 const QStringList &fields, const OdooEnv &env, bool classicRead) const
{
    Result<const OdooModelDef *> modelResult = model(modelName);
    if (!modelResult)
        return modelResult.error();
    const OdooModelDef &def = *modelResult.value();
    QList<const OdooFieldDef *> selected;
    if (fields.isEmpty()) {
        for (const OdooFieldDef &field : def.fields())
            selected.append(&field);
    } else {
        for (const QString &name : fields) {
            if (!def.hasField(name))
                return OdooFault::valueError(
                    tr("Invalid field %1 on model %2").arg(repr(name), repr(modelName)));
            if (name != QLatin1String("id"))
                selected.append(&def.field(name));
        }
    }
    Result<void> exist = checkExist(modelName, ids, env);
    if (!exist)
        return exist.error();
    QJsonArray records;
    const QString idKey = QStringLiteral("id");
    for (qint64 id : ids) {
        QJsonObject record;
        record.insert(idKey, static_cast<double>(id));
        for (const OdooFieldDef *field : std::as_const(selected)) {
            if (field->name != idKey)
                record.insert(field->name, readValue(def, *field, id, env, classicRead));
        }
        records.append(record);
    }
    return records;
}

Result<QJsonValue> OdooOrm::convertValue(const OdooModelDef &model, const OdooFieldDef &field,
                                         const QJsonValue &value, qint64 id, const OdooEnv &env) const
{
    const bool empty =
        value.isNull() || (value.isBool() && !value.toBool() && field.type != OdooFieldDef::Boolean);
    if (empty)
        return QJsonValue(false);
    switch (field.type) {
    case OdooFieldDef::Boolean:
        return QJsonValue(truthy(value));
    case OdooFieldDef::Integer:
    case OdooFieldDef::Many2oneReference:
        if (value.isString()) {
            bool ok = false;
            const qint64 number = value.toString().toLongLong(&ok);
            if (!ok)
                return OdooFault::valueError(
                    tr("invalid literal for int() with base 10: %1").arg(repr(value.toString())));
            return QJsonValue(static_cast<double>(number));
        }
        return QJsonValue(static_cast<double>(static_cast<qint64>(value.toDouble())));
    case OdooFieldDef::Float:
    case OdooFieldDef::Monetary:
        if (value.isString()) {
            bool ok = false;
            const double number = value.toString().toDouble(&ok);
            if (!ok)
                return OdooFault::valueError(
                    tr("could not convert string to float: %1").arg(repr(value.toString())));
            return QJsonValue(number);
        }
        return QJsonValue(value.toDouble());
    case OdooFieldDef::Date: {
        const QString text = value.toString().left(10);
        if (!QDate::fromString(text, Qt::ISODate).isValid())
            return OdooFault::valueError(
                tr("time data %1 does not match format '%Y-%m-%d'").arg(repr(value.toString())));
        return QJsonValue(text);
    }
    case OdooFieldDef::Datetime: {
        QString text = value.toString().replace(QLatin1Char('T'), QLatin1Char(' '));
        if (text.size() == 10)
            text += QStringLiteral(" 00:00:00");
        text = text.left(19);
        if (!QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid()) {
            return OdooFault::valueError(
                tr("time data %1 does not match format '%Y-%m-%d %H:%M:%S'").arg(repr(value.toString())));
        }
        return QJsonValue(text);
    }
    case OdooFieldDef::Selection: {
        const QString key = value.toString();
        for (const auto &option : field.selection) {
            if (option.first == key)
                return QJsonValue(key);
        }
        return OdooFault::valueError(
            tr("Wrong value for %1.%2: %3").arg(model.name(), field.name, repr(key)));
    }
    case OdooFieldDef::Many2one: {
        const qint64 target = value.isArray() ? toId(value.toArray().first()) : toId(value);
        if (!value.isDouble() && !value.isArray())
            return OdooFault::valueError(
                tr("Wrong value for %1.%2: %3").arg(model.name(), field.name, value.toString()));
        if (!m_store.exists(field.comodel, target)) {
            return OdooFault::validationError(tr("The operation cannot be completed: the record %1(%2,) "
                                                 "referenced by %3.%4 does not exist.")
                                                  .arg(field.comodel)
                                                  .arg(target)
                                                  .arg(model.name(), field.name));
        }
        return QJsonValue(static_cast<double>(target));
    }
    case OdooFieldDef::Char:
    case OdooFieldDef::Text:
    case OdooFieldDef::Html: {
        const QString text = value.isString() ? value.toString() : QString::number(value.toDouble());
        if (!field.translate)
            return QJsonValue(text);
        const QJsonValue stored = id > 0 ? m_store.raw(model.name(), id, field.name) : QJsonValue();
        QJsonObject translations = stored.isObject() ? stored.toObject() : QJsonObject();
        if (stored.isString())
            translations.insert(QStringLiteral("en_US"), stored);
        if (id <= 0 || !translations.contains(QStringLiteral("en_US")))
            translations.insert(QStringLiteral("en_US"), text);
        translations.insert(env.lang, text);
        return QJsonValue(translations);
    }
    default:
        return QJsonValue(value);
    }
}

Result<OdooStore::Values> OdooOrm::convertValues(const OdooModelDef &model, const QJsonObject &vals,
                                                 qint64 id, const OdooEnv &env,
                                                 QList<QPair<const OdooFieldDef *, QJsonValue>> *x2many) const
{
    OdooStore::Values values;
    for (auto it = vals.constBegin(); it != vals.constEnd(); ++it) {
        if (!model.hasField(it.key()))
            return OdooFault::valueError(
                tr("Invalid field %1 on model %2").arg(repr(it.key()), repr(model.name())));
        const OdooFieldDef &field = model.field(it.key());
        if (field.name == QLatin1String("id") || field.computed || !field.stored)
            continue; // Odoo ignores values for computed fields without inverse and for magic columns.
        if (field.isX2many()) {
            x2many->append({ &field, it.value() });
            continue;
        }
        Result<QJsonValue> converted = convertValue(model, field, it.value(), id, env);
        if (!converted)
            return converted.error();
        values.insert(field.name, converted.value());
    }
    return values;
}

Result<qint64> OdooOrm::createOne(const OdooModelDef &model, const QJsonObject &vals, const OdooEnv &env)
{
    QList<QPair<const OdooFieldDef *, QJsonValue>> x2many;
    Result<OdooStore::Values> converted = convertValues(model, vals, 0, env, &x2many);
    if (!converted)
        return converted.error();
    OdooStore::Values values = converted.value();
    for (const OdooFieldDef &field : model.fields()) {
        if (!values.contains(field.name) && !field.defaultValue.isUndefined() && !field.isX2many())
            values.insert(field.name, field.defaultValue);
    }
    Result<void> rules = m_rules->beforeCreate(model.name(), values, env);
    if (!rules)
        return rules.error();
    for (const OdooFieldDef &field : model.fields()) {
        const QJsonValue value = values.value(field.name);
        const bool missing = value.isUndefined() || value.isNull() || (value.isBool() && !value.toBool())
            || (value.isString() && value.toString().isEmpty());
        if (field.required && missing && field.type != OdooFieldDef::Boolean) {
            return OdooFault::validationError(
                tr("Missing required value for the field '%1' (%2)").arg(field.string, field.name));
        }
    }
    const QString now = env.nowString();
    values.insert(QStringLiteral("create_uid"), static_cast<double>(env.uid));
    values.insert(QStringLiteral("write_uid"), static_cast<double>(env.uid));
    values.insert(QStringLiteral("create_date"), now);
    values.insert(QStringLiteral("write_date"), now);
    const qint64 id = m_store.insert(model.name(), values);
    for (const auto &[field, value] : std::as_const(x2many)) {
        Result<void> applied = applyX2many(model, *field, id, value, env);
        if (!applied)
            return applied.error();
    }
    m_rules->recompute(model.name(), { id }, env);
    Result<void> after = m_rules->afterCreate(model.name(), id, env);
    if (!after)
        return after.error();
    return id;
}

Result<QList<qint64>> OdooOrm::create(const QString &modelName, const QJsonArray &valsList,
                                      const OdooEnv &env)
{
    Result<const OdooModelDef *> def = model(modelName);
    if (!def)
        return def.error();
    QList<qint64> ids;
    ids.reserve(valsList.size());
    for (const QJsonValue &vals : valsList) {
        if (!vals.isObject())
            return OdooFault::typeError(tr("create() values must be dictionaries"));
        Result<qint64> id = createOne(*def.value(), vals.toObject(), env);
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    return ids;
}

Result<void> OdooOrm::write(const QString &modelName, const QList<qint64> &ids, const QJsonObject &vals,
                            const OdooEnv &env)
{
    Result<const OdooModelDef *> def = model(modelName);
    if (!def)
        return def.error();
    Result<void> exist = checkExist(modelName, ids, env);
    if (!exist)
        return exist.error();
    for (qint64 id : ids) {
        QList<QPair<const OdooFieldDef *, QJsonValue>> x2many;
        Result<OdooStore::Values> converted = convertValues(*def.value(), vals, id, env, &x2many);
        if (!converted)
            return converted.error();
        OdooStore::Values changes = converted.value();
        Result<void> rules = m_rules->beforeWrite(modelName, { id }, vals, changes, env);
        if (!rules)
            return rules.error();
        changes.insert(QStringLiteral("write_uid"), static_cast<double>(env.uid));
        changes.insert(QStringLiteral("write_date"), env.nowString());
        m_store.update(modelName, id, changes);
        for (const auto &[field, value] : std::as_const(x2many)) {
            Result<void> applied = applyX2many(*def.value(), *field, id, value, env);
            if (!applied)
                return applied.error();
        }
    }
    m_rules->recompute(modelName, ids, env);
    return {};
}

Result<void> OdooOrm::unlink(const QString &modelName, const QList<qint64> &ids, const OdooEnv &env)
{
    Result<const OdooModelDef *> def = model(modelName);
    if (!def)
        return def.error();
    Result<void> exist = checkExist(modelName, ids, env);
    if (!exist)
        return exist.error();
    Result<void> rules = m_rules->beforeUnlink(modelName, ids, env);
    if (!rules)
        return rules.error();
    for (qint64 id : ids) {
        if (!m_store.exists(modelName, id))
            continue;
        for (const OdooFieldDef &field : def.value()->fields()) {
            if (field.type != OdooFieldDef::One2many)
                continue;
            const QList<qint64> children = m_store.referencing(field.comodel, field.inverseName, id);
            Result<void> handled = unlinkChildren(field, children, env);
            if (!handled)
                return handled.error();
        }
        m_store.remove(modelName, id);
        m_rules->afterUnlink(modelName, id, env);
    }
    return {};
}

// Children of a deleted parent: cascade for lines owned by their parent, set null for the rest.
Result<void> OdooOrm::unlinkChildren(const OdooFieldDef &field, const QList<qint64> &children,
                                     const OdooEnv &env)
{
    if (children.isEmpty())
        return {};
    if (m_rules->cascades(field.comodel, field.inverseName))
        return unlink(field.comodel, children, env);
    for (qint64 child : children)
        m_store.update(field.comodel, child, { { field.inverseName, false } });
    return {};
}

Result<void> OdooOrm::applyX2many(const OdooModelDef &model, const OdooFieldDef &field, qint64 id,
                                  const QJsonValue &value, const OdooEnv &env)
{
    const bool one2many = field.type == OdooFieldDef::One2many;
    const auto linked = [&]() -> QList<qint64> {
        if (one2many)
            return m_store.referencing(field.comodel, field.inverseName, id);
        QList<qint64> ids;
        for (const QJsonValue &item : m_store.raw(model.name(), id, field.name).toArray())
            ids.append(toId(item));
        return ids;
    };
    const auto setLinks = [&](const QList<qint64> &ids) {
        QJsonArray array;
        for (qint64 related : ids)
            array.append(static_cast<double>(related));
        m_store.update(model.name(), id, { { field.name, array } });
    };
    const auto link = [&](qint64 related) -> Result<void> {
        if (one2many)
            return write(field.comodel, { related }, { { field.inverseName, static_cast<double>(id) } }, env);
        QList<qint64> ids = linked();
        if (!ids.contains(related)) {
            ids.append(related);
            setLinks(ids);
        }
        return {};
    };
    const auto unlinkOne = [&](qint64 related) -> Result<void> {
        if (one2many) {
            if (m_rules->cascades(field.comodel, field.inverseName))
                return unlink(field.comodel, { related }, env);
            return write(field.comodel, { related }, { { field.inverseName, false } }, env);
        }
        QList<qint64> ids = linked();
        ids.removeAll(related);
        setLinks(ids);
        return {};
    };
    const QJsonArray items = value.toArray();
    if (!value.isArray() && !(value.isBool() && !value.toBool()))
        return OdooFault::valueError(
            tr("Wrong value for %1.%2: %3").arg(model.name(), field.name, value.toString()));
    // A bare id list on an x2many means "set these".
    if (!items.isEmpty() && items.first().isDouble()) {
        QJsonArray ids;
        for (const QJsonValue &item : items)
            ids.append(item);
        QJsonArray commands;
        commands.append(QJsonArray { 6, 0, ids });
        return applyX2many(model, field, id, commands, env);
    }
    for (const QJsonValue &commandValue : items) {
        const QJsonArray command = commandValue.toArray();
        const int code = command.isEmpty() ? -1 : command.at(0).toInt(-1);
        const qint64 related = toId(command.at(1));
        Result<void> outcome;
        switch (code) {
        case 0: {
            QJsonObject vals = command.at(2).toObject();
            if (one2many)
                vals.insert(field.inverseName, static_cast<double>(id));
            Result<QList<qint64>> created = create(field.comodel, QJsonArray { vals }, env);
            if (!created)
                return created.error();
            if (!one2many)
                outcome = link(created.value().first());
            break;
        }
        case 1:
            outcome = write(field.comodel, { related }, command.at(2).toObject(), env);
            break;
        case 2:
            outcome = unlink(field.comodel, { related }, env);
            if (outcome && !one2many)
                outcome = unlinkOne(related);
            break;
        case 3:
            outcome = unlinkOne(related);
            break;
        case 4:
            outcome = checkExist(field.comodel, { related }, env);
            if (outcome)
                outcome = link(related);
            break;
        case 5:
            for (qint64 current : linked()) {
                outcome = unlinkOne(current);
                if (!outcome)
                    break;
            }
            break;
        case 6: {
            QList<qint64> wanted;
            for (const QJsonValue &item : command.at(2).toArray())
                wanted.append(toId(item));
            outcome = checkExist(field.comodel, wanted, env);
            if (!outcome)
                break;
            if (!one2many) {
                setLinks(wanted);
                break;
            }
            for (qint64 current : linked()) {
                if (!wanted.contains(current) && !(outcome = unlinkOne(current)))
                    break;
            }
            for (qint64 want : std::as_const(wanted)) {
                if (outcome)
                    outcome = link(want);
            }
            break;
        }
        default:
            return OdooFault::valueError(
                tr("Invalid x2many command %1 for field %2.%3")
                    .arg(QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact)),
                         model.name(), field.name));
        }
        if (!outcome)
            return outcome.error();
    }
    return {};
}

Result<QJsonArray> OdooOrm::nameSearch(const QString &modelName, const QString &name,
                                       const QJsonValue &domain, const QString &op, qint64 limit,
                                       const OdooEnv &env) const
{
    Result<const OdooModelDef *> def = model(modelName);
    if (!def)
        return def.error();
    QJsonArray full = domain.isArray() ? domain.toArray() : QJsonArray();
    if (!name.isEmpty()) {
        const QStringList searched = m_rules->nameSearchFields(modelName);
        QJsonArray nameDomain;
        for (qsizetype i = 1; i < searched.size(); ++i)
            nameDomain.append(QStringLiteral("|"));
        for (const QString &field : searched)
            nameDomain.append(QJsonArray { field, op.isEmpty() ? QStringLiteral("ilike") : op, name });
        if (!full.isEmpty())
            full.prepend(QStringLiteral("&"));
        for (const QJsonValue &term : std::as_const(nameDomain))
            full.append(term);
    }
    Result<QList<qint64>> ids = search(modelName, full, 0, limit, {}, env);
    if (!ids)
        return ids.error();
    QJsonArray pairs;
    for (qint64 id : ids.value())
        pairs.append(QJsonArray { static_cast<double>(id), displayName(modelName, id, env.lang) });
    return pairs;
}

Result<QJsonObject> OdooOrm::fieldsGet(const QString &modelName, const QStringList &allFields,
                                       const QStringList &attributes, const OdooEnv &env) const
{
    Q_UNUSED(env)
    Result<const OdooModelDef *> def = model(modelName);
    if (!def)
        return def.error();
    QJsonObject result;
    for (const OdooFieldDef &field : def.value()->fields()) {
        if (!allFields.isEmpty() && !allFields.contains(field.name))
            continue;
        QJsonObject description {
            { QStringLiteral("name"), field.name },
            { QStringLiteral("type"), field.typeName() },
            { QStringLiteral("string"), field.string },
            { QStringLiteral("help"), QString() },
            { QStringLiteral("readonly"), field.readonly },
            { QStringLiteral("required"), field.required },
            { QStringLiteral("store"), field.stored },
            { QStringLiteral("sortable"), field.stored && !field.isX2many() },
            { QStringLiteral("searchable"), true },
            { QStringLiteral("manual"), false },
            { QStringLiteral("company_dependent"), false },
            { QStringLiteral("change_default"), false },
            { QStringLiteral("depends"), QJsonArray() },
        };
        if (field.type == OdooFieldDef::Char || field.type == OdooFieldDef::Text
            || field.type == OdooFieldDef::Html)
            description.insert(QStringLiteral("translate"), field.translate);
        if (field.isRelational()) {
            description.insert(QStringLiteral("relation"), field.comodel);
            description.insert(QStringLiteral("context"), QJsonObject());
            description.insert(QStringLiteral("domain"), QJsonArray());
        }
        if (field.type == OdooFieldDef::One2many)
            description.insert(QStringLiteral("relation_field"), field.inverseName);
        if (field.type == OdooFieldDef::Selection) {
            QJsonArray options;
            for (const auto &[key, label] : field.selection)
                options.append(QJsonArray { key, label });
            description.insert(QStringLiteral("selection"), options);
        }
        if (!attributes.isEmpty()) {
            QJsonObject filtered;
            for (const QString &attribute : attributes) {
                if (description.contains(attribute))
                    filtered.insert(attribute, description.value(attribute));
            }
            description = filtered;
        }
        result.insert(field.name, description);
    }
    return result;
}

Result<QJsonObject> OdooOrm::defaultGet(const QString &modelName, const QStringList &fields,
                                        const OdooEnv &env) const
{
    Result<const OdooModelDef *> def = model(modelName);
    if (!def)
        return def.error();
    OdooStore::Values values;
    for (const OdooFieldDef &field : def.value()->fields()) {
        if (!field.defaultValue.isUndefined())
            values.insert(field.name, field.defaultValue);
    }
    m_rules->applyDefaults(modelName, values, env);
    QJsonObject result;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (fields.isEmpty() || fields.contains(it.key()))
            result.insert(it.key(), it.value());
    }
    return result;
}

} // namespace cw
