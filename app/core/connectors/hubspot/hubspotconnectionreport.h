#pragma once

#include "domain/error.h"

#include <QString>
#include <QStringList>

namespace cw {

/// The outcome of HubSpotConnectionTester, for Settings > Connections. A plain value.
struct HubSpotConnectionReport
{
    /// One sentence for the user: what was reached, or exactly why it failed.
    QString message;
    /// Technical detail (status, HubSpot's category and correlation id), never the token.
    QString detail;
    /// The account ("portal") reached, 0 when none.
    qint64 portalId = 0;
    QString accountType;
    /// The token's scopes; scopesKnown is false when the token cannot be introspected.
    QStringList scopes;
    bool scopesKnown = false;
    /// Scopes Crosswalk needs that the token lacks (only when scopesKnown).
    QStringList missingScopes;
    /// The error that stopped the test; meaningful only when !ok().
    Error error;
    bool succeeded = false;

    bool ok() const { return succeeded; }
};

} // namespace cw
