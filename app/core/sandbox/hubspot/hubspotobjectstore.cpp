#include "hubspotobjectstore.h"

#include "sandbox/demodataset.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace cw {

namespace {

const QString kCompanies = QStringLiteral("companies");
const QString kContacts = QStringLiteral("contacts");
const QString kDeals = QStringLiteral("deals");

struct AssociationType
{
    const char *from;
    const char *to;
    int unlabeled;
    int primary;
    const char *name;
};

// HubSpot-defined association type ids (unlabeled, primary) and the v3 inline type names.
constexpr AssociationType kAssociationTypes[] = {
    { "contacts", "companies", 279, 1, "contact_to_company" },
    { "companies", "contacts", 280, 2, "company_to_contact" },
    { "deals", "companies", 341, 5, "deal_to_company" },
    { "companies", "deals", 342, 6, "company_to_deal" },
    { "deals", "contacts", 3, 0, "deal_to_contact" },
    { "contacts", "deals", 4, 0, "contact_to_deal" },
};

const AssociationType *associationType(const QString &from, const QString &to)
{
    for (const AssociationType &type : kAssociationTypes) {
        if (from == QLatin1String(type.from) && to == QLatin1String(type.to))
            return &type;
    }
    return nullptr;
}

QStringList defaultProperties(const QString &type)
{
    if (type == kContacts)
        return {
            QStringLiteral("firstname"),  QStringLiteral("lastname"),         QStringLiteral("email"),
            QStringLiteral("createdate"), QStringLiteral("lastmodifieddate"), QStringLiteral("hs_object_id")
        };
    if (type == kDeals)
        return { QStringLiteral("dealname"),
                 QStringLiteral("amount"),
                 QStringLiteral("dealstage"),
                 QStringLiteral("pipeline"),
                 QStringLiteral("closedate"),
                 QStringLiteral("createdate"),
                 QStringLiteral("hs_lastmodifieddate"),
                 QStringLiteral("hs_object_id") };
    return { QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("createdate"),
             QStringLiteral("hs_lastmodifieddate"), QStringLiteral("hs_object_id") };
}

// The standard properties of each object type the simulator knows; custom ones are added by
// createProperty().
QStringList standardProperties(const QString &type)
{
    QStringList names = defaultProperties(type);
    if (type == kCompanies)
        names << QStringLiteral("website") << QStringLiteral("phone") << QStringLiteral("address")
              << QStringLiteral("city") << QStringLiteral("zip") << QStringLiteral("state")
              << QStringLiteral("country") << QStringLiteral("industry") << QStringLiteral("hubspot_owner_id")
              << QStringLiteral("vat_number") << QStringLiteral("lifecyclestage");
    else if (type == kContacts)
        names << QStringLiteral("phone") << QStringLiteral("jobtitle")
              << QStringLiteral("associatedcompanyid") << QStringLiteral("hs_lastmodifieddate");
    else
        names << QStringLiteral("deal_currency_code") << QStringLiteral("hs_is_closed_won")
              << QStringLiteral("hs_is_closed") << QStringLiteral("hubspot_owner_id");
    return names;
}

QString encodeAfter(qint64 id)
{
    return QString::fromLatin1(
        QByteArray::number(id).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeAfter(const QString &after)
{
    bool ok = false;
    const qint64 id = QByteArray::fromBase64(after.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

QString propertyText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

bool isDateProperty(const QString &name)
{
    return name.endsWith(QLatin1String("date")) || name == QLatin1String("createdAt")
        || name == QLatin1String("updatedAt");
}

int compareValues(const QString &property, const QString &left, const QString &right)
{
    if (isDateProperty(property)) {
        const auto a = HubSpotObjectStore::epochMs(left);
        const auto b = HubSpotObjectStore::epochMs(right);
        if (a && b)
            return *a < *b ? -1 : (*a > *b ? 1 : 0);
    }
    bool leftNumber = false;
    bool rightNumber = false;
    const double a = left.toDouble(&leftNumber);
    const double b = right.toDouble(&rightNumber);
    if (leftNumber && rightNumber)
        return a < b ? -1 : (a > b ? 1 : 0);
    return left.compare(right, Qt::CaseInsensitive);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(propertyText(item));
    return out;
}

} // namespace

HubSpotObjectStore::HubSpotObjectStore(std::shared_ptr<const Clock> clock)
    : m_clock(std::move(clock))
{
    for (const QString &type : objectTypes()) {
        m_objects.insert(type, {});
        for (const QString &name : standardProperties(type)) {
            m_properties[type].insert(name,
                                      QJsonObject { { QStringLiteral("name"), name },
                                                    { QStringLiteral("label"), name },
                                                    { QStringLiteral("type"), QStringLiteral("string") },
                                                    { QStringLiteral("hubspotDefined"), true },
                                                    { QStringLiteral("hasUniqueValue"), false } });
        }
    }
    // Email is the natural unique key of contacts.
    m_properties[kContacts][QStringLiteral("email")].insert(QStringLiteral("hasUniqueValue"), true);
}

const QStringList &HubSpotObjectStore::objectTypes()
{
    static const QStringList types { kCompanies, kContacts, kDeals };
    return types;
}

QString HubSpotObjectStore::modifiedProperty(const QString &type)
{
    return type == kContacts ? QStringLiteral("lastmodifieddate") : QStringLiteral("hs_lastmodifieddate");
}

std::optional<qint64> HubSpotObjectStore::epochMs(const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (ok)
        return number;
    QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value, Qt::ISODate);
    if (!parsed.isValid()) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        parsed = date.startOfDay(QTimeZone::utc());
    }
    return parsed.toMSecsSinceEpoch();
}

QString HubSpotObjectStore::now() const
{
    return m_clock->now().toUTC().toString(Qt::ISODateWithMs);
}

void HubSpotObjectStore::stamp(const QString &type, Object &object)
{
    object.updatedAt = now();
    object.properties.insert(modifiedProperty(type), object.updatedAt);
}

void HubSpotObjectStore::load(const DemoDataset &data)
{
    for (Table &table : m_objects)
        table.clear();
    const auto parse = [](const QByteArray &raw) {
        return QJsonDocument::fromJson(raw).object();
    };
    for (const DemoDataset::Customer &customer : data.customers) {
        if (customer.system == DemoDataset::Crm)
            addObject(kCompanies, parse(customer.raw));
    }
    for (const DemoDataset::Contact &contact : data.contacts) {
        if (contact.system != DemoDataset::Crm)
            continue;
        const QJsonObject raw = parse(contact.raw);
        addObject(kContacts, raw);
        const QString company = raw.value(QStringLiteral("properties"))
                                    .toObject()
                                    .value(QStringLiteral("associatedcompanyid"))
                                    .toString();
        if (!company.isEmpty())
            link(kContacts, contact.externalId.toLongLong(), kCompanies, company.toLongLong());
    }
    for (const DemoDataset::Deal &deal : data.deals) {
        const QJsonObject raw = parse(deal.raw);
        addObject(kDeals, raw);
        const QJsonArray companies = raw.value(QStringLiteral("associations"))
                                         .toObject()
                                         .value(kCompanies)
                                         .toObject()
                                         .value(QStringLiteral("results"))
                                         .toArray();
        for (const QJsonValue &company : companies)
            link(kDeals, deal.externalId.toLongLong(), kCompanies,
                 company.toObject().value(QStringLiteral("id")).toString().toLongLong());
    }
}

void HubSpotObjectStore::addObject(const QString &type, const QJsonObject &raw)
{
    Object object;
    object.id = raw.value(QStringLiteral("id")).toString().toLongLong();
    const QJsonObject properties = raw.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!it.value().isNull())
            object.properties.insert(it.key(), propertyText(it.value()));
    }
    const QString modified = object.properties.value(modifiedProperty(type)).toString();
    object.createdAt = raw.value(QStringLiteral("createdAt")).toString(modified);
    object.updatedAt = raw.value(QStringLiteral("updatedAt")).toString(modified);
    object.properties.insert(QStringLiteral("hs_object_id"), QString::number(object.id));
    object.properties.insert(QStringLiteral("createdate"), object.createdAt);
    if (type == kDeals) {
        const bool won =
            object.properties.value(QStringLiteral("hs_is_closed_won")).toString() == QLatin1String("true");
        const bool closed = object.properties.value(QStringLiteral("dealstage"))
                                .toString()
                                .startsWith(QLatin1String("closed"));
        object.properties.insert(QStringLiteral("hs_is_closed_won"),
                                 won ? QStringLiteral("true") : QStringLiteral("false"));
        object.properties.insert(QStringLiteral("hs_is_closed"),
                                 closed ? QStringLiteral("true") : QStringLiteral("false"));
    }
    object.archived = raw.value(QStringLiteral("archived")).toBool();
    if (object.archived)
        object.archivedAt = object.updatedAt;
    m_objects[type][object.id] = object;
    m_nextId = std::max(m_nextId, object.id + 1);
}

