#pragma once

#include "odoofielddef.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cw {

/// One simulated Odoo model: its technical name, description, default order and fields (including
/// the magic fields every model has: id, display_name, create_date, create_uid, write_date,
/// write_uid). A plain value, immutable once the schema is built.
class OdooModelDef
{
public:
    OdooModelDef() = default;
    /// @p order is the model's `_order` ("complete_name ASC, id DESC").
    OdooModelDef(QString name, QString description, QString order);

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    QString order() const { return m_order; }
    /// Field used for display_name and name_search ("name" unless set).
    QString recName() const { return m_recName; }
    void setRecName(const QString &field) { m_recName = field; }
    /// Hierarchy field for child_of/parent_of ("parent_id" when the model has one).
    QString parentField() const;
    bool hasActive() const { return hasField(QStringLiteral("active")); }
    bool hasCompany() const { return hasField(QStringLiteral("company_id")); }

    /// Adds or replaces a field; returns it for chaining further settings.
    OdooFieldDef &add(const OdooFieldDef &field);
    void remove(const QString &name);
    bool hasField(const QString &name) const { return m_index.contains(name); }
    /// Precondition: hasField(@p name).
    const OdooFieldDef &field(const QString &name) const { return m_fields.at(m_index.value(name)); }
    const QList<OdooFieldDef> &fields() const { return m_fields; }

private:
    void reindex();

    QString m_name;
    QString m_description;
    QString m_order;
    QString m_recName = QStringLiteral("name");
    QList<OdooFieldDef> m_fields;
    QHash<QString, qsizetype> m_index;
};

} // namespace cw
