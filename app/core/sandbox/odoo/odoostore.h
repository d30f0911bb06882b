#pragma once

#include "domain/result.h"
#include "odoorecordsource.h"
#include "odooschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <functional>
#include <map>

namespace cw {

/// The simulator's in-memory database: one table per model of an OdooSchema, records keyed by id,
/// an undo journal so each RPC call is one transaction (all or nothing, like Odoo's per-call
/// transaction), reverse indexes of the many2one fields that one2many fields and hierarchies read
/// back and of every many2many field (referencing() answers from them),
/// and saving to and loading from a JSON file.
///
/// Values are stored in Odoo's cache forms: many2one an id, many2many an array of ids, translated
/// text an object {lang: text}; one2many values are derived from the inverse many2one. Missing
/// values read as Odoo's empty values (false, 0, 0.0, []).
/// Ids come from a per-model sequence that, like PostgreSQL's, is not rolled back.
/// Thread affinity: one thread at a time (the simulator's).
class OdooStore : public OdooRecordSource
{
    Q_DECLARE_TR_FUNCTIONS(cw::OdooStore)

public:
    using Values = QHash<QString, QJsonValue>;
    using Table = std::map<qint64, Values>;
    /// Computes display_name for a record in a language; set by the ORM (defaults to recName).
    using DisplayNamer =
        std::function<QString(const OdooStore &, const QString &model, qint64 id, const QString &lang)>;

    explicit OdooStore(OdooSchema schema);

    const OdooSchema &schema() const { return m_schema; }
    void setDisplayNamer(DisplayNamer namer);

    // OdooRecordSource
    const OdooModelDef *modelDef(const QString &model) const override;
    bool exists(const QString &model, qint64 id) const override;
    QList<qint64> ids(const QString &model) const override;
    QJsonValue value(const QString &model, qint64 id, const QString &field,
                     const QString &lang) const override;
    QList<qint64> referencing(const QString &model, const QString &field, qint64 target) const override;

    /// The ir.model.data row of external id @p module.@p name, 0 when there is none (indexed).
    qint64 externalIdRow(const QString &module, const QString &name) const;
    /// The ir.model.data rows pointing at record @p resId of @p model (indexed).
    QList<qint64> externalIdRowsOf(const QString &model, qint64 resId) const;

    /// The stored value, untranslated (an object for translated fields); Undefined when unset.
    QJsonValue raw(const QString &model, qint64 id, const QString &field) const;
    /// Precondition: the model exists. Records in ascending id order.
    const Table &table(const QString &model) const;
    qsizetype count(const QString &model) const;

    /// Adds a record with the next id of the model's sequence and returns the id.
    qint64 insert(const QString &model, const Values &values);
    /// Makes the next insert() into @p model use @p id (ignored when the sequence is already past
    /// it), so seeded records keep the ids other systems' demo data refers to.
    void setNextId(const QString &model, qint64 id);
    /// Sets @p changes on record @p id (Undefined or false erase a value).
    void update(const QString &model, qint64 id, const Values &changes);
    void remove(const QString &model, qint64 id);

    /// Starts journaling changes; each call of the simulator runs between begin() and
    /// commit()/rollback(). Nested begin() is not supported.
    void begin();
    void commit();
    /// Undoes every change since begin(); sequences keep their value.
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    /// The whole store as JSON: {"version": 17, "models": {model: {"next_id": n, "records": [...]}}}.
    QJsonObject toJson() const;
    /// Replaces the content with @p json; refuses a file of another major version.
    Result<void> fromJson(const QJsonObject &json);
    Result<void> saveToFile(const QString &path) const;
    Result<void> loadFromFile(const QString &path);

private:
    struct Undo
    {
        enum Kind { Inserted, Updated, Removed };
        Kind kind;
        QString model;
        qint64 id;
        Values before;
    };
    struct ModelData
    {
        Table rows;
        qint64 nextId = 1;
    };

    void indexRecord(const QString &model, qint64 id, const Values &values, bool add);
    void setRow(const QString &model, qint64 id, const Values &values);
    void eraseRow(const QString &model, qint64 id);
    QString indexKey(const QString &model, const QString &field) const;

    OdooSchema m_schema;
    QHash<QString, ModelData> m_data;
    /// "model.field" of indexed many2one fields -> target id -> referencing ids.
    QHash<QString, QHash<qint64, QSet<qint64>>> m_reverse;
    QHash<QString, QStringList> m_indexedFields;
    /// ir.model.data: "module.name" -> row, and "model,res_id" -> rows.
    QHash<QString, qint64> m_externalIds;
    QHash<QString, QSet<qint64>> m_externalIdsByRecord;
    DisplayNamer m_displayNamer;
    QList<Undo> m_journal;
    bool m_inTransaction = false;
};

} // namespace cw
