#pragma once

#include "domain/result.h"
#include "matchrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace cw {

/// Reads customer records for matching from a CSV export (see CsvReader for the format).
///
/// Columns are recognised by header name, ignoring case, spaces and punctuation: id (id,
/// external_id, customer_id, ...), name (name, company, account_name, ...), legal_form, street
/// (address, addr, street, address_line_1, ...), postcode (zip, postcode, postal_code, plz),
/// city (city, town), country, phone (phone, telephone, tel), email (email, e-mail, mail),
/// website (website, web, url, domain), vat (vat, vat_id, tax_id, ...) and registry_id
/// (registration_number, company_number, ...). A mapping FIELD -> COLUMN overrides the
/// recognition (the command line's --map). Other columns are ignored. Every row needs an id.
/// Thread affinity: none.
class MatchRecordCsv
{
    Q_DECLARE_TR_FUNCTIONS(cw::MatchRecordCsv)

public:
    /// The field names a mapping may use, in MatchRecord order.
    static QStringList fieldNames();

    /// Reads @p path. Fails on unreadable files, unknown mapped fields or columns, a missing id
    /// column and rows without an id.
    static Result<std::vector<MatchRecord>> read(const QString &path,
                                                 const QHash<QString, QString> &mapping = {});

    /// Column index of every field for @p header (-1 where absent), honouring @p mapping.
    static Result<QList<int>> columns(const QStringList &header, const QHash<QString, QString> &mapping);
};

} // namespace cw
