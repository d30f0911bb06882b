#include "importmapping.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cw {

namespace {

using Field = ImportMapping::Field;
using Kind = ImportMapping::Kind;

Field field(const char *name, Kind kind, bool required = false, const char *column = nullptr,
            const char *table = nullptr)
{
    return { QLatin1String(name), kind, required, QLatin1String(column ? column : name),
             QLatin1String(table ? table : "") };
}

QString simplified(const QString &text)
{
    static const QRegularExpression noise(QStringLiteral("[^a-z0-9]"));
    return text.toLower().remove(noise);
}

QStringList synonyms(const QString &name)
{
    static const QMap<QString, QStringList> table {
        { QStringLiteral("name"),
          { QStringLiteral("company"), QStringLiteral("companyname"), QStringLiteral("customer"),
            QStringLiteral("client"), QStringLiteral("consultant") } },
        { QStringLiteral("external_id"),
          { QStringLiteral("id"), QStringLiteral("externalid"), QStringLiteral("ref"),
            QStringLiteral("reference") } },
        { QStringLiteral("vat"),
          { QStringLiteral("vatnumber"), QStringLiteral("taxid"), QStringLiteral("ustid") } },
        { QStringLiteral("postcode"),
          { QStringLiteral("zip"), QStringLiteral("postalcode"), QStringLiteral("plz") } },
        { QStringLiteral("work_date"),
          { QStringLiteral("date"), QStringLiteral("day"), QStringLiteral("workday") } },
        { QStringLiteral("expense_date"), { QStringLiteral("date") } },
        { QStringLiteral("hours"),
          { QStringLiteral("hrs"), QStringLiteral("duration"), QStringLiteral("quantity") } },
        { QStringLiteral("placement"),
          { QStringLiteral("placementid"), QStringLiteral("assignment"), QStringLiteral("assignmentid") } },
        { QStringLiteral("customer"),
          { QStringLiteral("customerid"), QStringLiteral("clientid"), QStringLiteral("company") } },
        { QStringLiteral("consultant"),
          { QStringLiteral("consultantid"), QStringLiteral("candidateid"), QStringLiteral("worker") } },
        { QStringLiteral("bill_rate"), { QStringLiteral("billrate"), QStringLiteral("rate") } },
        { QStringLiteral("amount"), { QStringLiteral("total"), QStringLiteral("value") } },
    };
    return table.value(name);
}

} // namespace

QStringList ImportMapping::tables()
{
    return { QStringLiteral("customer"),  QStringLiteral("contact"),        QStringLiteral("consultant"),
             QStringLiteral("placement"), QStringLiteral("timesheet_line"), QStringLiteral("expense") };
}

QList<ImportMapping::Field> ImportMapping::fieldsOf(const QString &table)
{
    const Field externalId = field("external_id", Kind::Text);
    if (table == QLatin1String("customer"))
        return { externalId,
                 field("name", Kind::Text, true),
                 field("vat", Kind::Text),
                 field("phone", Kind::Text),
                 field("email", Kind::Text),
                 field("website", Kind::Text),
                 field("street", Kind::Text),
                 field("postcode", Kind::Text),
                 field("city", Kind::Text),
                 field("country", Kind::Text),
                 field("currency", Kind::Text),
                 field("status", Kind::CustomerStatus) };
    if (table == QLatin1String("contact"))
        return { externalId,
                 field("first_name", Kind::Text),
                 field("last_name", Kind::Text),
                 field("email", Kind::Text),
                 field("phone", Kind::Text),
                 field("customer", Kind::Reference, false, "customer_id", "customer") };
    if (table == QLatin1String("consultant"))
        return { externalId, field("name", Kind::Text, true), field("email", Kind::Text),
                 field("employment_type", Kind::Text) };
    if (table == QLatin1String("placement"))
        return { externalId,
                 field("customer", Kind::Reference, false, "customer_id", "customer"),
                 field("consultant", Kind::Reference, false, "consultant_id", "consultant"),
                 field("job_title", Kind::Text),
                 field("start_date", Kind::Date, true),
                 field("end_date", Kind::Date),
                 field("bill_rate", Kind::Money, false, "bill_rate_minor"),
                 field("pay_rate", Kind::Money, false, "pay_rate_minor"),
                 field("currency", Kind::Text),
                 field("cost_center", Kind::Text),
                 field("status", Kind::Text) };
    if (table == QLatin1String("timesheet_line"))
        return { externalId,
                 field("placement", Kind::Reference, false, "placement_id", "placement"),
                 field("work_date", Kind::Date, true),
                 field("hours", Kind::Hours, true, "minutes"),
                 field("bill_rate", Kind::Money, false, "bill_rate_minor"),
                 field("pay_rate", Kind::Money, false, "pay_rate_minor"),
                 field("currency", Kind::Text),
                 field("status", Kind::LineStatus),
                 field("billable", Kind::Bool) };
    if (table == QLatin1String("expense"))
        return { externalId,
                 field("placement", Kind::Reference, false, "placement_id", "placement"),
                 field("expense_date", Kind::Date, true),
                 field("category", Kind::Text),
                 field("description", Kind::Text),
                 field("amount", Kind::Money, true, "amount_minor"),
                 field("currency", Kind::Text),
                 field("status", Kind::LineStatus),
                 field("billable", Kind::Bool) };
    return {};
}

