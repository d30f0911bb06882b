#include "odooimporter.h"

#include "odoofault.h"
#include "odooorm.h"

#include <QDate>

namespace cw {

OdooImporter::OdooImporter(OdooOrm &orm)
    : m_orm(orm)
{ }

std::pair<QString, QString> OdooImporter::splitXmlId(const QString &xmlId)
{
    const qsizetype dot = xmlId.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return { QStringLiteral("__import__"), xmlId };
    return { xmlId.left(dot), xmlId.mid(dot + 1) };
}

qint64 OdooImporter::resolveXmlId(const QString &xmlId, const QString &model) const
{
    const auto [module, name] = splitXmlId(xmlId);
    const OdooStore &store = m_orm.store();
    const qint64 row = store.externalIdRow(module, name);
    const QString data = QStringLiteral("ir.model.data");
    if (row == 0 || store.value(data, row, QStringLiteral("model"), {}).toString() != model)
        return 0;
    const qint64 target = static_cast<qint64>(store.value(data, row, QStringLiteral("res_id"), {}).toDouble());
    return store.exists(model, target) ? target : 0;
}

QJsonValue OdooImporter::convertCell(const Column &column, const QString &cell, const OdooEnv &env,
                                     QString *error) const
{
    const OdooFieldDef &field = *column.def;
    if (cell.trimmed().isEmpty()) {
        if (!field.isX2many())
            return false;
        QJsonArray clear;
        clear.append(QJsonArray { 6, 0, QJsonArray() });
        return clear;
    }
    const QString text = cell.trimmed();
    if (column.kind != Column::Value || field.isRelational()) {
        QJsonArray ids;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            qint64 id = 0;
            if (column.kind == Column::ExternalId) {
                id = resolveXmlId(part.trimmed(), field.comodel);
                if (id == 0) {
                    *error = tr("No matching record found for external id '%1' in field '%2'")
                                 .arg(part.trimmed(), field.string);
                    return {};
                }
            } else if (column.kind == Column::DatabaseId) {
                id = part.trimmed().toLongLong();
                if (!m_orm.store().exists(field.comodel, id)) {
                    *error = tr("No matching record found for database id '%1' in field '%2'")
                                 .arg(part.trimmed(), field.string);
                    return {};
                }
            } else {
                Result<QJsonArray> found = m_orm.nameSearch(field.comodel, part.trimmed(), QJsonArray(),
                                                            QStringLiteral("="), 1, env);
                if (!found || found.value().isEmpty()) {
                    *error = tr("No matching record found for name '%1' in field '%2'")
                                 .arg(part.trimmed(), field.string);
                    return {};
                }
                id = static_cast<qint64>(found.value().first().toArray().first().toDouble());
            }
            ids.append(static_cast<double>(id));
        }
        if (field.type == OdooFieldDef::Many2one)
            return ids.first();
        QJsonArray command;
        command.append(QJsonArray { 6, 0, ids });
        return command;
    }
    switch (field.type) {
    case OdooFieldDef::Boolean: {
        const QString lower = text.toLower();
        if (lower == QLatin1String("1") || lower == QLatin1String("true") || lower == QLatin1String("yes"))
            return true;
        if (lower == QLatin1String("0") || lower == QLatin1String("false") || lower == QLatin1String("no"))
            return false;
        *error = tr("Unknown value '%1' for boolean field '%2', assuming 'yes'").arg(text, field.string);
        return {};
    }
    case OdooFieldDef::Integer:
    case OdooFieldDef::Float:
    case OdooFieldDef::Monetary: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok) {
            *error = tr("'%1' does not seem to be a number for field '%2'").arg(text, field.string);
            return {};
        }
        return number;
    }
    case OdooFieldDef::Date:
        if (!QDate::fromString(text, Qt::ISODate).isValid()) {
            *error = tr("'%1' does not seem to be a valid date for field '%2'").arg(text, field.string);
            return {};
        }
        return text;
    case OdooFieldDef::Selection:
        for (const auto &[key, label] : field.selection) {
            if (text == key || text.compare(label, Qt::CaseInsensitive) == 0)
                return key;
        }
        *error = tr("Value '%1' not found in selection field '%2'").arg(text, field.string);
        return {};
    default:
        return text;
    }
}

