#pragma once

#include "domain/error.h"

#include <QString>

namespace cw {

/// The outcome of OdooConnectionTester, for the Settings > Connections dialog. A plain value.
struct OdooConnectionReport
{
    enum class Failure {
        None,
        WrongUrl, ///< nothing answered: unknown host, refused connection, no Odoo endpoint there
        NotOdoo, ///< something answered, but not Odoo's API
        Tls, ///< the certificate is not trusted or does not match
        WrongDatabase,
        BadCredentials, ///< login, password or API key refused
        Timeout,
        Other,
    };

    Failure failure = Failure::None;
    /// One sentence for the user: what was found, or exactly why it failed.
    QString message;
    /// Technical detail (status, exception, excerpt), never secrets.
    QString detail;
    QString serverVersion;
    QString database;
    QString user;
    QString login;
    QString company;
    /// The API calls will use ("JSON-2", "JSON-RPC", "web session").
    QString api;
    /// The underlying error when it failed.
    Error error;

    bool ok() const { return failure == Failure::None; }
};

} // namespace cw
