#pragma once

#include "domain/error.h"

#include <QString>

namespace cw {

/// Odoo exceptions raised inside the simulator, as cw::Error values: code() holds the fully
/// qualified exception name Odoo serialises ("odoo.exceptions.UserError") and userMessage() the
/// exception's message, so the HTTP layer can write `error.data.name` and `error.data.message`
/// exactly as Odoo does.
class OdooFault
{
public:
    static Error userError(const QString &message);
    static Error validationError(const QString &message);
    static Error accessError(const QString &message);
    static Error accessDenied(const QString &message = QStringLiteral("Access Denied"));
    static Error missingError(const QString &message);
    static Error valueError(const QString &message);
    static Error typeError(const QString &message);
    static Error attributeError(const QString &message);
    static Error keyError(const QString &message);
    static Error serializationFailure();
    static Error sessionExpired();
    /// "Record does not exist or has been deleted." with Odoo's record/user suffix.
    static Error recordMissing(const QString &model, const QList<qint64> &ids, qint64 uid);
    /// A unique-constraint violation: ValidationError from Odoo 17 on, the raw psycopg2 error before.
    static Error uniqueViolation(int majorVersion, const QString &constraint, const QString &detail);

    /// The exception name of @p error (its code()).
    static QString name(const Error &error) { return error.code(); }
    /// Odoo's JSON-2 HTTP status for the exception: 422 user/validation errors, 403 access,
    /// 404 missing, 409 lock errors, 500 the rest.
    static int json2Status(const Error &error);
};

} // namespace cw
