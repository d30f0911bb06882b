#pragma once

#include "domain/result.h"
#include "hubspottypes.h"
#include "sync/cacherecord.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace cw {

/// Turns HubSpot object envelopes into cache records: companies into `customer`, contacts into
/// `contact`, deals into `deal` (raw envelope kept as JSON). Pure functions; thread-safe.
///
/// Rules: company status is "archived" when archived, "not_customer" for lifecycle stages before
/// customer, else "active"; contact and deal companies come from associatedcompanyid or the
/// companies association (the primary one first); a deal is won when hs_is_closed_won is "true",
/// or, when HubSpot does not send it, when its stage is one of @p wonStages; amounts are decimal
/// strings turned into minor units. Timestamps become ISO 8601 UTC with 'Z'.
class HubSpotRecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(cw::HubSpotRecordMapper)

public:
    static QStringList companyProperties();
    static QStringList contactProperties();
    static QStringList dealProperties();

    /// Each keeps the envelope's raw text (HubSpotObject::raw) as the record's.
    static Result<CacheRecord> company(const HubSpotObject &object);
    /// @p companyId overrides the contact's company (from a v4 association read); empty keeps its own.
    static Result<CacheRecord> contact(const HubSpotObject &object, const QString &companyId = {});
    static Result<CacheRecord> deal(const HubSpotObject &object, const QSet<QString> &wonStages,
                                    const QString &companyId = {});
    /// The first company of an envelope's inline associations, preferring the primary one.
    static QString associatedCompany(const HubSpotObject &object);
    /// hs_lastmodifieddate / lastmodifieddate / updatedAt of the envelope, in ms; 0 when unknown.
    static qint64 modifiedMs(const HubSpotObject &object);
    /// An epoch-ms or ISO 8601 @p value in ms; 0 when unreadable.
    static qint64 timeMs(const QString &value);
    /// ISO 8601 UTC "YYYY-MM-DDTHH:MM:SSZ" of an epoch-ms or ISO value; empty when unreadable.
    static QString isoInstant(const QString &value);
};

} // namespace cw
