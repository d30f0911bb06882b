#pragma once

#include "domain/result.h"
#include "importmapping.h"
#include "sync/cacherecord.h"
#include "tabularrow.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

/// Turns the rows of one import into cache records under one mapping. What is the same for every
/// row (which cell feeds which field, the key cells, the layout of the raw JSON) is worked out
/// once in the constructor, so a row costs only the parsing of its own cells.
///
/// The record of a row: the mapped fields converted (dates to ISO, amounts to minor units, hours
/// to minutes), references by external id, the default currency when the file has no currency
/// column, modified_at, the raw row as a JSON object of header → cell (the same bytes
/// QJsonDocument writes), and the external id from the key cells joined by '|', or a hash of the
/// whole row when the mapping has no key. A row that cannot be converted gives a Validation error
/// (code "import.row") naming the field and the reason.
///
/// A plain object: no thread affinity; toRecord() is const and may run on any thread.
class RowConverter
{
public:
    /// Prepares rows read under @p header (the file's first row) for @p mapping; every record
    /// gets @p modifiedAt.
    RowConverter(const QStringList &header, const ImportMapping &mapping, QString modifiedAt);

    Result<CacheRecord> toRecord(const TabularRow &row) const;

private:
    /// One field of the mapping's table that a column feeds, in the table's field order.
    struct Cell
    {
        ImportMapping::Field field;
        /// Column of the row; -1 when the header lacks the mapped column (the cell reads empty).
        qsizetype index = -1;
        bool key = false;
        /// A required field without a column: every row fails on it.
        bool unmapped = false;
    };
    /// One member of the raw JSON object: `"header":` and the cell that follows it.
    struct RawMember
    {
        QByteArray prefix;
        qsizetype index = 0;
    };

    QByteArray rawJson(const QStringList &cells) const;

    qsizetype m_headerSize = 0;
    QList<Cell> m_cells;
    QList<RawMember> m_raw;
    qint64 m_referenceSystemId = 0;
    /// Currency written when the file has none; null when the table needs none or the file has one.
    QString m_currency;
    QString m_modifiedAt;
};

} // namespace cw
