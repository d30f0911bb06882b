#pragma once

#include "domain/result.h"
#include "odooenv.h"
#include "odoostore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace cw {

class OdooBusinessRules;

/// The simulated ORM over an OdooStore: Odoo's semantics for search (domain, active_test,
/// allowed_company_ids, offset/limit/order with the model's default order), read (id order kept,
/// many2one as [id, display_name], empty values false, x2many id lists, translated fields in the
/// context language), create (one dict or a list; defaults; x2many commands 0-6), write, unlink,
/// search_count, name_search, fields_get and default_get. Business rules and computed fields come
/// from OdooBusinessRules.
///
/// Errors carry the Odoo exception name as code (see OdooFault). Each method runs inside the
/// caller's transaction (OdooStore::begin()); on error the caller rolls back.
/// Thread affinity: the store's.
class OdooOrm
{
    Q_DECLARE_TR_FUNCTIONS(cw::OdooOrm)

public:
    explicit OdooOrm(OdooStore &store);
    ~OdooOrm();

    OdooStore &store() { return m_store; }
    const OdooStore &store() const { return m_store; }
    OdooBusinessRules &rules() { return *m_rules; }
    int majorVersion() const { return m_store.schema().majorVersion(); }

    /// Null with an Odoo-shaped error when @p model is unknown.
    Result<const OdooModelDef *> model(const QString &name) const;

    /// @p limit < 0 means no limit; an empty @p order uses the model's default order.
    Result<QList<qint64>> search(const QString &model, const QJsonValue &domain, qint64 offset, qint64 limit,
                                 const QString &order, const OdooEnv &env) const;
    Result<qint64> searchCount(const QString &model, const QJsonValue &domain, qint64 limit,
                               const OdooEnv &env) const;
    /// @p fields empty means every field. @p classicRead false returns many2one values as bare ids
    /// (load=None / '_classic_write').
    Result<QJsonArray> read(const QString &model, const QList<qint64> &ids, const QStringList &fields,
                            const OdooEnv &env, bool classicRead = true) const;
    Result<QList<qint64>> create(const QString &model, const QJsonArray &valsList, const OdooEnv &env);
    Result<void> write(const QString &model, const QList<qint64> &ids, const QJsonObject &vals,
                       const OdooEnv &env);
    Result<void> unlink(const QString &model, const QList<qint64> &ids, const OdooEnv &env);
    Result<QJsonArray> nameSearch(const QString &model, const QString &name, const QJsonValue &domain,
                                  const QString &op, qint64 limit, const OdooEnv &env) const;
    Result<QJsonObject> fieldsGet(const QString &model, const QStringList &allFields,
                                  const QStringList &attributes, const OdooEnv &env) const;
    Result<QJsonObject> defaultGet(const QString &model, const QStringList &fields, const OdooEnv &env) const;

    /// Display name of a record in @p lang (empty when it does not exist).
    QString displayName(const QString &model, qint64 id, const QString &lang) const;
    /// Value of a field as read() returns it.
    QJsonValue readValue(const OdooModelDef &model, const OdooFieldDef &field, qint64 id, const OdooEnv &env,
                         bool classicRead) const;
    /// MissingError unless every id of @p ids exists in @p model.
    Result<void> checkExist(const QString &model, const QList<qint64> &ids, const OdooEnv &env) const;
    /// Applies an x2many value (commands or a bare id list) to @p field of record @p id.
    Result<void> applyX2many(const OdooModelDef &model, const OdooFieldDef &field, qint64 id,
                             const QJsonValue &value, const OdooEnv &env);

private:
    struct OrderTerm
    {
        QString field;
        bool descending = false;
    };

    Result<QList<OrderTerm>> parseOrder(const OdooModelDef &model, const QString &order) const;
    Result<OdooStore::Values> convertValues(const OdooModelDef &model, const QJsonObject &vals, qint64 id,
                                            const OdooEnv &env,
                                            QList<QPair<const OdooFieldDef *, QJsonValue>> *x2many) const;
    Result<QJsonValue> convertValue(const OdooModelDef &model, const OdooFieldDef &field,
                                    const QJsonValue &value, qint64 id, const OdooEnv &env) const;
    Result<qint64> createOne(const OdooModelDef &model, const QJsonObject &vals, const OdooEnv &env);
    QList<qint64> sortIds(const OdooModelDef &model, QList<qint64> ids, const QList<OrderTerm> &order,
                          const OdooEnv &env) const;
    Result<void> unlinkChildren(const OdooFieldDef &field, const QList<qint64> &children, const OdooEnv &env);

    OdooStore &m_store;
    std::unique_ptr<OdooBusinessRules> m_rules;
};

} // namespace cw