void HubSpotObjectStore::link(const QString &fromType, qint64 fromId, const QString &toType, qint64 toId)
{
    const AssociationType *forward = associationType(fromType, toType);
    const AssociationType *backward = associationType(toType, fromType);
    Table &from = m_objects[fromType];
    Table &to = m_objects[toType];
    auto source = from.find(fromId);
    auto target = to.find(toId);
    if (!forward || !backward || source == from.end() || target == to.end())
        return;
    // Like HubSpot, the first company of a contact or deal is its primary one.
    const bool primary = source->second.links.value(toType).isEmpty() && forward->primary;
    source->second.links[toType].append({ toId, forward->unlabeled });
    target->second.links[fromType].append({ fromId, backward->unlabeled });
    if (primary) {
        source->second.links[toType].append({ toId, forward->primary });
        target->second.links[fromType].append({ fromId, backward->primary });
    }
}

int HubSpotObjectStore::count(const QString &type, bool archived) const
{
    const Table table = m_objects.value(type);
    return static_cast<int>(std::count_if(table.begin(), table.end(), [archived](const auto &entry) {
        return entry.second.archived == archived;
    }));
}

QJsonObject HubSpotObjectStore::envelope(const QString &type, const Object &object,
                                         const QStringList &properties, const QStringList &associations) const
{
    QStringList wanted = properties.isEmpty() ? defaultProperties(type) : properties;
    wanted << QStringLiteral("hs_object_id") << QStringLiteral("createdate") << modifiedProperty(type);
    QJsonObject values;
    for (const QString &name : std::as_const(wanted)) {
        // Unknown property names are silently ignored, as HubSpot does.
        if (!m_properties.value(type).contains(name))
            continue;
        const QJsonValue value = object.properties.value(name);
        values.insert(name, value.isUndefined() ? QJsonValue(QJsonValue::Null) : value);
    }
    QJsonObject out {
        { QStringLiteral("id"), QString::number(object.id) },
        { QStringLiteral("properties"), values },
        { QStringLiteral("createdAt"), object.createdAt },
        { QStringLiteral("updatedAt"), object.updatedAt },
        { QStringLiteral("archived"), object.archived },
    };
    if (object.archived)
        out.insert(QStringLiteral("archivedAt"), object.archivedAt);
    QJsonObject linked;
    for (const QString &toType : associations) {
        const AssociationType *kind = associationType(type, toType);
        const QList<Link> links = object.links.value(toType);
        if (!kind || links.isEmpty())
            continue;
        QJsonArray results;
        for (const Link &link : links) {
            const QString name = QLatin1String(kind->name)
                + (link.typeId == kind->unlabeled ? QStringLiteral("_unlabeled") : QString());
            results.append(QJsonObject { { QStringLiteral("id"), QString::number(link.toId) },
                                         { QStringLiteral("type"), name } });
        }
        linked.insert(toType, QJsonObject { { QStringLiteral("results"), results } });
    }
    if (!linked.isEmpty())
        out.insert(QStringLiteral("associations"), linked);
    return out;
}

