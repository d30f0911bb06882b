#pragma once

#include "connectors/httpresponse.h"
#include "domain/result.h"
#include "odooinvocation.h"

#include <QByteArray>
#include <QJsonObject>

namespace cw {

/// Encodes requests and decodes answers of Odoo's three call styles, without any I/O:
/// the JSON-RPC 2.0 envelope (`/jsonrpc`, `/web/...`), execute_kw and call_kw parameters, and
/// JSON-2 bodies. Decoding accepts what real servers send: a missing `result` means None (null),
/// `error` objects map through OdooErrorMapper, HTTP errors through NetworkJob::errorForStatus().
/// Stateless; thread-safe.
class OdooRpcCodec
{
public:
    /// `{"jsonrpc": "2.0", "method": "call", "params": ..., "id": requestId}`.
    static QByteArray jsonRpcRequest(const QJsonObject &params, qint64 requestId);
    /// Params of `/jsonrpc` service "object" method "execute_kw".
    static QJsonObject executeKw(const QString &database, qint64 uid, const QString &secret,
                                 const OdooInvocation &invocation, const QJsonObject &context);
    /// Params of `/web/dataset/call_kw`.
    static QJsonObject callKw(const OdooInvocation &invocation, const QJsonObject &context);
    /// Body of `/json/2/<model>/<method>`: the named parameters plus `ids` and `context`.
    static QByteArray json2Request(const OdooInvocation &invocation, const QJsonObject &context);

    /// Result of a JSON-RPC exchange. @p sessionExpired is set when the error says the web session
    /// expired (code 100). @p endpoint names the path for error messages.
    static Result<QJsonValue> decodeJsonRpc(const HttpResponse &response, const QString &endpoint,
                                            bool *sessionExpired);
    /// Result of a JSON-2 exchange.
    static Result<QJsonValue> decodeJson2(const HttpResponse &response);
};

} // namespace cw
