#include "odoofault.h"

#include <QStringList>

namespace cw {

namespace {

Error make(Error::Category category, const char *name, const QString &message)
{
    return Error(category, message).setCode(QString::fromLatin1(name));
}

} // namespace

Error OdooFault::userError(const QString &message)
{
    return make(Error::Category::Validation, "odoo.exceptions.UserError", message);
}

Error OdooFault::validationError(const QString &message)
{
    return make(Error::Category::Validation, "odoo.exceptions.ValidationError", message);
}

Error OdooFault::accessError(const QString &message)
{
    return make(Error::Category::Auth, "odoo.exceptions.AccessError", message);
}

Error OdooFault::accessDenied(const QString &message)
{
    return make(Error::Category::Auth, "odoo.exceptions.AccessDenied", message);
}

Error OdooFault::missingError(const QString &message)
{
    return make(Error::Category::NotFound, "odoo.exceptions.MissingError", message);
}

Error OdooFault::valueError(const QString &message)
{
    return make(Error::Category::Internal, "builtins.ValueError", message);
}

Error OdooFault::typeError(const QString &message)
{
    return make(Error::Category::Internal, "builtins.TypeError", message);
}

Error OdooFault::attributeError(const QString &message)
{
    return make(Error::Category::Internal, "builtins.AttributeError", message);
}

Error OdooFault::keyError(const QString &message)
{
    return make(Error::Category::Internal, "builtins.KeyError", message);
}

Error OdooFault::serializationFailure()
{
    return make(Error::Category::Conflict, "psycopg2.errors.SerializationFailure",
                QStringLiteral("could not serialize access due to concurrent update"));
}

Error OdooFault::sessionExpired()
{
    return make(Error::Category::Auth, "odoo.http.SessionExpiredException",
                QStringLiteral("Session expired"));
}

Error OdooFault::recordMissing(const QString &model, const QList<qint64> &ids, qint64 uid)
{
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id));
    return missingError(
        QStringLiteral("Record does not exist or has been deleted.\n(Record: %1(%2,), User: %3)")
            .arg(model, list.join(QStringLiteral(", ")))
            .arg(uid));
}

Error OdooFault::uniqueViolation(int majorVersion, const QString &constraint, const QString &detail)
{
    const QString raw = QStringLiteral("duplicate key value violates unique constraint \"%1\"\nDETAIL:  %2\n")
                            .arg(constraint, detail);
    if (majorVersion >= 17)
        return validationError(QStringLiteral("The operation cannot be completed: %1").arg(raw.trimmed()));
    return make(Error::Category::Duplicate, "psycopg2.errors.UniqueViolation", raw);
}

int OdooFault::json2Status(const Error &error)
{
    const QString name = error.code();
    if (name.endsWith(QLatin1String("UserError")) || name.endsWith(QLatin1String("ValidationError"))
        || name.endsWith(QLatin1String("TypeError")))
        return 422;
    if (name.endsWith(QLatin1String("AccessError")) || name.endsWith(QLatin1String("AccessDenied"))
        || name.endsWith(QLatin1String("SessionExpiredException")))
        return 403;
    if (name.endsWith(QLatin1String("MissingError")) || name.endsWith(QLatin1String("AttributeError")))
        return 404;
    if (name.endsWith(QLatin1String("LockError")))
        return 409;
    return 500;
}

} // namespace cw
