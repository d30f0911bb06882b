#pragma once

#include "hubspotanswer.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace cw {

class DemoDataset;

/// The records of the HubSpot simulator and HubSpot's semantics over them: companies, contacts
/// and deals as CRM v3 object envelopes (every property value a string), list with opaque `after`
/// cursors, search with filter groups and numeric-offset paging (10,000-result cap), batch
/// read/create/update/upsert/archive (100 inputs, 207 with errors), properties (custom ones
/// created once, unique values enforced), deal pipelines, and v4 associations with HubSpot's type
/// ids (contact→company 279/1, deal→company 341/5 and their inverses).
///
/// Loaded from a DemoDataset (the CRM's records). Every write stamps the modified-date property
/// with the injected clock. Not thread-safe: the simulator uses it from its server's thread.
class HubSpotObjectStore
{
    Q_DECLARE_TR_FUNCTIONS(cw::HubSpotObjectStore)

public:
    static constexpr int kMaxListLimit = 100;
    static constexpr int kMaxSearchLimit = 200;
    static constexpr int kMaxSearchResults = 10000;
    static constexpr int kMaxBatchInputs = 100;
    static constexpr int kMaxFilterGroups = 5;
    static constexpr int kMaxFiltersPerGroup = 6;
    static constexpr int kMaxFilters = 18;

    explicit HubSpotObjectStore(std::shared_ptr<const Clock> clock);

    /// "companies", "contacts", "deals".
    static const QStringList &objectTypes();
    /// The last-modified property of @p type: lastmodifieddate for contacts, else hs_lastmodifieddate.
    static QString modifiedProperty(const QString &type);
    /// Milliseconds since the epoch of an epoch-ms string or an ISO 8601 date/datetime; empty otherwise.
    static std::optional<qint64> epochMs(const QString &value);

    /// Replaces the contents with the CRM records of @p data.
    void load(const DemoDataset &data);
    int count(const QString &type, bool archived = false) const;
    /// Records of @p type changed by search() only after this lag (HubSpot search is eventually consistent).
    void setSearchLagMs(int lagMs) { m_searchLagMs = lagMs; }

    HubSpotAnswer list(const QString &type, int limit, const QString &after, const QStringList &properties,
                       const QStringList &associations, bool archived) const;
    HubSpotAnswer read(const QString &type, const QString &id, const QStringList &properties,
                       const QStringList &associations, const QString &idProperty) const;
    HubSpotAnswer search(const QString &type, const QJsonObject &request) const;
    /// @p operation: read, create, update, upsert or archive.
    HubSpotAnswer batch(const QString &type, const QString &operation, const QJsonObject &request);
    HubSpotAnswer pipelines(const QString &type) const;
    HubSpotAnswer listProperties(const QString &type) const;
    HubSpotAnswer readProperty(const QString &type, const QString &name) const;
    HubSpotAnswer createProperty(const QString &type, const QJsonObject &definition);
    HubSpotAnswer associations(const QString &fromType, const QString &id, const QString &toType, int limit,
                               const QString &after) const;
    HubSpotAnswer batchAssociations(const QString &fromType, const QString &toType,
                                    const QJsonObject &request) const;

    /// Test and demo hooks: change properties of a record (stamping its modified date) or archive it.
    bool update(const QString &type, const QString &id, const QJsonObject &properties);
    bool archive(const QString &type, const QString &id);

private:
    struct Link
    {
        qint64 toId = 0;
        int typeId = 0;
    };
    struct Object
    {
        qint64 id = 0;
        QJsonObject properties;
        QString createdAt;
        QString updatedAt;
        bool archived = false;
        QString archivedAt;
        QHash<QString, QList<Link>> links;
    };
    using Table = std::map<qint64, Object>;

    void addObject(const QString &type, const QJsonObject &raw);
    void link(const QString &fromType, qint64 fromId, const QString &toType, qint64 toId);
    QJsonObject envelope(const QString &type, const Object &object, const QStringList &properties,
                         const QStringList &associations) const;
    bool matches(const Object &object, const QJsonArray &filterGroups) const;
    std::optional<HubSpotAnswer> checkFilters(const QJsonArray &filterGroups) const;
    std::optional<HubSpotAnswer> checkProperties(const QString &type, const QJsonObject &properties) const;
    /// The objects of @p type; an empty table for an unknown type. Never copies (QHash's const
    /// operator[] returns by value, which would copy the whole table and dangle any pointer into it).
    const Table &tableOf(const QString &type) const;
    const Object *findBy(const QString &type, const QString &idProperty, const QString &value) const;
    Object *findMutable(const QString &type, const QString &idProperty, const QString &value);
    QString now() const;
    void stamp(const QString &type, Object &object);
    QJsonObject batchInputError(const QString &category, const QString &message, const QString &id) const;

    std::shared_ptr<const Clock> m_clock;
    QHash<QString, Table> m_objects;
    QHash<QString, QHash<QString, QJsonObject>> m_properties;
    qint64 m_nextId = 900000000;
    int m_searchLagMs = 0;
};

} // namespace cw
