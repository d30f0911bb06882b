#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace cw {

/// One field of a simulated Odoo model, with what fields_get() reports about it and how the
/// simulator stores it. A plain value built with chained setters:
/// `OdooFieldDef("parent_id", OdooFieldDef::Many2one, "Related Company").relation("res.partner")`.
struct OdooFieldDef
{
    enum Type {
        Char,
        Text,
        Html,
        Boolean,
        Integer,
        Float,
        Monetary,
        Date,
        Datetime,
        Selection,
        Many2one,
        One2many,
        Many2many,
        Json,
        Binary,
        Many2oneReference,
    };

    OdooFieldDef() = default;
    OdooFieldDef(QString fieldName, Type fieldType, QString label)
        : name(std::move(fieldName))
        , type(fieldType)
        , string(std::move(label))
    { }

    QString name;
    Type type = Char;
    QString string;
    /// Comodel of relational fields.
    QString comodel;
    /// For one2many: the many2one on the comodel pointing back.
    QString inverseName;
    QList<QPair<QString, QString>> selection;
    QJsonValue defaultValue = QJsonValue::Undefined;
    bool required = false;
    bool readonly = false;
    bool stored = true;
    bool translate = false;
    /// Maintained by the simulator's business rules, not by the caller's values.
    bool computed = false;

    OdooFieldDef &relation(const QString &model)
    {
        comodel = model;
        return *this;
    }
    OdooFieldDef &inverse(const QString &field)
    {
        inverseName = field;
        return *this;
    }
    OdooFieldDef &options(QList<QPair<QString, QString>> values)
    {
        selection = std::move(values);
        return *this;
    }
    OdooFieldDef &byDefault(QJsonValue value)
    {
        defaultValue = std::move(value);
        return *this;
    }
    OdooFieldDef &isRequired()
    {
        required = true;
        return *this;
    }
    OdooFieldDef &isReadonly()
    {
        readonly = true;
        return *this;
    }
    OdooFieldDef &notStored()
    {
        stored = false;
        return *this;
    }
    OdooFieldDef &translated()
    {
        translate = true;
        return *this;
    }
    OdooFieldDef &isComputed()
    {
        computed = true;
        readonly = true;
        return *this;
    }

    bool isRelational() const { return type == Many2one || type == One2many || type == Many2many; }
    bool isX2many() const { return type == One2many || type == Many2many; }
    bool isNumeric() const { return type == Integer || type == Float || type == Monetary; }
    /// Odoo's type name ("many2one").
    QString typeName() const;
};

} // namespace cw
