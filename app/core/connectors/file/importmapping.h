#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cw {

/// How the columns of one import source become records of one cache table: which column (by
/// header text) feeds which entity field, which fields identify a row (empty: a hash of the whole
/// row), and the defaults the file lacks. Saved per source in the file system's options (see
/// FileImporter::saveMapping()) so the next import of the same export reuses it. A plain value.
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(cw::ImportMapping)

public:
    enum class Kind { Text, Date, Money, Hours, Integer, Bool, LineStatus, CustomerStatus, Reference };

    /// One entity field a column can feed.
    struct Field
    {
        QString name;
        Kind kind = Kind::Text;
        bool required = false;
        /// Cache column written; for references the row-id column ("placement_id").
        QString column;
        /// Referenced table for Kind::Reference.
        QString table;
    };

    /// Cache table the rows go to: customer, contact, consultant, placement, timesheet_line, expense.
    QString table;
    /// Entity field name → column header.
    QMap<QString, QString> columns;
    /// Entity fields whose values identify a row; empty means a hash of the row's cells.
    QStringList keyFields;
    /// Currency when the file has no currency column.
    QString defaultCurrency;
    /// System whose records references point to (a placement id from Bullhorn); 0 = the file's own.
    qint64 referenceSystemId = 0;
    /// Sheet of a workbook; empty for the first.
    QString sheet;

    /// The fields of @p table a mapping can fill; empty for an unknown table.
    static QList<Field> fieldsOf(const QString &table);
    /// Tables a file can be imported into.
    static QStringList tables();
    /// A mapping guessed from @p header: columns whose header equals a field name or a common
    /// synonym, ignoring case, blanks and punctuation.
    static ImportMapping guess(const QString &table, const QStringList &header);

    /// Validation error naming the first required field without a column or an unknown field.
    Result<void> validate(const QStringList &header) const;
    QJsonObject toJson() const;
    static ImportMapping fromJson(const QJsonObject &json);
};

} // namespace cw