HubSpotAnswer HubSpotObjectStore::list(const QString &type, int limit, const QString &after,
                                       const QStringList &properties, const QStringList &associations,
                                       bool archived) const
{
    if (limit < 1 || limit > kMaxListLimit)
        return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"),
                                    tr("limit must be between 1 and %1").arg(kMaxListLimit));
    qint64 from = std::numeric_limits<qint64>::min();
    if (!after.isEmpty()) {
        const auto decoded = decodeAfter(after);
        if (!decoded)
            return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"),
                                        tr("Invalid paging cursor \"%1\".").arg(after));
        from = *decoded;
    }
    const Table &table = tableOf(type);
    QJsonArray results;
    qint64 lastId = 0;
    bool more = false;
    for (auto it = table.upper_bound(from); it != table.end(); ++it) {
        if (it->second.archived != archived)
            continue;
        if (results.size() == limit) {
            more = true;
            break;
        }
        results.append(envelope(type, it->second, properties, associations));
        lastId = it->first;
    }
    QJsonObject body { { QStringLiteral("results"), results } };
    if (more) {
        const QString next = encodeAfter(lastId);
        body.insert(QStringLiteral("paging"),
                    QJsonObject { { QStringLiteral("next"),
                                    QJsonObject { { QStringLiteral("after"), next },
                                                  { QStringLiteral("link"),
                                                    QStringLiteral("?after=%1").arg(next) } } } });
    }
    return { 200, body };
}

const HubSpotObjectStore::Table &HubSpotObjectStore::tableOf(const QString &type) const
{
    static const Table empty;
    const auto it = m_objects.constFind(type);
    return it == m_objects.cend() ? empty : *it;
}

const HubSpotObjectStore::Object *HubSpotObjectStore::findBy(const QString &type, const QString &idProperty,
                                                             const QString &value) const
{
    const Table &table = tableOf(type);
    if (idProperty.isEmpty() || idProperty == QLatin1String("hs_object_id")) {
        auto it = table.find(value.toLongLong());
        return it == table.end() ? nullptr : &it->second;
    }
    for (const auto &entry : table) {
        if (!entry.second.archived
            && entry.second.properties.value(idProperty).toString().compare(value, Qt::CaseInsensitive) == 0)
            return &entry.second;
    }
    return nullptr;
}

HubSpotObjectStore::Object *HubSpotObjectStore::findMutable(const QString &type, const QString &idProperty,
                                                            const QString &value)
{
    return const_cast<Object *>(findBy(type, idProperty, value));
}

