#pragma once

#include <QJsonObject>

namespace cw {

/// Per-call options of OdooClient. A plain value.
struct OdooCallOptions
{
    /// Send `active_test: false` so archived records are searched and read too.
    bool includeArchived = false;
    /// Extra context keys (e.g. `tracking_disable`), merged over the client's context.
    QJsonObject context;
    /// Deadline of this call in milliseconds; 0 uses OdooConnectionSettings::timeoutMs.
    int timeoutMs = 0;
};

} // namespace cw
