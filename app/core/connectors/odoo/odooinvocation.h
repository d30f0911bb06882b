#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace cw {

/// One model method call in both of Odoo's spellings: positional `args` + `kwargs` for
/// execute_kw/call_kw, and named parameters for JSON-2 (`ids` separate). Built by OdooClient,
/// encoded by OdooRpcCodec. A plain value.
struct OdooInvocation
{
    QString model;
    QString method;
    /// Record method: @ref ids is the recordset (first positional argument over execute_kw).
    bool recordMethod = false;
    QJsonArray ids;
    /// Positional arguments after the ids (execute_kw / call_kw).
    QJsonArray args;
    /// Keyword arguments without the context (execute_kw / call_kw).
    QJsonObject kwargs;
    /// Named parameters without ids and context (JSON-2).
    QJsonObject named;
    /// JSON-2 returns a list where execute_kw returns one value (create with one dict).
    bool unwrapSingle = false;
    /// The method only reads, so sending it twice is harmless (NetworkRequest::idempotent).
    bool readOnly = false;

    /// "res.partner.search_read", for logs.
    QString label() const { return model + QLatin1Char('.') + method; }
};

} // namespace cw