HubSpotAnswer HubSpotObjectStore::read(const QString &type, const QString &id, const QStringList &properties,
                                       const QStringList &associations, const QString &idProperty) const
{
    const Object *object = findBy(type, idProperty, id);
    if (!object)
        return HubSpotAnswer::error(404, QStringLiteral("OBJECT_NOT_FOUND"),
                                    tr("Object not found.  objectId are usually numeric."));
    return { 200, envelope(type, *object, properties, associations) };
}

std::optional<HubSpotAnswer> HubSpotObjectStore::checkFilters(const QJsonArray &filterGroups) const
{
    static const QSet<QString> operators { QStringLiteral("EQ"),
                                           QStringLiteral("NEQ"),
                                           QStringLiteral("LT"),
                                           QStringLiteral("LTE"),
                                           QStringLiteral("GT"),
                                           QStringLiteral("GTE"),
                                           QStringLiteral("BETWEEN"),
                                           QStringLiteral("IN"),
                                           QStringLiteral("NOT_IN"),
                                           QStringLiteral("HAS_PROPERTY"),
                                           QStringLiteral("NOT_HAS_PROPERTY"),
                                           QStringLiteral("CONTAINS_TOKEN"),
                                           QStringLiteral("NOT_CONTAINS_TOKEN") };
    int total = 0;
    if (filterGroups.size() > kMaxFilterGroups)
        return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"),
                                    tr("Too many filter groups (%1); the maximum is %2.")
                                        .arg(filterGroups.size())
                                        .arg(kMaxFilterGroups));
    for (const QJsonValue &group : filterGroups) {
        const QJsonArray filters = group.toObject().value(QStringLiteral("filters")).toArray();
        total += static_cast<int>(filters.size());
        if (filters.size() > kMaxFiltersPerGroup || total > kMaxFilters)
            return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"),
                                        tr("Too many filters; at most %1 per group and %2 in total.")
                                            .arg(kMaxFiltersPerGroup)
                                            .arg(kMaxFilters));
        for (const QJsonValue &filter : filters) {
            const QString op = filter.toObject().value(QStringLiteral("operator")).toString();
            if (!operators.contains(op))
                return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"),
                                            tr("Unknown filter operator \"%1\".").arg(op));
        }
    }
    return std::nullopt;
}

bool HubSpotObjectStore::matches(const Object &object, const QJsonArray &filterGroups) const
{
    if (filterGroups.isEmpty())
        return true;
    for (const QJsonValue &group : filterGroups) {
        bool all = true;
        for (const QJsonValue &filterValue : group.toObject().value(QStringLiteral("filters")).toArray()) {
            const QJsonObject filter = filterValue.toObject();
            const QString name = filter.value(QStringLiteral("propertyName")).toString();
            const QString op = filter.value(QStringLiteral("operator")).toString();
            const QString value = propertyText(filter.value(QStringLiteral("value")));
            const QJsonValue actualValue = object.properties.value(name);
            const bool has = actualValue.isString() && !actualValue.toString().isEmpty();
            const QString actual = actualValue.toString();
            bool ok = false;
            if (op == QLatin1String("HAS_PROPERTY"))
                ok = has;
            else if (op == QLatin1String("NOT_HAS_PROPERTY"))
                ok = !has;
            else if (op == QLatin1String("IN") || op == QLatin1String("NOT_IN")) {
                const QStringList values = stringList(filter.value(QStringLiteral("values")));
                const bool in = has && std::any_of(values.begin(), values.end(), [&](const QString &v) {
                                    return compareValues(name, actual, v) == 0;
                                });
                ok = op == QLatin1String("IN") ? in : !in;
            } else if (op == QLatin1String("CONTAINS_TOKEN") || op == QLatin1String("NOT_CONTAINS_TOKEN")) {
                const QString token = value;
                const bool contains = has
                    && (token.contains(QLatin1Char('*'))
                            ? actual.contains(QString(token).remove(QLatin1Char('*')), Qt::CaseInsensitive)
                            : actual.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)
                                  .contains(token, Qt::CaseInsensitive));
                ok = op == QLatin1String("CONTAINS_TOKEN") ? contains : !contains;
            } else if (op == QLatin1String("NEQ")) {
                ok = !has || compareValues(name, actual, value) != 0;
            } else if (!has) {
                ok = false;
            } else {
                const int c = compareValues(name, actual, value);
                if (op == QLatin1String("EQ"))
                    ok = c == 0;
                else if (op == QLatin1String("LT"))
                    ok = c < 0;
                else if (op == QLatin1String("LTE"))
                    ok = c <= 0;
                else if (op == QLatin1String("GT"))
                    ok = c > 0;
                else if (op == QLatin1String("GTE"))
                    ok = c >= 0;
                else if (op == QLatin1String("BETWEEN"))
                    ok = c >= 0
                        && compareValues(name, actual,
                                         propertyText(filter.value(QStringLiteral("highValue"))))
                            <= 0;
            }
            if (!ok) {
                all = false;
                break;
            }
        }
        if (all)
            return true;
    }
    return false;
}

