#include "odoostore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace cw {

namespace {

QJsonValue emptyValue(const OdooFieldDef &field)
{
    switch (field.type) {
    case OdooFieldDef::Boolean:
        return false;
    case OdooFieldDef::Integer:
    case OdooFieldDef::Many2oneReference:
        return 0;
    case OdooFieldDef::Float:
    case OdooFieldDef::Monetary:
        return 0.0;
    case OdooFieldDef::Many2many:
    case OdooFieldDef::One2many:
        return QJsonArray();
    default:
        return false;
    }
}

bool isErased(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isBool() && !value.toBool());
}

} // namespace

OdooStore::OdooStore(OdooSchema schema)
    : m_schema(std::move(schema))
{
    for (const QString &name : m_schema.modelNames()) {
        m_data.insert(name, {});
        const OdooModelDef *model = m_schema.model(name);
        if (!model->parentField().isEmpty())
            m_indexedFields[name].append(model->parentField());
        for (const OdooFieldDef &field : model->fields()) {
            if (field.type == OdooFieldDef::One2many
                && !m_indexedFields.value(field.comodel).contains(field.inverseName))
                m_indexedFields[field.comodel].append(field.inverseName);
            if (field.type == OdooFieldDef::Many2many)
                m_indexedFields[name].append(field.name);
        }
    }
    m_displayNamer = [](const OdooStore &store, const QString &model, qint64 id, const QString &lang) {
        const OdooModelDef *def = store.modelDef(model);
        const QJsonValue name = store.value(model, id, def->recName(), lang);
        return name.isString() ? name.toString() : QStringLiteral("%1,%2").arg(model).arg(id);
    };
}

void OdooStore::setDisplayNamer(DisplayNamer namer)
{
    m_displayNamer = std::move(namer);
}

const OdooModelDef *OdooStore::modelDef(const QString &model) const
{
    return m_schema.model(model);
}

bool OdooStore::exists(const QString &model, qint64 id) const
{
    const auto data = m_data.constFind(model);
    return data != m_data.constEnd() && data->rows.count(id) > 0;
}

QList<qint64> OdooStore::ids(const QString &model) const
{
    QList<qint64> result;
    const auto data = m_data.constFind(model);
    if (data == m_data.constEnd())
        return result;
    result.reserve(static_cast<qsizetype>(data->rows.size()));
    for (const auto &row : data->rows)
        result.append(row.first);
    return result;
}

const OdooStore::Table &OdooStore::table(const QString &model) const
{
    return m_data.find(model)->rows;
}

qsizetype OdooStore::count(const QString &model) const
{
    const auto data = m_data.constFind(model);
    return data == m_data.constEnd() ? 0 : static_cast<qsizetype>(data->rows.size());
}

QJsonValue OdooStore::raw(const QString &model, qint64 id, const QString &field) const
{
    const auto data = m_data.constFind(model);
    if (data == m_data.constEnd())
        return QJsonValue::Undefined;
    const auto row = data->rows.find(id);
    if (row == data->rows.end())
        return QJsonValue::Undefined;
    return row->second.value(field, QJsonValue::Undefined);
}

QJsonValue OdooStore::value(const QString &model, qint64 id, const QString &field, const QString &lang) const
{
    if (field == QLatin1String("id"))
        return static_cast<double>(id);
    const OdooModelDef *def = m_schema.model(model);
    if (!def || !def->hasField(field))
        return false;
    if (field == QLatin1String("display_name"))
        return exists(model, id) ? QJsonValue(m_displayNamer(*this, model, id, lang)) : QJsonValue(false);
    const OdooFieldDef &fieldDef = def->field(field);
    if (fieldDef.type == OdooFieldDef::One2many) {
        QJsonArray result;
        for (qint64 child : referencing(fieldDef.comodel, fieldDef.inverseName, id))
            result.append(static_cast<double>(child));
        return result;
    }
    const QJsonValue stored = raw(model, id, field);
    if (stored.isUndefined())
        return emptyValue(fieldDef);
    if (fieldDef.translate && stored.isObject()) {
        const QJsonObject translations = stored.toObject();
        const QJsonValue text = translations.value(lang.isEmpty() ? QStringLiteral("en_US") : lang);
        return text.isString() ? text : translations.value(QStringLiteral("en_US"));
    }
    return stored;
}