QJsonObject OdooImporter::load(const QString &model, const QStringList &fields, const QJsonArray &rows,
                               const OdooEnv &env)
{
    QJsonArray messages;
    const auto fail = [&messages](const QString &message, int row, const QString &field) {
        messages.append(
            QJsonObject { { QStringLiteral("type"), QStringLiteral("error") },
                          { QStringLiteral("message"), message },
                          { QStringLiteral("record"), row },
                          { QStringLiteral("rows"),
                            QJsonObject { { QStringLiteral("from"), row }, { QStringLiteral("to"), row } } },
                          { QStringLiteral("field"), field } });
    };
    const auto result = [&messages](const QJsonValue &ids) {
        return QJsonObject { { QStringLiteral("ids"), ids },
                             { QStringLiteral("messages"), messages },
                             { QStringLiteral("nextrow"), 0 } };
    };
    Result<const OdooModelDef *> modelResult = m_orm.model(model);
    if (!modelResult) {
        fail(modelResult.error().userMessage(), 0, QString());
        return result(false);
    }
    const OdooModelDef &def = *modelResult.value();
    QList<Column> columns;
    for (const QString &header : fields) {
        Column column;
        column.header = header;
        if (header == QLatin1String("id") || header == QLatin1String(".id")) {
            column.kind = header == QLatin1String("id") ? Column::ExternalId : Column::DatabaseId;
            columns.append(column);
            continue;
        }
        const QStringList parts = header.split(QLatin1Char('/'));
        column.field = parts.first();
        if (parts.size() > 2 || !def.hasField(column.field)
            || (parts.size() == 2 && parts.at(1) != QLatin1String("id")
                && parts.at(1) != QLatin1String(".id"))) {
            fail(tr("Unknown field '%1' for model %2").arg(header, model), 0, header);
            return result(false);
        }
        column.def = &def.field(column.field);
        if (parts.size() == 2)
            column.kind = parts.at(1) == QLatin1String("id") ? Column::ExternalId : Column::DatabaseId;
        columns.append(column);
    }
    QJsonArray ids;
    for (int index = 0; index < rows.size(); ++index) {
        const QJsonArray row = rows.at(index).toArray();
        QJsonObject vals;
        QString xmlId;
        qint64 existing = 0;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Column &column = columns.at(c);
            const QString cell =
                row.at(c).isString() ? row.at(c).toString() : row.at(c).toVariant().toString();
            if (!column.def) {
                if (column.kind == Column::ExternalId) {
                    xmlId = cell.trimmed();
                    existing = xmlId.isEmpty() ? 0 : resolveXmlId(xmlId, model);
                } else {
                    existing = cell.trimmed().toLongLong();
                }
                continue;
            }
            QString error;
            const QJsonValue value = convertCell(column, cell, env, &error);
            if (!error.isEmpty()) {
                fail(error, index, column.field);
                return result(false);
            }
            vals.insert(column.field, value);
        }
        if (existing != 0) {
            Result<void> written = m_orm.write(model, { existing }, vals, env);
            if (!written) {
                fail(written.error().userMessage(), index, QString());
                return result(false);
            }
            ids.append(static_cast<double>(existing));
            continue;
        }
        Result<QList<qint64>> created = m_orm.create(model, QJsonArray { vals }, env);
        if (!created) {
            fail(created.error().userMessage(), index, QString());
            return result(false);
        }
        const qint64 id = created.value().first();
        if (!xmlId.isEmpty()) {
            const auto [module, name] = splitXmlId(xmlId);
            Result<QList<qint64>> data = m_orm.create(
                QStringLiteral("ir.model.data"),
                QJsonArray { QJsonObject { { QStringLiteral("module"), module },
                                           { QStringLiteral("name"), name },
                                           { QStringLiteral("model"), model },
                                           { QStringLiteral("res_id"), static_cast<double>(id) } } },
                env);
            if (!data) {
                fail(data.error().userMessage(), index, QStringLiteral("id"));
                return result(false);
            }
        }
        ids.append(static_cast<double>(id));
    }
    return result(ids);
}

} // namespace cw
