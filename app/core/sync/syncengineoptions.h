#pragma once

#include "connectors/odoo/odooconnectionsettings.h"
#include "pushoptions.h"

namespace cw {

/// What the sync engine connects to and how it pushes. A plain value, copied into the engine's
/// thread. The secret in odoo.secret comes from the keychain or the environment, never a file.
struct SyncEngineOptions
{
    OdooConnectionSettings odoo;
    /// The cache's system row for this Odoo; 0 finds the first system of kind odoo or adds one.
    qint64 odooSystemId = 0;
    PushOptions push;
};

} // namespace cw
