#include "odoorpccodec.h"

#include "odooerrormapper.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cw {

QByteArray OdooRpcCodec::jsonRpcRequest(const QJsonObject &params, qint64 requestId)
{
    const QJsonObject envelope { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                                 { QStringLiteral("method"), QStringLiteral("call") },
                                 { QStringLiteral("params"), params },
                                 { QStringLiteral("id"), static_cast<double>(requestId) } };
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

namespace {

QJsonArray positional(const OdooInvocation &invocation)
{
    QJsonArray args;
    if (invocation.recordMethod)
        args.append(invocation.ids);
    for (const QJsonValue &arg : invocation.args)
        args.append(arg);
    return args;
}

QJsonObject keywords(const OdooInvocation &invocation, const QJsonObject &context)
{
    QJsonObject kwargs = invocation.kwargs;
    kwargs.insert(QStringLiteral("context"), context);
    return kwargs;
}

} // namespace

QJsonObject OdooRpcCodec::executeKw(const QString &database, qint64 uid, const QString &secret,
                                    const OdooInvocation &invocation, const QJsonObject &context)
{
    const QJsonArray args { database,
                            static_cast<double>(uid),
                            secret,
                            invocation.model,
                            invocation.method,
                            positional(invocation),
                            keywords(invocation, context) };
    return QJsonObject { { QStringLiteral("service"), QStringLiteral("object") },
                         { QStringLiteral("method"), QStringLiteral("execute_kw") },
                         { QStringLiteral("args"), args } };
}

QJsonObject OdooRpcCodec::callKw(const OdooInvocation &invocation, const QJsonObject &context)
{
    return QJsonObject { { QStringLiteral("model"), invocation.model },
                         { QStringLiteral("method"), invocation.method },
                         { QStringLiteral("args"), positional(invocation) },
                         { QStringLiteral("kwargs"), keywords(invocation, context) } };
}

QByteArray OdooRpcCodec::json2Request(const OdooInvocation &invocation, const QJsonObject &context)
{
    QJsonObject body = invocation.named;
    if (invocation.recordMethod)
        body.insert(QStringLiteral("ids"), invocation.ids);
    body.insert(QStringLiteral("context"), context);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<QJsonValue> OdooRpcCodec::decodeJsonRpc(const HttpResponse &response, const QString &endpoint,
                                               bool *sessionExpired)
{
    *sessionExpired = false;
    if (response.status != 200 || !response.json.isObject())
        return OdooErrorMapper::fromHttpResponse(response, endpoint);
    const QJsonObject envelope = response.json.toObject();
    const QJsonValue error = envelope.value(QStringLiteral("error"));
    if (error.isObject()) {
        *sessionExpired = OdooErrorMapper::isSessionExpired(error.toObject());
        return OdooErrorMapper::fromJsonRpcError(error.toObject());
    }
    // Why: Odoo 16-18 leave "result" out when the method returned None.
    const QJsonValue result = envelope.value(QStringLiteral("result"));
    return result.isUndefined() ? QJsonValue(QJsonValue::Null) : result;
}

Result<QJsonValue> OdooRpcCodec::decodeJson2(const HttpResponse &response)
{
    if (!response.isSuccess())
        return OdooErrorMapper::fromJson2Response(response);
    return response.json.isUndefined() ? QJsonValue(QJsonValue::Null) : response.json;
}

} // namespace cw
