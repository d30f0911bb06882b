#pragma once

#include "connectors/httpresponse.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cw {

/// Turns what Odoo answers on failure into cw::Error, the same way for JSON-RPC, web-session and
/// JSON-2 calls:
///
/// | Odoo says | category | retryable | user message |
/// |---|---|---|---|
/// | AccessDenied | auth | no | login refused |
/// | AccessError | auth | no | access refused, Odoo's reason |
/// | UserError, ValidationError, RedirectWarning | validation | no | **Odoo's message verbatim** |
/// | MissingError | not_found | no | record gone |
/// | SessionExpiredException (code 100), JSON-2 401 | auth | no* | session expired |
/// | SerializationFailure, LockNotAvailable, DeadlockDetected, ConcurrencyError, LockError | conflict | yes |
/// try again | | UniqueViolation (16) | duplicate | no | Odoo's message | | OperationalError "database ...
/// does not exist" | config | no | wrong database | | NotFound (code 404, unknown route) | config | no |
/// endpoint missing | | anything else (TypeError, ValueError, ...) | internal | no | Odoo's message |
///
/// (*) the client re-authenticates and replays once before reporting it. Matching uses the
/// exception's class name suffix so module moves between versions do not matter. code() is
/// "odoo.<ClassName>"; detail() holds the full exception name, the message and the JSON-RPC code,
/// never the server traceback. HTTP-level failures (429, 5xx, HTML pages) go through
/// NetworkJob::errorForStatus().
/// Stateless; thread-safe.
class OdooErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(cw::OdooErrorMapper)

public:
    /// From an exception name ("odoo.exceptions.UserError") and its message.
    static Error fromException(const QString &name, const QString &message, const QString &extraDetail = {});
    /// From a JSON-RPC `error` object (`{code, message, data: {name, message, ...}}`).
    static Error fromJsonRpcError(const QJsonObject &error);
    /// True when a JSON-RPC `error` object means the web session expired.
    static bool isSessionExpired(const QJsonObject &error);
    /// From a non-2xx JSON-2 response (JSON object body with name/message, a JSON string, or text).
    static Error fromJson2Response(const HttpResponse &response);
    /// From a JSON-RPC endpoint answering with an HTTP error instead of an envelope.
    static Error fromHttpResponse(const HttpResponse &response, const QString &endpoint);
};

} // namespace cw
