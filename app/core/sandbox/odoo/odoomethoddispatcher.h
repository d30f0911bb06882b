#pragma once

#include "domain/result.h"
#include "odooenv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cw {

class OdooOrm;

/// Binds an RPC call to the simulated ORM the way Odoo's `call_kw` and the JSON-2 controller do:
/// positional `args` (record methods take the ids first) plus `kwargs` for `execute_kw` and
/// `/web/dataset/call_kw`, or named parameters with `ids` for `/json/2/<model>/<method>`.
///
/// Knows search, search_count, search_read, read, create (a dict gives an id, a list gives ids;
/// values only in kwargs crash with IndexError up to 18, as Odoo does), write, unlink, copy,
/// exists, fields_get, name_search (second parameter `args` up to 17, `domain` from 18), name_get
/// (up to 16), default_get, read_group and load, then the workflow methods of OdooBusinessRules.
/// Private methods give AccessError, unknown methods AttributeError, wrong arguments TypeError.
/// Thread affinity: the ORM's.
class OdooMethodDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(cw::OdooMethodDispatcher)

public:
    explicit OdooMethodDispatcher(OdooOrm &orm);

    /// `execute_kw(model, method, args, kwargs)`; the context is already in @p env. Sets
    /// @p rollback when the call succeeded but its transaction must not be kept (load() errors).
    Result<QJsonValue> executeKw(const QString &model, const QString &method, const QJsonArray &args,
                                 const QJsonObject &kwargs, const OdooEnv &env, bool *rollback);
    /// JSON-2 call with named parameters (`ids` and `context` already removed into @p ids / @p env).
    Result<QJsonValue> executeNamed(const QString &model, const QString &method, const QJsonArray &ids,
                                    const QJsonObject &params, const OdooEnv &env, bool *rollback);

private:
    struct Signature
    {
        QString name;
        bool recordMethod = false;
        QStringList parameters;
    };

    const Signature *signature(const QString &method) const;
    Result<QJsonObject> bind(const Signature &signature, const QJsonArray &args,
                             const QJsonObject &kwargs) const;
    Result<QJsonValue> invoke(const QString &model, const Signature &signature, const QList<qint64> &ids,
                              const QJsonObject &params, const OdooEnv &env, bool json2, bool *rollback);
    Result<QJsonValue> checkCallable(const QString &model, const QString &method) const;

    OdooOrm &m_orm;
    QList<Signature> m_signatures;
};

} // namespace cw
