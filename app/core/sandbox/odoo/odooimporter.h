#pragma once

#include "odooenv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace cw {

class OdooOrm;
struct OdooFieldDef;

/// Odoo's `load(fields, data)`, the import engine an integration uses to upsert by external id.
///
/// Columns: `id` (external id "module.name"; without a dot the module is `__import__`), `.id`
/// (database id), plain fields (text as Odoo's import converts it: booleans "1/0/true/false/yes/no",
/// numbers, dates "YYYY-MM-DD", selection keys or labels, many2one by exact name),
/// `field/id` (many2one or many2many by external ids, comma separated) and `field/.id` (database
/// ids). A row whose external id exists updates that record, otherwise it creates one and
/// registers the external id, in one transaction: any error rolls everything back and is
/// reported in `messages` (not raised), with `ids` false.
/// Result: `{"ids": [...] | false, "messages": [{type, message, record, rows: {from, to}, field}], "nextrow":
/// 0}`.
class OdooImporter
{
    Q_DECLARE_TR_FUNCTIONS(cw::OdooImporter)

public:
    explicit OdooImporter(OdooOrm &orm);

    /// The caller must roll back the transaction when the result's ids are false.
    QJsonObject load(const QString &model, const QStringList &fields, const QJsonArray &rows,
                     const OdooEnv &env);

private:
    struct Column
    {
        QString header;
        QString field;
        enum Kind { Value, ExternalId, DatabaseId } kind = Value;
        const OdooFieldDef *def = nullptr;
    };

    QJsonValue convertCell(const Column &column, const QString &cell, const OdooEnv &env,
                           QString *error) const;
    qint64 resolveXmlId(const QString &xmlId, const QString &model) const;
    static std::pair<QString, QString> splitXmlId(const QString &xmlId);

    OdooOrm &m_orm;
};

} // namespace cw
