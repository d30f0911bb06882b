#pragma once

#include "connectors/odoo/odooconnectionsettings.h"
#include "domain/systemconfig.h"
#include "pushoptions.h"

#include <optional>

namespace cw {

class CredentialStore;

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
    /// The staffing platform (Bullhorn) the pull flow reads, if any; id as for crm. Its option
    /// PullFlow::kTimeSourceOption says where approved time comes from.
    std::optional<SystemConfig> staffing;
    QString staffingClientSecret;
    QString staffingPassword;
    /// When neither crm nor staffing is set: the pull flow reads every enabled CRM and staffing
    /// system of the cache, its clients reading (and Bullhorn's refresh tokens writing) their
    /// secrets here. Borrowed; must outlive the run. Null: nothing to pull.
    CredentialStore *credentials = nullptr;
};

} // namespace cw
