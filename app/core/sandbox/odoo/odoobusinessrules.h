#pragma once

#include "domain/result.h"
#include "odooenv.h"
#include "odoostore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace cw {

class OdooOrm;

/// The model-specific behaviour of the simulated Odoo that an integration trips over: defaults
/// (company, currency, journal, dates), computed fields (display names, partner hierarchy, invoice
/// totals and residual, payment_state following payments, timesheet cost and user, lead won
/// status, sequences such as INV/2024/00001 on posting), constraints (posted invoices cannot be
/// deleted nor have their lines edited, invoiced timesheets are immutable, a timesheet needs an
/// active employee and a project that allows timesheets, external ids are unique) and the
/// workflow methods (action_post, button_draft, button_cancel, action_confirm, action_set_won,
/// action_set_lost, action_archive, context_get, check_object_reference, ...).
///
/// Called by OdooOrm at fixed points of create/write/unlink; messages are Odoo's wording.
/// Thread affinity: the ORM's.
class OdooBusinessRules
{
    Q_DECLARE_TR_FUNCTIONS(cw::OdooBusinessRules)

public:
    explicit OdooBusinessRules(OdooOrm &orm);

    /// Fills context-dependent defaults missing from @p values (company, currency, dates, user).
    void applyDefaults(const QString &model, OdooStore::Values &values, const OdooEnv &env) const;
    Result<void> beforeCreate(const QString &model, OdooStore::Values &values, const OdooEnv &env);
    Result<void> afterCreate(const QString &model, qint64 id, const OdooEnv &env);
    /// @p vals are the values as sent, @p changes the converted ones about to be stored.
    Result<void> beforeWrite(const QString &model, const QList<qint64> &ids, const QJsonObject &vals,
                             const OdooStore::Values &changes, const OdooEnv &env);
    Result<void> beforeUnlink(const QString &model, const QList<qint64> &ids, const OdooEnv &env);
    void afterUnlink(const QString &model, qint64 id, const OdooEnv &env);
    /// Recomputes the stored computed fields of @p ids and of the records that depend on them.
    void recompute(const QString &model, const QList<qint64> &ids, const OdooEnv &env);
    /// True when deleting the parent deletes the records whose @p inverse points to it.
    bool cascades(const QString &model, const QString &inverse) const;
    /// Fields name_search matches against.
    QStringList nameSearchFields(const QString &model) const;
    QString displayName(const QString &model, qint64 id, const QString &lang) const;

    /// Runs a model method other than the generic ORM ones; empty when @p method is unknown for
    /// @p model. A null result means the Python method returned None.
    std::optional<Result<QJsonValue>> callMethod(const QString &model, const QString &method,
                                                 const QList<qint64> &ids, const QJsonArray &args,
                                                 const QJsonObject &kwargs, const OdooEnv &env);

private:
    OdooStore &store() const;
    QJsonValue get(const QString &model, qint64 id, const QString &field) const;
    void set(const QString &model, qint64 id, const QString &field, const QJsonValue &value);
    qint64 companyCurrency(qint64 company) const;
    QString nextSequence(const QString &model, const QString &prefix) const;

    Result<void> checkTimesheet(const OdooStore::Values &values, const OdooEnv &env) const;
    void recomputePartner(qint64 id, int depth);
    void recomputeMoveLine(qint64 id);
    void recomputeMove(qint64 id);
    void recomputePayment(qint64 id);
    void recomputeTimesheet(qint64 id);
    QList<qint64> paymentInvoices(qint64 payment) const;

    Result<QJsonValue> postMoves(const QList<qint64> &ids, const OdooEnv &env);
    Result<QJsonValue> postPayments(const QList<qint64> &ids, const OdooEnv &env);
    Result<QJsonValue> setState(const QString &model, const QList<qint64> &ids, const QStringList &from,
                                const QString &to, const QString &refusal, const QJsonValue &returned);
    Result<QJsonValue> checkObjectReference(const QString &module, const QString &name) const;

    OdooOrm &m_orm;
    QSet<qint64> m_movesToRecompute;
};

} // namespace cw
