#include "hubspotrecordmapper.h"

#include "connectors/isotime.h"
#include "connectors/minorunits.h"

#include <QDateTime>

namespace cw {

namespace {

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

QString modifiedText(const HubSpotObject &object)
{
    for (const char *name : { "hs_lastmodifieddate", "lastmodifieddate" }) {
        const QString value = object.property(QLatin1StringView(name));
        if (!value.isEmpty())
            return value;
    }
    return object.updatedAt;
}

// A text column without a copy: a view into the envelope's property text, which the record keeps
// (CacheRecord::buffer). Why: a QString per column, made and freed per record, cost more than
// reading the page.
QByteArray textColumn(const HubSpotObject &object, const char *name)
{
    const QByteArrayView text = object.propertyUtf8(QLatin1StringView(name));
    return QByteArray::fromRawData(text.data(), text.size());
}

// HubSpot's lifecycle stages of a customer; none set counts as one.
bool customerStage(QByteArrayView stage)
{
    return stage.isEmpty() || stage == "customer" || stage == "evangelist" || stage == "other";
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

qint64 HubSpotRecordMapper::modifiedMs(const HubSpotObject &object)
{
    return timeMs(modifiedText(object));
}

qint64 HubSpotRecordMapper::timeMs(const QString &value)
{
    return parseMs(value).value_or(0);
}

QString HubSpotRecordMapper::isoInstant(const QString &value)
{
    const auto ms = parseMs(value);
    if (!ms)
        return {};
    // "+00:00", as QTimeZone::utc() has always written it here: the cached rows keep one form.
    return IsoTime::instant(*ms, IsoTime::Designator::Offset);
}

QString HubSpotRecordMapper::associatedCompany(const HubSpotObject &object)
{
    QString first;
    for (const HubSpotAssociation &link : object.associations) {
        if (link.toType != QLatin1String("companies"))
            continue;
        if (!link.type.endsWith(QLatin1String("_unlabeled")))
            return link.id;
        if (first.isEmpty())
            first = link.id;
    }
    return first;
}

Result<CacheRecord> HubSpotRecordMapper::company(const HubSpotObject &object)
{
    CacheRecord record;
    record.externalId = object.id;
    const QString name = object.property(QLatin1StringView("name")).trimmed();
    const QString modified = isoInstant(modifiedText(object));
    if (name.isEmpty())
        return unusable(tr("HubSpot company %1 has no name.").arg(record.externalId),
                        QStringLiteral("properties.name"));
    if (modified.isEmpty())
        return unusable(tr("HubSpot company %1 has no readable modification date.").arg(record.externalId),
                        modifiedText(object));
    QString status = QStringLiteral("active");
    if (object.archived)
        status = QStringLiteral("archived");
    else if (!customerStage(object.propertyUtf8(QLatin1StringView("lifecyclestage"))))
        status = QStringLiteral("not_customer");
    QByteArray website = textColumn(object, "website");
    if (website.isEmpty())
        website = textColumn(object, "domain");
    record.fields = {
        { QStringLiteral("name"), name },
        { QStringLiteral("vat"), textColumn(object, "vat_number") },
        { QStringLiteral("phone"), textColumn(object, "phone") },
        { QStringLiteral("website"), website },
        { QStringLiteral("street"), textColumn(object, "address") },
        { QStringLiteral("postcode"), textColumn(object, "zip") },
        { QStringLiteral("city"), textColumn(object, "city") },
        { QStringLiteral("country"), textColumn(object, "country") },
        { QStringLiteral("status"), status },
        { QStringLiteral("modified_at"), modified },
    };
    record.raw = object.raw;
    record.buffer = object.propertyText;
    return record;
}

Result<CacheRecord> HubSpotRecordMapper::contact(const HubSpotObject &object, const QString &companyId)
{
    CacheRecord record;
    record.externalId = object.id;
    const QString modified = isoInstant(modifiedText(object));
    if (modified.isEmpty())
        return unusable(tr("HubSpot contact %1 has no readable modification date.").arg(record.externalId),
                        modifiedText(object));
    record.fields = {
        { QStringLiteral("first_name"), textColumn(object, "firstname") },
        { QStringLiteral("last_name"), textColumn(object, "lastname") },
        { QStringLiteral("email"), textColumn(object, "email") },
        { QStringLiteral("phone"), textColumn(object, "phone") },
        { QStringLiteral("modified_at"), modified },
    };
    QString company = companyId;
    if (company.isEmpty())
        company = object.property(QLatin1StringView("associatedcompanyid"));
    if (company.isEmpty())
        company = associatedCompany(object);
    record.references = { { QStringLiteral("customer_id"), QStringLiteral("customer"), company, 0 } };
    record.raw = object.raw;
    record.buffer = object.propertyText;
    return record;
}

Result<CacheRecord> HubSpotRecordMapper::deal(const HubSpotObject &object, const QSet<QString> &wonStages,
                                              const QString &companyId)
{
    CacheRecord record;
    record.externalId = object.id;
    const QString name = object.property(QLatin1StringView("dealname")).trimmed();
    const QString modified = isoInstant(modifiedText(object));
    if (name.isEmpty())
        return unusable(tr("HubSpot deal %1 has no name.").arg(record.externalId),
                        QStringLiteral("properties.dealname"));
    if (modified.isEmpty())
        return unusable(tr("HubSpot deal %1 has no readable modification date.").arg(record.externalId),
                        modifiedText(object));
    const QString amountText = object.property(QLatin1StringView("amount"));
    const std::optional<qint64> amount = MinorUnits::fromDecimalText(amountText);
    if (!amountText.isEmpty() && !amount)
        return unusable(tr("HubSpot deal %1 has an unreadable amount.").arg(record.externalId),
                        amountText.left(40));
    const QString stage = object.property(QLatin1StringView("dealstage"));
    const QString wonFlag = object.property(QLatin1StringView("hs_is_closed_won"));
    const bool won = wonFlag.isEmpty() ? wonStages.contains(stage) : wonFlag == QLatin1String("true");
    const QString close = isoInstant(object.property(QLatin1StringView("closedate")));
    record.fields = {
        { QStringLiteral("name"), name },
        { QStringLiteral("stage"), stage },
        { QStringLiteral("won"), won ? 1 : 0 },
        { QStringLiteral("amount_minor"), amount.value_or(0) },
        { QStringLiteral("currency"), textColumn(object, "deal_currency_code") },
        { QStringLiteral("close_date"), close.isEmpty() ? QVariant() : QVariant(close.left(10)) },
        { QStringLiteral("modified_at"), modified },
    };
    const QString company = companyId.isEmpty() ? associatedCompany(object) : companyId;
    record.references = { { QStringLiteral("customer_id"), QStringLiteral("customer"), company, 0 } };
    record.raw = object.raw;
    record.buffer = object.propertyText;
    return record;
}

} // namespace cw
