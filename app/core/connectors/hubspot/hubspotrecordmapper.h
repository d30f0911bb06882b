#pragma once

#include "domain/result.h"
#include "sync/cacherecord.h"

#include <QCoreApplication>
#include <QJsonObject>
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

    /// The raw text of each envelope of a list or search page, from the page's response @p body,
    /// in the order of its results: compact JSON without the inline associations (a search page
    /// has none, and the stored text must not depend on the kind of page). An envelope this cannot
    /// cut is an empty QByteArray; all are empty when @p body is not such a page.
    static QList<QByteArray> rawTexts(const QByteArray &body);

    /// Each keeps @p raw (from rawTexts()) as the record's raw text when given, else writes it from
    /// @p object.
    static Result<CacheRecord> company(const QJsonObject &object, const QByteArray &raw = {});
    /// @p companyId overrides the contact's company (from a v4 association read); empty keeps its own.
    static Result<CacheRecord> contact(const QJsonObject &object, const QString &companyId = {},
                                       const QByteArray &raw = {});
    static Result<CacheRecord> deal(const QJsonObject &object, const QSet<QString> &wonStages,
                                    const QString &companyId = {}, const QByteArray &raw = {});
    /// The first company of an envelope's inline associations, preferring the primary one.
    static QString associatedCompany(const QJsonObject &object);
    /// hs_lastmodifieddate / lastmodifieddate / updatedAt of the envelope, in ms; 0 when unknown.
    static qint64 modifiedMs(const QJsonObject &object);
    /// ISO 8601 UTC "YYYY-MM-DDTHH:MM:SSZ" of an epoch-ms or ISO value; empty when unreadable.
    static QString isoInstant(const QString &value);
};

} // namespace cw
