#include "odoomodeldef.h"

namespace cw {

OdooModelDef::OdooModelDef(QString name, QString description, QString order)
    : m_name(std::move(name))
    , m_description(std::move(description))
    , m_order(std::move(order))
{
    add(OdooFieldDef(QStringLiteral("id"), OdooFieldDef::Integer, QStringLiteral("ID")).isReadonly());
    add(OdooFieldDef(QStringLiteral("display_name"), OdooFieldDef::Char, QStringLiteral("Display Name"))
            .isComputed()
            .notStored());
    add(OdooFieldDef(QStringLiteral("create_date"), OdooFieldDef::Datetime, QStringLiteral("Created on"))
            .isReadonly());
    add(OdooFieldDef(QStringLiteral("create_uid"), OdooFieldDef::Many2one, QStringLiteral("Created by"))
            .relation(QStringLiteral("res.users"))
            .isReadonly());
    add(OdooFieldDef(QStringLiteral("write_date"), OdooFieldDef::Datetime, QStringLiteral("Last Updated on"))
            .isReadonly());
    add(OdooFieldDef(QStringLiteral("write_uid"), OdooFieldDef::Many2one, QStringLiteral("Last Updated by"))
            .relation(QStringLiteral("res.users"))
            .isReadonly());
}

QString OdooModelDef::parentField() const
{
    const QString parent = QStringLiteral("parent_id");
    return hasField(parent) && field(parent).comodel == m_name ? parent : QString();
}

OdooFieldDef &OdooModelDef::add(const OdooFieldDef &field)
{
    const auto existing = m_index.constFind(field.name);
    if (existing != m_index.constEnd()) {
        m_fields[*existing] = field;
        return m_fields[*existing];
    }
    m_index.insert(field.name, m_fields.size());
    m_fields.append(field);
    return m_fields.last();
}

void OdooModelDef::remove(const QString &name)
{
    m_fields.removeIf([&name](const OdooFieldDef &field) { return field.name == name; });
    reindex();
}

void OdooModelDef::reindex()
{
    m_index.clear();
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        m_index.insert(m_fields.at(i).name, i);
}

} // namespace cw