QList<qint64> OdooStore::referencing(const QString &model, const QString &field, qint64 target) const
{
    if (m_indexedFields.value(model).contains(field)) {
        const QSet<qint64> found = m_reverse.value(indexKey(model, field)).value(target);
        QList<qint64> result(found.begin(), found.end());
        std::sort(result.begin(), result.end());
        return result;
    }
    QList<qint64> result;
    const auto data = m_data.constFind(model);
    if (data == m_data.constEnd())
        return result;
    for (const auto &[id, values] : data->rows) {
        const QJsonValue value = values.value(field);
        if (value.isDouble() && static_cast<qint64>(value.toDouble()) == target)
            result.append(id);
    }
    return result;
}

QString OdooStore::indexKey(const QString &model, const QString &field) const
{
    return model + QLatin1Char('.') + field;
}

qint64 OdooStore::externalIdRow(const QString &module, const QString &name) const
{
    return m_externalIds.value(module + QLatin1Char('.') + name);
}

QList<qint64> OdooStore::externalIdRowsOf(const QString &model, qint64 resId) const
{
    const QSet<qint64> rows = m_externalIdsByRecord.value(model + QLatin1Char(',') + QString::number(resId));
    return QList<qint64>(rows.begin(), rows.end());
}

void OdooStore::indexRecord(const QString &model, qint64 id, const Values &values, bool add)
{
    if (model == QLatin1String("ir.model.data")) {
        const QString name = values.value(QStringLiteral("module")).toString() + QLatin1Char('.') + values.value(QStringLiteral("name")).toString();
        const QString record = values.value(QStringLiteral("model")).toString() + QLatin1Char(',')
            + QString::number(static_cast<qint64>(values.value(QStringLiteral("res_id")).toDouble()));
        if (add) {
            m_externalIds.insert(name, id);
            m_externalIdsByRecord[record].insert(id);
        } else {
            if (m_externalIds.value(name) == id)
                m_externalIds.remove(name);
            m_externalIdsByRecord[record].remove(id);
        }
    }
    const auto fields = m_indexedFields.constFind(model);
    if (fields == m_indexedFields.constEnd())
        return;
    for (const QString &field : *fields) {
        const QJsonValue value = values.value(field);
        const QJsonArray targets = value.isArray() ? value.toArray() : QJsonArray { value };
        for (const QJsonValue &target : targets) {
            if (!target.isDouble())
                continue;
            QSet<qint64> &set = m_reverse[indexKey(model, field)][static_cast<qint64>(target.toDouble())];
            if (add)
                set.insert(id);
            else
                set.remove(id);
        }
    }
}

void OdooStore::setRow(const QString &model, qint64 id, const Values &values)
{
    Table &rows = m_data[model].rows;
    const auto existing = rows.find(id);
    if (existing != rows.end())
        indexRecord(model, id, existing->second, false);
    rows[id] = values;
    indexRecord(model, id, values, true);
}

void OdooStore::eraseRow(const QString &model, qint64 id)
{
    Table &rows = m_data[model].rows;
    const auto existing = rows.find(id);
    if (existing == rows.end())
        return;
    indexRecord(model, id, existing->second, false);
    rows.erase(existing);
}

qint64 OdooStore::insert(const QString &model, const Values &values)
{
    ModelData &data = m_data[model];
    const qint64 id = data.nextId++;
    Values clean;
    clean.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!isErased(it.value()))
            clean.insert(it.key(), it.value());
    }
    setRow(model, id, clean);
    if (m_inTransaction)
        m_journal.append({ Undo::Inserted, model, id, {} });
    return id;
}

void OdooStore::setNextId(const QString &model, qint64 id)
{
    ModelData &data = m_data[model];
    data.nextId = std::max(data.nextId, id);
}

