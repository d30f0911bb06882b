#include "odooerrormapper.h"

#include "connectors/networkjob.h"

namespace cw {

namespace {

bool endsWithAny(const QString &name, std::initializer_list<const char *> suffixes)
{
    for (const char *suffix : suffixes) {
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

} // namespace

Error OdooErrorMapper::fromException(const QString &name, const QString &message, const QString &extraDetail)
{
    const QString shortName = name.section(QLatin1Char('.'), -1);
    const QString code = QStringLiteral("odoo.") + shortName;
    QString detail = tr("%1: %2").arg(name, message);
    if (!extraDetail.isEmpty())
        detail = tr("%1 (%2)").arg(detail, extraDetail);
    const auto make = [&](Error::Category category, const QString &userMessage) {
        return Error(category, userMessage, detail).setCode(code);
    };
    if (endsWithAny(name, { "AccessDenied" }))
        return make(Error::Category::Auth,
                    tr("Odoo refused the login. Check the user, and the password or API key."));
    if (endsWithAny(name, { "AccessError" }))
        return make(Error::Category::Auth, tr("Odoo refused access: %1").arg(message));
    if (endsWithAny(name, { "UserError", "ValidationError", "RedirectWarning" }))
        return make(Error::Category::Validation, message);
    if (endsWithAny(name, { "MissingError" }))
        return make(Error::Category::NotFound,
                    tr("The record does not exist in Odoo any more; it may have been deleted."));
    if (endsWithAny(name, { "SessionExpiredException" }))
        return make(Error::Category::Auth, tr("The Odoo session expired and logging in again did not help."));
    if (endsWithAny(name,
                    { "SerializationFailure", "LockNotAvailable", "DeadlockDetected", "ConcurrencyError",
                      "LockError" })) {
        return make(Error::Category::Conflict,
                    tr("Odoo was busy with a conflicting change; the operation can be tried again."))
            .setRetryable(true);
    }
    if (endsWithAny(name, { "UniqueViolation", "IntegrityError" }))
        return make(Error::Category::Duplicate, message);
    if (endsWithAny(name, { "OperationalError" }) && message.contains(QLatin1String("does not exist")))
        return make(Error::Category::Config,
                    tr("The database does not exist on this Odoo server. Check the database name."));
    if (endsWithAny(name, { "OperationalError" }))
        return make(Error::Category::Network, tr("Odoo cannot reach its database right now."))
            .setRetryable(true);
    if (endsWithAny(name, { "NotFound" }))
        return make(Error::Category::Config, tr("This Odoo server does not offer the requested endpoint."));
    return make(Error::Category::Internal, tr("Odoo rejected the request: %1").arg(message));
}

bool OdooErrorMapper::isSessionExpired(const QJsonObject &error)
{
    return error.value(QStringLiteral("code")).toInt() == 100
        || error.value(QStringLiteral("data"))
               .toObject()
               .value(QStringLiteral("name"))
               .toString()
               .endsWith(QLatin1String("SessionExpiredException"));
}

Error OdooErrorMapper::fromJsonRpcError(const QJsonObject &error)
{
    const QJsonObject data = error.value(QStringLiteral("data")).toObject();
    const int code = error.value(QStringLiteral("code")).toInt();
    QString name = data.value(QStringLiteral("name")).toString();
    QString message = data.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = error.value(QStringLiteral("message")).toString();
    if (name.isEmpty())
        name = code == 404 ? QStringLiteral("werkzeug.exceptions.NotFound")
                           : QStringLiteral("builtins.Exception");
    return fromException(name, message, tr("JSON-RPC error code %1").arg(code));
}

Error OdooErrorMapper::fromJson2Response(const HttpResponse &response)
{
    const QJsonValue body = response.json;
    if (body.isObject() && body.toObject().contains(QStringLiteral("name"))) {
        const QJsonObject object = body.toObject();
        Error error = fromException(object.value(QStringLiteral("name")).toString(),
                                    object.value(QStringLiteral("message")).toString(),
                                    tr("HTTP %1").arg(response.status));
        if (response.status == 401) {
            error =
                Error(Error::Category::Auth,
                      tr("Odoo refused the API key. Check that it is valid and not expired."), error.detail())
                    .setCode(QStringLiteral("odoo.Unauthorized"));
        }
        return error;
    }
    if (response.status == 401) {
        return Error(Error::Category::Auth,
                     tr("Odoo refused the API key. Check that it is valid and not expired."),
                     tr("HTTP 401: %1").arg(HttpResponse::excerpt(response.body)))
            .setCode(QStringLiteral("odoo.Unauthorized"));
    }
    return NetworkJob::errorForStatus(response, QStringLiteral("Odoo"));
}

Error OdooErrorMapper::fromHttpResponse(const HttpResponse &response, const QString &endpoint)
{
    if (response.status == 404) {
        return Error(Error::Category::Config,
                     tr("This server has no Odoo endpoint %1. Check the address.").arg(endpoint),
                     tr("HTTP 404, body starts with: %1").arg(HttpResponse::excerpt(response.body)))
            .setCode(QStringLiteral("odoo.endpoint_not_found"));
    }
    if (response.status == 400) {
        return Error(Error::Category::Internal, tr("Odoo could not read the request."),
                     tr("HTTP 400: %1").arg(HttpResponse::excerpt(response.body)))
            .setCode(QStringLiteral("odoo.bad_request"));
    }
    return NetworkJob::errorForStatus(response, QStringLiteral("Odoo"));
}

} // namespace cw
