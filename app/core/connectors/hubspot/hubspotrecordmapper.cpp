#include "hubspotrecordmapper.h"

#include "connectors/compactjson.h"
#include "connectors/isotime.h"
#include "connectors/minorunits.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace cw {

namespace {

/// An envelope with its properties looked up once, not once per property read.
struct Envelope
{
    explicit Envelope(const QJsonObject &envelope)
        : object(envelope)
        , properties(envelope.value(QStringLiteral("properties")).toObject())
    { }

    QString property(const char *name) const { return properties.value(QLatin1String(name)).toString(); }

    const QJsonObject &object;
    const QJsonObject properties;
};

// Why: list pages carry inline associations and search pages do not; the stored raw record must
// be the same either way, or every overlap re-read would count as an update.
QByteArray compact(QJsonObject object, const QByteArray &raw)
{
    if (!raw.isEmpty())
        return raw;
    object.remove(QStringLiteral("associations"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<qint64> parseMs(const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (ok)
        return number;
    if (const std::optional<qint64> utc = IsoTime::parseUtc(value))
        return utc;
    QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

QString modifiedText(const Envelope &envelope)
{
    for (const char *name : { "hs_lastmodifieddate", "lastmodifieddate" }) {
        const QString value = envelope.property(name);
        if (!value.isEmpty())
            return value;
    }
    return envelope.object.value(QStringLiteral("updatedAt")).toString();
}

Error unusable(const QString &message, const QString &detail)
{
    return Error(Error::Category::Validation, message, detail)
        .setCode(QStringLiteral("hubspot.unusable_record"));
}

} // namespace

QStringList HubSpotRecordMapper::companyProperties()
{
    return { QStringLiteral("name"),
             QStringLiteral("domain"),
             QStringLiteral("website"),
             QStringLiteral("phone"),
             QStringLiteral("address"),
             QStringLiteral("city"),
             QStringLiteral("zip"),
             QStringLiteral("state"),
             QStringLiteral("country"),
             QStringLiteral("industry"),
             QStringLiteral("vat_number"),
             QStringLiteral("lifecyclestage"),
             QStringLiteral("hubspot_owner_id"),
             QStringLiteral("hs_lastmodifieddate"),
             QStringLiteral("hs_object_id"),
             QStringLiteral("odoo_partner_id") };
}

QStringList HubSpotRecordMapper::contactProperties()
{
    return { QStringLiteral("email"),
             QStringLiteral("firstname"),
             QStringLiteral("lastname"),
             QStringLiteral("phone"),
             QStringLiteral("jobtitle"),
             QStringLiteral("associatedcompanyid"),
             QStringLiteral("lastmodifieddate"),
             QStringLiteral("odoo_contact_id") };
}

QStringList HubSpotRecordMapper::dealProperties()
{
    return { QStringLiteral("dealname"),           QStringLiteral("amount"),
             QStringLiteral("deal_currency_code"), QStringLiteral("dealstage"),
             QStringLiteral("pipeline"),           QStringLiteral("closedate"),
             QStringLiteral("hs_is_closed_won"),   QStringLiteral("hs_lastmodifieddate"),
             QStringLiteral("odoo_project_id"),    QStringLiteral("odoo_invoice_status") };
}

QList<QByteArray> HubSpotRecordMapper::rawTexts(const QByteArray &body)
{
    return CompactJson::arrayElements(body, QLatin1StringView("results"), QLatin1StringView("associations"));
}

qint64 HubSpotRecordMapper::modifiedMs(const QJsonObject &object)
{
    return parseMs(modifiedText(Envelope(object))).value_or(0);
}

QString HubSpotRecordMapper::isoInstant(const QString &value)
{
    const auto ms = parseMs(value);
    if (!ms)
        return {};
    // "+00:00", as QTimeZone::utc() has always written it here: the cached rows keep one form.
    return IsoTime::instant(*ms, IsoTime::Designator::Offset);
}

QString HubSpotRecordMapper::associatedCompany(const QJsonObject &object)
{
    const QJsonArray results = object.value(QStringLiteral("associations"))
                                   .toObject()
                                   .value(QStringLiteral("companies"))
                                   .toObject()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    QString first;
    for (const QJsonValue &value : results) {
        const QJsonObject link = value.toObject();
        const QString id = link.value(QStringLiteral("id")).toString();
        if (!link.value(QStringLiteral("type")).toString().endsWith(QLatin1String("_unlabeled")))
            return id;
        if (first.isEmpty())
            first = id;
    }
    return first;
}

Result<CacheRecord> HubSpotRecordMapper::company(const QJsonObject &object, const QByteArray &raw)
{
    const Envelope envelope(object);
    CacheRecord record;
    record.externalId = object.value(QStringLiteral("id")).toString();
    const QString name = envelope.property("name").trimmed();
    const QString modified = isoInstant(modifiedText(envelope));
    if (name.isEmpty())
        return unusable(tr("HubSpot company %1 has no name.").arg(record.externalId),
                        QStringLiteral("properties.name"));
    if (modified.isEmpty())
        return unusable(tr("HubSpot company %1 has no readable modification date.").arg(record.externalId),
                        modifiedText(envelope));
    static const QStringList customers { QString(), QStringLiteral("customer"), QStringLiteral("evangelist"),
                                         QStringLiteral("other") };
    QString status = QStringLiteral("active");
    if (object.value(QStringLiteral("archived")).toBool())
        status = QStringLiteral("archived");
    else if (!customers.contains(envelope.property("lifecyclestage")))
        status = QStringLiteral("not_customer");
    QString website = envelope.property("website");
    if (website.isEmpty())
        website = envelope.property("domain");
    record.fields = {
        { QStringLiteral("name"), name },
        { QStringLiteral("vat"), envelope.property("vat_number") },
        { QStringLiteral("phone"), envelope.property("phone") },
        { QStringLiteral("website"), website },
        { QStringLiteral("street"), envelope.property("address") },
        { QStringLiteral("postcode"), envelope.property("zip") },
        { QStringLiteral("city"), envelope.property("city") },
        { QStringLiteral("country"), envelope.property("country") },
        { QStringLiteral("status"), status },
        { QStringLiteral("modified_at"), modified },
    };
    record.raw = compact(object, raw);
    return record;
}

Result<CacheRecord> HubSpotRecordMapper::contact(const QJsonObject &object, const QString &companyId,
                                                 const QByteArray &raw)
{
    const Envelope envelope(object);
    CacheRecord record;
    record.externalId = object.value(QStringLiteral("id")).toString();
    const QString modified = isoInstant(modifiedText(envelope));
    if (modified.isEmpty())
        return unusable(tr("HubSpot contact %1 has no readable modification date.").arg(record.externalId),
                        modifiedText(envelope));
    record.fields = {
        { QStringLiteral("first_name"), envelope.property("firstname") },
        { QStringLiteral("last_name"), envelope.property("lastname") },
        { QStringLiteral("email"), envelope.property("email") },
        { QStringLiteral("phone"), envelope.property("phone") },
        { QStringLiteral("modified_at"), modified },
    };
    QString company = companyId;
    if (company.isEmpty())
        company = envelope.property("associatedcompanyid");
    if (company.isEmpty())
        company = associatedCompany(object);
    record.references = { { QStringLiteral("customer_id"), QStringLiteral("customer"), company, 0 } };
    record.raw = compact(object, raw);
    return record;
}

Result<CacheRecord> HubSpotRecordMapper::deal(const QJsonObject &object, const QSet<QString> &wonStages,
                                              const QString &companyId, const QByteArray &raw)
{
    const Envelope envelope(object);
    CacheRecord record;
    record.externalId = object.value(QStringLiteral("id")).toString();
    const QString name = envelope.property("dealname").trimmed();
    const QString modified = isoInstant(modifiedText(envelope));
    if (name.isEmpty())
        return unusable(tr("HubSpot deal %1 has no name.").arg(record.externalId),
                        QStringLiteral("properties.dealname"));
    if (modified.isEmpty())
        return unusable(tr("HubSpot deal %1 has no readable modification date.").arg(record.externalId),
                        modifiedText(envelope));
    const QString amountText = envelope.property("amount");
    const std::optional<qint64> amount = MinorUnits::fromDecimalText(amountText);
    if (!amountText.isEmpty() && !amount)
        return unusable(tr("HubSpot deal %1 has an unreadable amount.").arg(record.externalId),
                        amountText.left(40));
    const QString stage = envelope.property("dealstage");
    const QString wonFlag = envelope.property("hs_is_closed_won");
    const bool won = wonFlag.isEmpty() ? wonStages.contains(stage) : wonFlag == QLatin1String("true");
    const QString close = isoInstant(envelope.property("closedate"));
    record.fields = {
        { QStringLiteral("name"), name },
        { QStringLiteral("stage"), stage },
        { QStringLiteral("won"), won ? 1 : 0 },
        { QStringLiteral("amount_minor"), amount.value_or(0) },
        { QStringLiteral("currency"), envelope.property("deal_currency_code") },
        { QStringLiteral("close_date"), close.isEmpty() ? QVariant() : QVariant(close.left(10)) },
        { QStringLiteral("modified_at"), modified },
    };
    const QString company = companyId.isEmpty() ? associatedCompany(object) : companyId;
    record.references = { { QStringLiteral("customer_id"), QStringLiteral("customer"), company, 0 } };
    record.raw = compact(object, raw);
    return record;
}

} // namespace cw
