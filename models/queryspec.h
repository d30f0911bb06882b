#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <QtGlobal>

namespace cw {

/// Describes one list over the cache for CacheTableModel: which rows (FROM/JOIN and fixed WHERE
/// conditions), which columns (SQL expression, title, how to show the value), and which columns
/// the filter box searches.
///
/// A plain value: build it on any thread, copy it freely. SQL text in a spec is written by the
/// program, never by the user; every value that varies (system ids, dates, the filter text) is a
/// bound parameter: a `?` in the text with its value in the matching values list.
struct QuerySpec
{
    /// How a column's value is shown, sorted and aligned.
    enum class Kind {
        Text, ///< shown as is (or through Column::labels)
        Date, ///< 'YYYY-MM-DD', shown in the locale's short date format
        DateTime, ///< ISO 8601 UTC instant, shown in local time, short format
        Money, ///< integer minor units; the currency code comes from Column::currencyExpression
        Minutes, ///< integer minutes, shown as decimal hours ("7.50 h")
        Count, ///< integer, shown with the locale's digit grouping
        Days, ///< integer number of days
        Seconds, ///< integer duration in seconds ("2 min 05 s")
    };

    struct Column
    {
        /// Header text, already translated.
        QString title;
        /// SQL expression selecting the value, for example "c.name".
        QString expression;
        /// Values for the `?` placeholders inside expression, in order.
        QVariantList values;
        Kind kind = Kind::Text;
        /// Money only: SQL expression giving the ISO 4217 currency code of the amount.
        QString currencyExpression;
        /// Searched by the filter box (LIKE over the expression).
        bool filterable = false;
        /// Personal data (pay rates): shown as "•••" while the model masks personal data.
        bool personal = false;
        /// Text kind only: translated labels for stored codes ("succeeded" -> "Succeeded").
        QHash<QString, QString> labels;
        /// Header tooltip: what the column means, in the user's words. Optional.
        QString description;
        /// Zero picks the kind's natural alignment (numbers right, text left).
        Qt::Alignment alignment;
    };

    /// A statement ready to prepare: SQL text plus its positional values.
    struct Statement
    {
        QString sql;
        QVariantList values;
    };

    /// Stable identifier ("failed-pushes/open"), used as the key of remembered view state.
    QString id;
    /// FROM clause without the keyword, including joins: "customer c JOIN system s ON ...".
    QString from;
    /// Unique row identifier (the tie-breaker that makes sorting stable), e.g. "c.id".
    QString idExpression;
    /// Fixed condition without the keyword, empty for none; `?` placeholders bound to whereValues.
    QString where;
    QVariantList whereValues;
    QList<Column> columns;
    /// Column sorted by until the user picks another; -1 sorts by idExpression.
    int defaultSortColumn = -1;
    Qt::SortOrder defaultSortOrder = Qt::AscendingOrder;

    /// A column showing @p expression under @p title as @p kind; set the other fields after.
    static Column column(const QString &title, const QString &expression, Kind kind = Kind::Text,
                         bool filterable = false);

    /// Natural alignment of @p column: its own, or right for numbers and money, left otherwise.
    Qt::Alignment alignmentOf(int column) const;

    /// SELECT of the row id, then per column its value (and currency for money columns), with
    /// the filter applied and sorted by @p sortColumn (-1: by id). @p limit < 0 means all rows.
    Statement selectStatement(const QString &filterText, int sortColumn, Qt::SortOrder order,
                              qint64 limit = -1, qint64 offset = 0) const;
    /// COUNT(*) of the rows selectStatement() returns for @p filterText.
    Statement countStatement(const QString &filterText) const;

    /// Splits filter text into terms: whitespace separates terms, a pair of double quotes keeps
    /// a phrase together ("Smith & Co"), an unpaired quote is an ordinary character.
    static QStringList filterTerms(const QString &filterText);
    /// `%term%` for LIKE ... ESCAPE '\', with %, _ and \ in @p term matched literally.
    static QString likePattern(const QString &term);

    /// A money column: @p amount in minor units of the currency @p currency evaluates to.
    static Column money(const QString &title, const QString &amount, const QString &currency);
};

} // namespace cw