HubSpotAnswer HubSpotObjectStore::search(const QString &type, const QJsonObject &request) const
{
    const int limit = request.value(QStringLiteral("limit")).toInt(10);
    if (limit < 1 || limit > kMaxSearchLimit)
        return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"),
                                    tr("limit must be between 1 and %1").arg(kMaxSearchLimit));
    const QJsonArray groups = request.value(QStringLiteral("filterGroups")).toArray();
    if (auto invalid = checkFilters(groups))
        return *invalid;
    bool offsetOk = true;
    const QJsonValue afterValue = request.value(QStringLiteral("after"));
    const int offset =
        afterValue.isUndefined() || afterValue.isNull() ? 0 : propertyText(afterValue).toInt(&offsetOk);
    if (!offsetOk || offset < 0)
        return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"), tr("after must be a number."));
    if (offset + limit > kMaxSearchResults)
        return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"),
                                    tr("The search cannot page past %1 results.").arg(kMaxSearchResults));
    QString sortProperty;
    bool descending = false;
    const QJsonArray sorts = request.value(QStringLiteral("sorts")).toArray();
    if (!sorts.isEmpty()) {
        if (sorts.first().isObject()) {
            sortProperty = sorts.first().toObject().value(QStringLiteral("propertyName")).toString();
            descending = sorts.first().toObject().value(QStringLiteral("direction")).toString()
                == QLatin1String("DESCENDING");
        } else {
            sortProperty = sorts.first().toString();
            descending = sortProperty.startsWith(QLatin1Char('-'));
            sortProperty.remove(0, descending ? 1 : 0);
        }
    }
    const QString query = request.value(QStringLiteral("query")).toString();
    const QDateTime visibleBefore = m_clock->now().addMSecs(-m_searchLagMs);
    std::vector<const Object *> hits;
    for (const auto &entry : tableOf(type)) {
        const Object &object = entry.second;
        if (object.archived || !matches(object, groups))
            continue;
        if (m_searchLagMs > 0 && QDateTime::fromString(object.updatedAt, Qt::ISODateWithMs) > visibleBefore)
            continue;
        if (!query.isEmpty()) {
            const bool found =
                std::any_of(object.properties.begin(), object.properties.end(), [&](const QJsonValue &v) {
                    return v.toString().contains(query, Qt::CaseInsensitive);
                });
            if (!found)
                continue;
        }
        hits.push_back(&object);
    }
    if (!sortProperty.isEmpty()) {
        std::stable_sort(hits.begin(), hits.end(), [&](const Object *a, const Object *b) {
            const int c = compareValues(sortProperty, a->properties.value(sortProperty).toString(),
                                        b->properties.value(sortProperty).toString());
            return descending ? c > 0 : c < 0;
        });
    }
    const QStringList properties = stringList(request.value(QStringLiteral("properties")));
    QJsonArray results;
    for (std::size_t i = static_cast<std::size_t>(offset); i < hits.size() && results.size() < limit; ++i)
        results.append(envelope(type, *hits[i], properties, {}));
    QJsonObject body { { QStringLiteral("total"), static_cast<qint64>(hits.size()) },
                       { QStringLiteral("results"), results } };
    if (static_cast<std::size_t>(offset + limit) < hits.size()) {
        body.insert(
            QStringLiteral("paging"),
            QJsonObject { { QStringLiteral("next"),
                            QJsonObject { { QStringLiteral("after"), QString::number(offset + limit) } } } });
    }
    return { 200, body };
}

std::optional<HubSpotAnswer> HubSpotObjectStore::checkProperties(const QString &type,
                                                                 const QJsonObject &properties) const
{
    QJsonArray errors;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!m_properties.value(type).contains(it.key())) {
            errors.append(QJsonObject {
                { QStringLiteral("message"), tr("Property \"%1\" does not exist").arg(it.key()) },
                { QStringLiteral("code"), QStringLiteral("PROPERTY_DOESNT_EXIST") },
                { QStringLiteral("in"), it.key() } });
        }
    }
    if (errors.isEmpty())
        return std::nullopt;
    return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"), tr("Property values were not valid"),
                                {}, errors);
}

QJsonObject HubSpotObjectStore::batchInputError(const QString &category, const QString &message,
                                                const QString &id) const
{
    return QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
                         { QStringLiteral("category"), category },
                         { QStringLiteral("message"), message },
                         { QStringLiteral("context"),
                           QJsonObject { { QStringLiteral("ids"), QJsonArray { id } } } } };
}

