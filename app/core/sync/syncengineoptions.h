#pragma once

#include "connectors/odoo/odooconnectionsettings.h"
#include "domain/systemconfig.h"
#include "pushoptions.h"

#include <optional>

namespace cw {

/// What the sync engine connects to and how it pushes. A plain value, copied into the engine's
/// thread. The secrets (odoo.secret, crmToken, staffingClientSecret, staffingPassword) come from
/// the keychain or the environment, never a file.
struct SyncEngineOptions
{
    OdooConnectionSettings odoo;
    /// The cache's system row for this Odoo; 0 finds the first system of kind odoo or adds one.
    qint64 odooSystemId = 0;
    PushOptions push;

    /// The CRM (HubSpot) the pull flow reads, if any; an id of 0 finds the first system of kind
    /// crm in the cache or adds this one.
    std::optional<SystemConfig> crm;
    QString crmToken;
    /// The staffing platform (Bullhorn) the pull flow reads, if any; id as for crm.
    std::optional<SystemConfig> staffing;
    QString staffingClientSecret;
    QString staffingPassword;
    /// Whether the staffing platform's approved time comes from pay-and-bill rather than Time &
    /// Expense (see BullhornPullSource::timeEntities()).
    bool staffingPayAndBill = false;
};

} // namespace cw
