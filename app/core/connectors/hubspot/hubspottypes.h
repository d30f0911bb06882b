#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

/// One page of a HubSpot list or search. A plain value.
struct HubSpotPage
{
    /// Object envelopes ({id, properties, createdAt, updatedAt, archived, associations?}).
    QList<QJsonObject> results;
    /// Cursor of the next page (`paging.next.after`), empty on the last page.
    QString nextAfter;
    /// Search only: matches in total; -1 for lists.
    qint64 total = -1;
    /// The response body the page was read from (shared, not copied): the records' raw text is
    /// cut from it (see CompactJson) rather than written again from each QJsonObject.
    QByteArray body;
};

/// One stage of a deal pipeline. A plain value.
struct HubSpotPipelineStage
{
    QString pipelineId;
    QString pipelineLabel;
    QString stageId;
    QString label;
    double probability = 0;
    bool closed = false;

    /// Won: closed with probability 1.0 (HubSpot's own rule when hs_is_closed_won is missing).
    bool isClosedWon() const { return closed && probability >= 1.0; }
};

/// A custom property the connector creates once (write-back fields such as odoo_partner_id).
struct HubSpotPropertyDefinition
{
    QString name;
    QString label;
    QString type = QStringLiteral("string");
    QString fieldType = QStringLiteral("text");
    QString groupName;
    bool unique = false;
};

/// One input of a batch update or upsert: the record's id (or its idProperty value) and the
/// properties to set.
struct HubSpotWrite
{
    QString id;
    QJsonObject properties;
};

/// What a batch write did: the records written and, per failed input, HubSpot's error object.
struct HubSpotBatchResult
{
    QList<QJsonObject> results;
    QList<QJsonObject> errors;
    /// Upsert: how many results were created ("new": true).
    int created = 0;
};

/// The HubSpot account ("portal") a token reaches and what the token may do. A plain value.
struct HubSpotAccount
{
    qint64 portalId = 0;
    /// "STANDARD", "DEVELOPER_TEST", "SANDBOX", ...
    QString accountType;
    QString timeZone;
    QString companyCurrency;
    /// Where the account's data lives ("na1", "eu1").
    QString dataHostingLocation;
    /// The token's scopes; empty with scopesKnown false when the token is not a private-app token
    /// (service keys cannot be introspected that way).
    QStringList scopes;
    bool scopesKnown = false;
};

} // namespace cw