HubSpotAnswer HubSpotObjectStore::batch(const QString &type, const QString &operation,
                                        const QJsonObject &request)
{
    const QJsonArray inputs = request.value(QStringLiteral("inputs")).toArray();
    if (inputs.isEmpty() || inputs.size() > kMaxBatchInputs)
        return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"),
                                    tr("A batch needs between 1 and %1 inputs; %2 were sent.")
                                        .arg(kMaxBatchInputs)
                                        .arg(inputs.size()));
    const QString requestIdProperty = request.value(QStringLiteral("idProperty")).toString();
    const QStringList properties = stringList(request.value(QStringLiteral("properties")));
    // Validate every input first: like HubSpot, an invalid property fails the whole batch.
    if (operation != QLatin1String("read") && operation != QLatin1String("archive")) {
        for (const QJsonValue &input : inputs) {
            if (auto invalid =
                    checkProperties(type, input.toObject().value(QStringLiteral("properties")).toObject()))
                return *invalid;
        }
    }
    QJsonArray results;
    QJsonArray errors;
    QSet<QString> updatedProperties;
    for (const QJsonValue &inputValue : inputs) {
        const QJsonObject input = inputValue.toObject();
        const QString id = propertyText(input.value(QStringLiteral("id")));
        const QString idProperty = input.value(QStringLiteral("idProperty")).toString(requestIdProperty);
        const QJsonObject values = input.value(QStringLiteral("properties")).toObject();
        if (!idProperty.isEmpty() && idProperty != QLatin1String("hs_object_id")
            && !m_properties.value(type).value(idProperty).value(QStringLiteral("hasUniqueValue")).toBool()) {
            errors.append(batchInputError(QStringLiteral("VALIDATION_ERROR"),
                                          tr("%1 is not a unique-value property.").arg(idProperty), id));
            continue;
        }
        if (operation == QLatin1String("read")) {
            if (const Object *object = findBy(type, idProperty, id))
                results.append(envelope(type, *object, properties, {}));
            else
                errors.append(batchInputError(
                    QStringLiteral("OBJECT_NOT_FOUND"),
                    tr("Could not get some %1 objects, they may be deleted or not exist.").arg(type), id));
            continue;
        }
        if (operation == QLatin1String("archive")) {
            if (Object *object = findMutable(type, QString(), id)) {
                object->archived = true;
                stamp(type, *object);
                object->archivedAt = object->updatedAt;
            }
            continue;
        }
        Object *object = operation == QLatin1String("create") ? nullptr : findMutable(type, idProperty, id);
        const bool create =
            operation == QLatin1String("create") || (operation == QLatin1String("upsert") && !object);
        if (!create && !object) {
            errors.append(
                batchInputError(QStringLiteral("OBJECT_NOT_FOUND"), tr("Object not found: %1").arg(id), id));
            continue;
        }
        QJsonObject merged = values;
        if (create && !idProperty.isEmpty() && idProperty != QLatin1String("hs_object_id"))
            merged.insert(idProperty, id);
        bool duplicate = false;
        for (auto it = merged.begin(); it != merged.end(); ++it) {
            if (!m_properties.value(type).value(it.key()).value(QStringLiteral("hasUniqueValue")).toBool())
                continue;
            const Object *holder = findBy(type, it.key(), propertyText(it.value()));
            if (holder && holder != object) {
                errors.append(batchInputError(QStringLiteral("CONFLICT"),
                                              tr("A %1 with the value %2 for %3 already exists.")
                                                  .arg(type, propertyText(it.value()), it.key()),
                                              id));
                duplicate = true;
                break;
            }
        }
        if (duplicate)
            continue;
        if (create) {
            Object fresh;
            fresh.id = m_nextId++;
            fresh.createdAt = now();
            fresh.properties.insert(QStringLiteral("hs_object_id"), QString::number(fresh.id));
            fresh.properties.insert(QStringLiteral("createdate"), fresh.createdAt);
            object = &(m_objects[type][fresh.id] = fresh);
        }
        for (auto it = merged.begin(); it != merged.end(); ++it) {
            object->properties.insert(it.key(), propertyText(it.value()));
            updatedProperties.insert(it.key());
        }
        stamp(type, *object);
        QJsonObject result = envelope(type, *object, merged.keys(), {});
        if (operation == QLatin1String("upsert"))
            result.insert(QStringLiteral("new"), create);
        results.append(result);
    }
    if (operation == QLatin1String("archive"))
        return { 204, {} };
    QJsonObject body {
        { QStringLiteral("status"), QStringLiteral("COMPLETE") },
        { QStringLiteral("results"), results },
        { QStringLiteral("startedAt"), now() },
        { QStringLiteral("completedAt"), now() },
    };
    if (errors.isEmpty())
        return { operation == QLatin1String("create") ? 201 : 200, body };
    if (results.isEmpty() && operation == QLatin1String("create"))
        return HubSpotAnswer::error(409, QStringLiteral("CONFLICT"),
                                    errors.first().toObject().value(QStringLiteral("message")).toString());
    body.insert(QStringLiteral("numErrors"), errors.size());
    body.insert(QStringLiteral("errors"), errors);
    return { 207, body };
}

