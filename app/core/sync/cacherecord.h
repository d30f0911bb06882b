#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace cw {

/// A link from a cached record to another cached record by the other record's external id, for
/// columns such as placement.customer_id. RecordUpserter turns it into the row id, or NULL when
/// the other record is not in the cache (yet).
struct CacheReference
{
    /// Column of the record that holds the row id ("customer_id").
    QString column;
    /// Table of the referenced record ("customer").
    QString table;
    /// External id of the referenced record in its system.
    QString externalId;
    /// System of the referenced record; 0 means the system of the record itself.
    qint64 systemId = 0;
};

/// One record of a connected system as the cache stores it: the raw payload the system sent plus
/// the normalised columns matching and the KPIs read. Produced by a PullSource or the file
/// importer, consumed by RecordUpserter. A plain value.
struct CacheRecord
{
    /// The record's id in its system (stored as TEXT, whatever the system's type).
    QString externalId;
    /// Normalised columns of the record's table, by name. Integers are qint64, text QString or
    /// QByteArray (UTF-8), money in minor units, hours in minutes. A null QVariant writes SQL NULL;
    /// a null QString or QByteArray writes empty text.
    QList<QPair<QString, QVariant>> fields;
    /// Text that QByteArray fields may view without owning it (QByteArray::fromRawData), so a
    /// source hands over the text it read without a copy per value. It lives as long as the record
    /// and is never modified; take a field's bytes out of the record only with a deep copy.
    QByteArray buffer;
    /// Row-id columns resolved from other records' external ids.
    QList<CacheReference> references;
    /// The record as its system sent it (compact JSON).
    QByteArray raw;
    /// The system deleted the record: the cached row is removed.
    bool deleted = false;
    /// Line of the input file the record came from, for the failure a refused record reports;
    /// 0 for API records.
    qint64 line = 0;
};

/// A record a source read but could not turn into a CacheRecord (a required value missing or
/// unreadable), or one the cache refused. A plain value.
struct RecordFailure
{
    QString externalId;
    /// Line of the input file, 0 for API records.
    qint64 line = 0;
    /// Translated reason.
    QString message;
    /// Technical detail (field name, value excerpt, SQL error); never secrets.
    QString detail;
};

} // namespace cw