ImportMapping ImportMapping::guess(const QString &table, const QStringList &header)
{
    ImportMapping mapping;
    mapping.table = table;
    for (const Field &candidate : fieldsOf(table)) {
        const QStringList names = QStringList { candidate.name } + synonyms(candidate.name);
        for (const QString &column : header) {
            const QString key = simplified(column);
            if (!key.isEmpty()
                && std::any_of(names.begin(), names.end(),
                               [&](const QString &n) { return simplified(n) == key; })
                && !mapping.columns.values().contains(column)) {
                mapping.columns.insert(candidate.name, column);
                break;
            }
        }
    }
    if (mapping.columns.contains(QStringLiteral("external_id")))
        mapping.keyFields = { QStringLiteral("external_id") };
    return mapping;
}

Result<void> ImportMapping::validate(const QStringList &header) const
{
    const QList<Field> fields = fieldsOf(table);
    if (fields.isEmpty())
        return Error(Error::Category::Validation, tr("Files cannot be imported into \"%1\".").arg(table));
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (std::none_of(fields.begin(), fields.end(), [&](const Field &f) { return f.name == it.key(); }))
            return Error(Error::Category::Validation,
                         tr("\"%1\" is not a field of %2.").arg(it.key(), table));
        if (!header.contains(it.value()))
            return Error(Error::Category::Validation,
                         tr("The file has no column \"%1\" (mapped to %2).").arg(it.value(), it.key()));
    }
    for (const Field &f : fields) {
        if (f.required && !columns.contains(f.name))
            return Error(Error::Category::Validation, tr("Choose the column that holds %1.").arg(f.name));
    }
    for (const QString &key : keyFields) {
        if (!columns.contains(key))
            return Error(Error::Category::Validation, tr("The key field %1 has no column.").arg(key));
    }
    return {};
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject mapped;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        mapped.insert(it.key(), it.value());
    return { { QStringLiteral("table"), table },
             { QStringLiteral("columns"), mapped },
             { QStringLiteral("keyFields"), QJsonArray::fromStringList(keyFields) },
             { QStringLiteral("defaultCurrency"), defaultCurrency },
             { QStringLiteral("referenceSystemId"), referenceSystemId },
             { QStringLiteral("sheet"), sheet } };
}

ImportMapping ImportMapping::fromJson(const QJsonObject &json)
{
    ImportMapping mapping;
    mapping.table = json.value(QStringLiteral("table")).toString();
    const QJsonObject mapped = json.value(QStringLiteral("columns")).toObject();
    for (auto it = mapped.begin(); it != mapped.end(); ++it)
        mapping.columns.insert(it.key(), it.value().toString());
    for (const QJsonValue &key : json.value(QStringLiteral("keyFields")).toArray())
        mapping.keyFields.append(key.toString());
    mapping.defaultCurrency = json.value(QStringLiteral("defaultCurrency")).toString();
    mapping.referenceSystemId = json.value(QStringLiteral("referenceSystemId")).toInteger();
    mapping.sheet = json.value(QStringLiteral("sheet")).toString();
    return mapping;
}

} // namespace cw