HubSpotAnswer HubSpotObjectStore::pipelines(const QString &type) const
{
    if (type != kDeals)
        return HubSpotAnswer::error(404, QStringLiteral("OBJECT_NOT_FOUND"),
                                    tr("No pipelines for %1.").arg(type));
    const auto stage = [](const QString &id, const QString &label, int order, const QString &probability,
                          bool closed) {
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("label"), label },
                             { QStringLiteral("displayOrder"), order },
                             { QStringLiteral("archived"), false },
                             { QStringLiteral("metadata"),
                               QJsonObject {
                                   { QStringLiteral("probability"), probability },
                                   { QStringLiteral("isClosed"),
                                     closed ? QStringLiteral("true") : QStringLiteral("false") } } } };
    };
    const QString created = QStringLiteral("2023-01-01T00:00:00Z");
    const auto pipeline = [&](const QString &id, const QString &label, int order, const QJsonArray &stages) {
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("label"), label },
                             { QStringLiteral("displayOrder"), order },
                             { QStringLiteral("archived"), false },
                             { QStringLiteral("createdAt"), created },
                             { QStringLiteral("updatedAt"), created },
                             { QStringLiteral("stages"), stages } };
    };
    const QJsonArray stock {
        stage(QStringLiteral("appointmentscheduled"), QStringLiteral("Appointment Scheduled"), 0,
              QStringLiteral("0.2"), false),
        stage(QStringLiteral("qualifiedtobuy"), QStringLiteral("Qualified To Buy"), 1, QStringLiteral("0.4"),
              false),
        stage(QStringLiteral("presentationscheduled"), QStringLiteral("Presentation Scheduled"), 2,
              QStringLiteral("0.6"), false),
        stage(QStringLiteral("decisionmakerboughtin"), QStringLiteral("Decision Maker Bought-In"), 3,
              QStringLiteral("0.8"), false),
        stage(QStringLiteral("contractsent"), QStringLiteral("Contract Sent"), 4, QStringLiteral("0.9"),
              false),
        stage(QStringLiteral("closedwon"), QStringLiteral("Closed Won"), 5, QStringLiteral("1.0"), true),
        stage(QStringLiteral("closedlost"), QStringLiteral("Closed Lost"), 6, QStringLiteral("0.0"), true),
    };
    // A custom pipeline: generated stage ids, so "closedwon" must never be hard-coded.
    const QJsonArray staffing {
        stage(QStringLiteral("71234501"), QStringLiteral("Requirement received"), 0, QStringLiteral("0.3"),
              false),
        stage(QStringLiteral("71234502"), QStringLiteral("Candidates presented"), 1, QStringLiteral("0.6"),
              false),
        stage(QStringLiteral("71234503"), QStringLiteral("Contract signed"), 2, QStringLiteral("1.0"), true),
        stage(QStringLiteral("71234504"), QStringLiteral("Lost to competitor"), 3, QStringLiteral("0.0"),
              true),
    };
    return { 200,
             QJsonObject { { QStringLiteral("results"),
                             QJsonArray { pipeline(QStringLiteral("default"),
                                                   QStringLiteral("Sales Pipeline"), 0, stock),
                                          pipeline(QStringLiteral("71234500"),
                                                   QStringLiteral("Staffing contracts"), 1, staffing) } } } };
}

HubSpotAnswer HubSpotObjectStore::listProperties(const QString &type) const
{
    QJsonArray results;
    const QHash<QString, QJsonObject> properties = m_properties.value(type);
    QStringList names = properties.keys();
    names.sort();
    for (const QString &name : std::as_const(names))
        results.append(properties.value(name));
    return { 200, QJsonObject { { QStringLiteral("results"), results } } };
}

HubSpotAnswer HubSpotObjectStore::readProperty(const QString &type, const QString &name) const
{
    if (!m_properties.value(type).contains(name))
        return HubSpotAnswer::error(404, QStringLiteral("OBJECT_NOT_FOUND"),
                                    tr("Unable to find property %1 for %2.").arg(name, type));
    return { 200, m_properties.value(type).value(name) };
}

