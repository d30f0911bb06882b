#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

/// One association of an object envelope (`associations.<toType>.results[]`). A plain value.
struct HubSpotAssociation
{
    /// The associated object type ("companies").
    QString toType;
    QString id;
    /// The association type ("contact_to_company", "..._unlabeled").
    QString type;
};

/// One object envelope of a list or search page, read once from the response. A plain value.
struct HubSpotObject
{
    QString id;
    bool archived = false;
    QString createdAt;
    QString updatedAt;
    /// Archived envelopes only.
    QString archivedAt;
    /// The properties sent, in order: each a name (UTF-8) and where its value is in propertyText.
    struct Property
    {
        QByteArray name;
        qsizetype offset = 0;
        qsizetype size = 0;
    };
    QList<Property> properties;
    /// The UTF-8 text of every property value, one after the other: null as empty, a number or
    /// boolean as its JSON text. Why one buffer: a QString per value, most never read, cost more
    /// than mapping the envelope.
    QByteArray propertyText;
    QList<HubSpotAssociation> associations;
    /// The envelope as compact JSON without its associations: the stored text must not depend on
    /// the kind of page (search pages have none). See HubSpotPageReader.
    QByteArray raw;

    /// The UTF-8 text of property @p name (ASCII, as HubSpot's internal names are), a view into
    /// propertyText; null when not sent, empty when null. Of a name sent twice the last counts, as
    /// in a QJsonObject.
    QByteArrayView propertyUtf8(QLatin1StringView name) const
    {
        const QByteArrayView wanted(name.data(), name.size());
        for (auto property = properties.crbegin(); property != properties.crend(); ++property) {
            if (QByteArrayView(property->name) == wanted)
                return QByteArrayView(propertyText.constData() + property->offset, property->size);
        }
        return {};
    }
    /// propertyUtf8() as a QString; empty when not sent or null.
    QString property(QLatin1StringView name) const { return QString::fromUtf8(propertyUtf8(name)); }
};

/// One page of a HubSpot list or search. A plain value.
struct HubSpotPage
{
    /// Object envelopes ({id, properties, createdAt, updatedAt, archived, associations?}).
    QList<HubSpotObject> results;
    /// Cursor of the next page (`paging.next.after`), empty on the last page.
    QString nextAfter;
    /// Search only: matches in total; -1 for lists.
    qint64 total = -1;
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
