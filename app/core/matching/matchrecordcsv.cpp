#include "matchrecordcsv.h"

#include "connectors/file/csvreader.h"
#include "textnormaliser.h"

#include <QFile>
#include <QFileInfo>

#include <array>

namespace cw {

namespace {

enum Field {
    Id,
    Name,
    LegalForm,
    Street,
    Postcode,
    City,
    Country,
    Phone,
    Email,
    Website,
    Vat,
    RegistryId,
    FieldCount
};

// Header spellings per field, already in key form (lower-case letters and digits).
const std::array<QStringList, FieldCount> &aliases()
{
    static const std::array<QStringList, FieldCount> table = [] {
        const auto list = [](std::initializer_list<const char *> words) {
            QStringList out;
            for (const char *w : words)
                out << QString::fromLatin1(w);
            return out;
        };
        return std::array<QStringList, FieldCount> {
            list({ "id", "externalid", "customerid", "accountid", "companyid", "clientid", "recordid",
                   "partnerid", "key", "ref" }),
            list({ "name", "companyname", "company", "customername", "customer", "accountname", "account",
                   "organisation", "organization", "organizationname", "legalname", "clientname", "client",
                   "partnername", "displayname" }),
            list({ "legalform", "companytype", "entitytype", "legalentitytype" }),
            list({ "street", "address", "addr", "streetaddress", "address1", "addressline1", "street1",
                   "addressstreet", "strasse" }),
            list({ "postcode", "zip", "zipcode", "postalcode", "plz", "postal", "postcodezip" }),
            list({ "city", "town", "locality", "ort", "ville" }),
            list({ "country", "countrycode", "countryname", "countryregion", "land", "pays" }),
            list({ "phone", "telephone", "tel", "phonenumber", "telefon", "mainphone", "companyphone" }),
            list({ "email", "mail", "emailaddress", "companyemail" }),
            list({ "website", "web", "url", "homepage", "domain", "site", "companydomain",
                   "companydomainname" }),
            list({ "vat", "vatid", "vatnumber", "vatno", "taxid", "taxnumber", "ustid", "ustidnr", "tva",
                   "btw", "uid" }),
            list({ "registryid", "registry", "registrationnumber", "registrationno", "companynumber",
                   "companyregistration", "crn", "regno", "registernumber", "commercialregister" }),
        };
    }();
    return table;
}

QString keyOf(const QString &header)
{
    QString key;
    for (const QChar c : TextNormaliser::fold(header.trimmed())) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

QString *fieldOf(MatchRecord &r, int field)
{
    const std::array<QString *, FieldCount> fields = { &r.id,       &r.name,    &r.legalForm, &r.street,
                                                       &r.postcode, &r.city,    &r.country,   &r.phone,
                                                       &r.email,    &r.website, &r.vat,       &r.registryId };
    return fields[size_t(field)];
}

} // namespace

QStringList MatchRecordCsv::fieldNames()
{
    return { QStringLiteral("id"),      QStringLiteral("name"),     QStringLiteral("legal_form"),
             QStringLiteral("street"),  QStringLiteral("postcode"), QStringLiteral("city"),
             QStringLiteral("country"), QStringLiteral("phone"),    QStringLiteral("email"),
             QStringLiteral("website"), QStringLiteral("vat"),      QStringLiteral("registry_id") };
}

Result<QList<int>> MatchRecordCsv::columns(const QStringList &header, const QHash<QString, QString> &mapping)
{
    QList<int> columns(FieldCount, -1);
    QStringList keys;
    for (const QString &h : header)
        keys << keyOf(h);
    for (int f = 0; f < FieldCount; ++f) {
        for (const QString &alias : aliases()[size_t(f)]) {
            const qsizetype at = keys.indexOf(alias);
            if (at >= 0 && !columns.contains(int(at))) {
                columns[f] = int(at);
                break;
            }
        }
    }
    const QStringList names = fieldNames();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const qsizetype field = names.indexOf(it.key().trimmed().toLower());
        if (field < 0)
            return Error(
                Error::Category::Validation,
                tr("Unknown field \"%1\"; fields are: %2.").arg(it.key(), names.join(QStringLiteral(", "))));
        qsizetype column = header.indexOf(it.value());
        if (column < 0)
            column = keys.indexOf(keyOf(it.value()));
        if (column < 0)
            return Error(Error::Category::Validation, tr("There is no column \"%1\".").arg(it.value()));
        columns[field] = int(column);
    }
    if (columns[Id] < 0)
        return Error(Error::Category::Validation, tr("There is no id column. Name it with --map id=COLUMN."));
    return columns;
}

Result<std::vector<MatchRecord>> MatchRecordCsv::read(const QString &path,
                                                      const QHash<QString, QString> &mapping)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const auto category = QFileInfo::exists(path) ? Error::Category::Internal : Error::Category::NotFound;
        return Error(category, tr("Cannot open %1.").arg(path), file.errorString());
    }
    CsvReader reader(&file);
    QStringList row;
    if (!reader.readRow(&row)) {
        if (reader.error())
            return *reader.error();
        return Error(Error::Category::Validation, tr("%1 is empty: it needs a header row.").arg(path));
    }
    const Result<QList<int>> found = columns(row, mapping);
    if (!found)
        return Error(found.error().category(), tr("%1: %2").arg(path, found.error().userMessage()));
    const QList<int> &column = found.value();
    std::vector<MatchRecord> records;
    while (reader.readRow(&row)) {
        MatchRecord record;
        for (int f = 0; f < FieldCount; ++f) {
            if (column[f] >= 0 && column[f] < row.size())
                *fieldOf(record, f) = row.at(column[f]).trimmed();
        }
        if (record.id.isEmpty())
            return Error(Error::Category::Validation,
                         tr("%1, line %2: the record has no id.").arg(path).arg(reader.rowLine()));
        records.push_back(std::move(record));
    }
    if (reader.error())
        return Error(reader.error()->category(), tr("%1: %2").arg(path, reader.error()->userMessage()));
    return records;
}

} // namespace cw