HubSpotAnswer HubSpotObjectStore::createProperty(const QString &type, const QJsonObject &definition)
{
    const QString name = definition.value(QStringLiteral("name")).toString();
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!valid.match(name).hasMatch() || definition.value(QStringLiteral("label")).toString().isEmpty())
        return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"),
                                    tr("A property needs a lowercase name and a label."));
    if (m_properties.value(type).contains(name))
        return HubSpotAnswer::error(409, QStringLiteral("OBJECT_ALREADY_EXISTS"),
                                    tr("Property named '%1' already exists.").arg(name));
    const int unique = static_cast<int>(
        std::count_if(m_properties[type].begin(), m_properties[type].end(), [](const QJsonObject &p) {
            return p.value(QStringLiteral("hasUniqueValue")).toBool()
                && !p.value(QStringLiteral("hubspotDefined")).toBool();
        }));
    if (definition.value(QStringLiteral("hasUniqueValue")).toBool() && unique >= 10)
        return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"),
                                    tr("At most 10 unique-value properties per object."));
    QJsonObject stored = definition;
    stored.insert(QStringLiteral("hubspotDefined"), false);
    stored.insert(QStringLiteral("hasUniqueValue"),
                  definition.value(QStringLiteral("hasUniqueValue")).toBool());
    stored.insert(QStringLiteral("createdAt"), now());
    m_properties[type].insert(name, stored);
    return { 201, stored };
}

HubSpotAnswer HubSpotObjectStore::associations(const QString &fromType, const QString &id,
                                               const QString &toType, int limit, const QString &after) const
{
    const Object *object = findBy(fromType, QString(), id);
    if (!object)
        return HubSpotAnswer::error(404, QStringLiteral("OBJECT_NOT_FOUND"),
                                    tr("Object not found: %1").arg(id));
    QMap<qint64, QJsonArray> byTarget;
    for (const Link &link : object->links.value(toType)) {
        byTarget[link.toId].append(QJsonObject {
            { QStringLiteral("category"), QStringLiteral("HUBSPOT_DEFINED") },
            { QStringLiteral("typeId"), link.typeId },
            { QStringLiteral("label"),
              link.typeId <= 6 && link.typeId != 3 && link.typeId != 4 ? QJsonValue(QStringLiteral("Primary"))
                                                                       : QJsonValue(QJsonValue::Null) } });
    }
    const int start = after.toInt();
    QJsonArray results;
    int index = 0;
    for (auto it = byTarget.begin(); it != byTarget.end(); ++it, ++index) {
        if (index < start || results.size() >= limit)
            continue;
        results.append(QJsonObject { { QStringLiteral("toObjectId"), it.key() },
                                     { QStringLiteral("associationTypes"), it.value() } });
    }
    QJsonObject body { { QStringLiteral("results"), results } };
    if (start + limit < byTarget.size())
        body.insert(
            QStringLiteral("paging"),
            QJsonObject { { QStringLiteral("next"),
                            QJsonObject { { QStringLiteral("after"), QString::number(start + limit) } } } });
    return { 200, body };
}

HubSpotAnswer HubSpotObjectStore::batchAssociations(const QString &fromType, const QString &toType,
                                                    const QJsonObject &request) const
{
    const QJsonArray inputs = request.value(QStringLiteral("inputs")).toArray();
    if (inputs.isEmpty() || inputs.size() > 1000)
        return HubSpotAnswer::error(400, QStringLiteral("VALIDATION_ERROR"),
                                    tr("A batch needs between 1 and %1 inputs.").arg(1000));
    QJsonArray results;
    QJsonArray errors;
    for (const QJsonValue &input : inputs) {
        const QString id = propertyText(input.toObject().value(QStringLiteral("id")));
        HubSpotAnswer one = associations(fromType, id, toType, 500, QString());
        if (one.status != 200) {
            errors.append(batchInputError(QStringLiteral("OBJECT_NOT_FOUND"),
                                          tr("No %1 is associated with %2.").arg(toType, id), id));
            continue;
        }
        results.append(QJsonObject { { QStringLiteral("from"), QJsonObject { { QStringLiteral("id"), id } } },
                                     { QStringLiteral("to"), one.body.value(QStringLiteral("results")) } });
    }
    QJsonObject body { { QStringLiteral("status"), QStringLiteral("COMPLETE") },
                       { QStringLiteral("results"), results },
                       { QStringLiteral("startedAt"), now() },
                       { QStringLiteral("completedAt"), now() } };
    if (errors.isEmpty())
        return { 200, body };
    body.insert(QStringLiteral("numErrors"), errors.size());
    body.insert(QStringLiteral("errors"), errors);
    return { 207, body };
}

bool HubSpotObjectStore::update(const QString &type, const QString &id, const QJsonObject &properties)
{
    Object *object = findMutable(type, QString(), id);
    if (!object)
        return false;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        object->properties.insert(it.key(), propertyText(it.value()));
    stamp(type, *object);
    return true;
}

bool HubSpotObjectStore::archive(const QString &type, const QString &id)
{
    Object *object = findMutable(type, QString(), id);
    if (!object)
        return false;
    object->archived = true;
    stamp(type, *object);
    object->archivedAt = object->updatedAt;
    return true;
}

} // namespace cw
