#pragma once

#include "domain/result.h"
#include "failedpush.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace cw {

class Database;

/// What a person does about failed pushes: retry, resolve with a reason, or fix the cause and
/// retry. Every action writes audit_log rows (actor, time, state before and after) in the same
/// transaction as the change, so both land or neither does.
///
/// Retry puts the failed push's outbox row back to 'pending' with no next attempt time; the
/// pusher picks it up and resolves the failed push itself when the write succeeds (the failed
/// push stays open until then). Only outbox rows in 'failed' or 'dead' are put back: a row that
/// is pending, in flight or done is left as it is.
///
/// Resolve marks the failed push resolved with the reason and the actor; its outbox row becomes
/// (or stays) 'dead', so the write is never sent.
///
/// The fixes change what the write is made of, then retry:
/// - linkCustomer(): links the placement's customer record to a canonical customer that has an
///   Odoo record (a manual `link` row) and sets the outbox payload's `partner_id` to that record;
/// - correctBillRate(): sets the placement's bill rate, the rate of its approved, not yet invoiced
///   lines of the failed period, and the `price_unit` of the payload's invoice lines;
/// - chooseProductTax(): stores the Odoo product (internal reference) and sales tax (name) that
///   invoice lines carry in the options of the failed push's Odoo system (`system.options`, keys
///   kProductOption and kTaxOption), where the sync's PushOptions are read from; it applies to
///   every later invoice of that system.
///
/// The source records are found through the failed push's `source` JSON: `placement_id` (cache
/// id) or `placement` (the placement's external id), and `customer_id` (cache id) when present.
/// Thread affinity: any thread, one call at a time per object; each call uses the calling
/// thread's cache connection. The Database must outlive the object.
class FailedPushActions
{
    Q_DECLARE_TR_FUNCTIONS(cw::FailedPushActions)

public:
    /// Keys in `system.options` of an Odoo system: PushOptions::productCode and ::taxName.
    static inline const QString kProductOption = QStringLiteral("invoice_product_code");
    static inline const QString kTaxOption = QStringLiteral("invoice_tax_name");

    FailedPushActions(const Database &database, QString actor,
                      std::shared_ptr<Clock> clock = Clock::system());

    /// Retries the open failed pushes among @p ids; returns how many outbox rows went back to
    /// pending. Resolved ones and ones whose write is not failed or dead are skipped.
    Result<int> retry(const QList<qint64> &ids) const;
    /// Retries every open failed push matching @p filter (its state is taken as Open).
    Result<int> retryMatching(FailedPushFilter filter) const;
    /// Retries every open failed push of @p category (an Error::categoryName()).
    Result<int> retryCategory(const QString &category) const;

    /// Resolves the open failed push @p id; @p reason must not be blank.
    Result<void> resolve(qint64 id, const QString &reason) const;

    /// Links the customer of failed push @p id to canonical customer @p canonicalId, then retries.
    Result<void> linkCustomer(qint64 id, qint64 canonicalId) const;
    /// Sets the bill rate (minor units per hour, positive) of the placement of @p id, then retries.
    Result<void> correctBillRate(qint64 id, qint64 billRateMinor) const;
    /// Records the product and/or tax the invoices of @p id's Odoo system carry, then retries
    /// @p id; at least one of them must be given.
    Result<void> chooseProductTax(qint64 id, const QString &productRef, const QString &taxRef) const;

    QString actor() const { return m_actor; }

private:
    Result<int> retryIn(QSqlDatabase &db, const QList<qint64> &ids) const;
    Result<FailedPush> openPush(QSqlDatabase &db, qint64 id) const;
    Result<qint64> placementOf(QSqlDatabase &db, const FailedPush &push) const;
    Result<qint64> customerOf(QSqlDatabase &db, const FailedPush &push) const;
    Result<void> linkRecord(QSqlDatabase &db, qint64 customerId, qint64 canonicalId) const;
    Result<QJsonObject> payload(QSqlDatabase &db, qint64 outboxId) const;
    /// Applies @p change to the top-level @p key of the outbox payload of @p push, audited.
    Result<void> changePayload(QSqlDatabase &db, const FailedPush &push, const QString &key,
                               const std::function<QJsonValue(const QJsonValue &)> &change) const;
    Result<void> audit(QSqlDatabase &db, const QString &action, const QString &subjectType,
                       const QString &subjectId, const QJsonObject &before, const QJsonObject &after) const;
    QString now() const;

    const Database &m_database;
    QString m_actor;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
