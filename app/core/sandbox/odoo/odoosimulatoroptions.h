#pragma once

#include "sandbox/faultspec.h"

#include <QString>

namespace cw {

/// How an OdooSimulator behaves. A plain value.
struct OdooSimulatorOptions
{
    /// The Odoo major version played: 16, 17, 18 or 19 (JSON-2 only on 19).
    int majorVersion = 17;
    /// Report an Enterprise build ("17.0+e").
    bool enterprise = false;
    QString database = QStringLiteral("crosswalk");
    QString login = QStringLiteral("admin");
    /// The admin password; derived from the seed when empty.
    QString password;
    /// The admin API key (40 hex digits); derived from the seed when empty.
    QString apiKey;
    /// Seeds the fault generator and the derived secrets.
    quint64 seed = 1;
    FaultSpec faults;
    /// JSON-RPC `error.code` of ordinary errors (200; some 19 builds send 0).
    int errorCode = 200;
};

} // namespace cw