void OdooStore::update(const QString &model, qint64 id, const Values &changes)
{
    Table &rows = m_data[model].rows;
    const auto existing = rows.find(id);
    if (existing == rows.end())
        return;
    if (m_inTransaction)
        m_journal.append({ Undo::Updated, model, id, existing->second });
    Values next = existing->second;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (isErased(it.value()))
            next.remove(it.key());
        else
            next.insert(it.key(), it.value());
    }
    setRow(model, id, next);
}

void OdooStore::remove(const QString &model, qint64 id)
{
    Table &rows = m_data[model].rows;
    const auto existing = rows.find(id);
    if (existing == rows.end())
        return;
    if (m_inTransaction)
        m_journal.append({ Undo::Removed, model, id, existing->second });
    eraseRow(model, id);
}

void OdooStore::begin()
{
    m_journal.clear();
    m_inTransaction = true;
}

void OdooStore::commit()
{
    m_journal.clear();
    m_inTransaction = false;
}

void OdooStore::rollback()
{
    m_inTransaction = false;
    for (auto it = m_journal.crbegin(); it != m_journal.crend(); ++it) {
        if (it->kind == Undo::Inserted)
            eraseRow(it->model, it->id);
        else
            setRow(it->model, it->id, it->before);
    }
    m_journal.clear();
}

QJsonObject OdooStore::toJson() const
{
    QJsonObject models;
    for (const QString &name : m_schema.modelNames()) {
        const ModelData &data = *m_data.constFind(name);
        QJsonArray records;
        for (const auto &[id, values] : data.rows) {
            QJsonObject record;
            record.insert(QStringLiteral("id"), static_cast<double>(id));
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                record.insert(it.key(), it.value());
            records.append(record);
        }
        models.insert(name,
                      QJsonObject { { QStringLiteral("next_id"), static_cast<double>(data.nextId) },
                                    { QStringLiteral("records"), records } });
    }
    return QJsonObject { { QStringLiteral("format"), QStringLiteral("crosswalk-odoo-simulator") },
                         { QStringLiteral("version"), m_schema.majorVersion() },
                         { QStringLiteral("models"), models } };
}

Result<void> OdooStore::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("crosswalk-odoo-simulator"))
        return Error(Error::Category::Config, tr("This file is not a saved Odoo simulator."));
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version != m_schema.majorVersion()) {
        return Error(
            Error::Category::Config,
            tr("The saved simulator plays Odoo %1, not Odoo %2.").arg(version).arg(m_schema.majorVersion()));
    }
    QHash<QString, ModelData> data;
    const QJsonObject models = json.value(QStringLiteral("models")).toObject();
    for (const QString &name : m_schema.modelNames()) {
        const QJsonObject model = models.value(name).toObject();
        ModelData &target = data[name];
        target.nextId = static_cast<qint64>(model.value(QStringLiteral("next_id")).toDouble(1));
        for (const QJsonValue &recordValue : model.value(QStringLiteral("records")).toArray()) {
            QJsonObject record = recordValue.toObject();
            const qint64 id = static_cast<qint64>(record.take(QStringLiteral("id")).toDouble());
            Values values;
            for (auto it = record.constBegin(); it != record.constEnd(); ++it)
                values.insert(it.key(), it.value());
            target.rows.emplace(id, std::move(values));
            target.nextId = std::max(target.nextId, id + 1);
        }
    }
    m_data = std::move(data);
    m_reverse.clear();
    m_externalIds.clear();
    m_externalIdsByRecord.clear();
    m_journal.clear();
    m_inTransaction = false;
    for (auto model = m_data.cbegin(); model != m_data.cend(); ++model) {
        for (const auto &[id, values] : model->rows)
            indexRecord(model.key(), id, values, true);
    }
    return {};
}

Result<void> OdooStore::saveToFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(Error::Category::Config, tr("Cannot write the simulator state to %1.").arg(path),
                     file.errorString());
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        return Error(Error::Category::Config, tr("Cannot write the simulator state to %1.").arg(path),
                     file.errorString());
    }
    return {};
}

Result<void> OdooStore::loadFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Category::Config, tr("Cannot read the simulator state from %1.").arg(path),
                     file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error(Error::Category::Config, tr("The simulator state in %1 is damaged.").arg(path),
                     error.errorString());
    }
    return fromJson(document.object());
}

} // namespace cw
